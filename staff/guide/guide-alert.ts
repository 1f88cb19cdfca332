/**
 * How a page reaches a helper who is not looking: a tone made with Web Audio (no files), a
 * vibration where the tablet has one, and a screen kept awake while on duty.
 */
import { sharedAudioContext, type ToneContext } from '../../shared/ui/sound';

/** Made (or resumed) inside a tap, so the browser lets it sound later without one. */
export function unlockAudio(): ToneContext | null {
  const ctx = sharedAudioContext();
  if (!ctx) return null;
  if (ctx.state === 'suspended') void ctx.resume();
  return ctx;
}

/** Three rising beeps; an escalated page rings twice as long and louder. */
export function ringPage(loud: boolean): boolean {
  const audio = unlockAudio();
  if (audio) {
    const start = audio.currentTime + 0.05;
    const beeps = loud ? 6 : 3;
    const level = loud ? 0.6 : 0.3;
    for (let i = 0; i < beeps; i += 1) {
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      const t0 = start + i * 0.3;
      osc.type = 'square';
      osc.frequency.setValueAtTime(880 + (i % 3) * 220, t0);
      gain.gain.setValueAtTime(0.0001, t0);
      gain.gain.exponentialRampToValueAtTime(level, t0 + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, t0 + 0.25);
      osc.connect(gain);
      gain.connect(audio.destination);
      osc.start(t0);
      osc.stop(t0 + 0.28);
    }
  }
  if (typeof navigator !== 'undefined' && typeof navigator.vibrate === 'function') {
    navigator.vibrate(loud ? [400, 150, 400, 150, 400] : [300, 120, 300]);
  }
  return audio !== null;
}

type Sentinel = { release: () => Promise<void> };
type WakeLockApi = { request: (type: 'screen') => Promise<Sentinel> };

let sentinel: Sentinel | null = null;
let wanted = false;

async function requestLock(): Promise<boolean> {
  const api = (navigator as unknown as { wakeLock?: WakeLockApi }).wakeLock;
  if (!api) return false;
  try {
    sentinel = await api.request('screen');
    return true;
  } catch {
    return false;
  }
}

/** Keeps the screen on while on duty; the browser drops the lock when hidden, so ask again. */
export async function keepAwake(on: boolean): Promise<boolean> {
  wanted = on;
  if (!on) {
    await sentinel?.release().catch(() => undefined);
    sentinel = null;
    return false;
  }
  return requestLock();
}

if (typeof document !== 'undefined') {
  document.addEventListener('visibilitychange', () => {
    if (wanted && document.visibilityState === 'visible') void requestLock();
  });
}
