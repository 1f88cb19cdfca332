/**
 * The kiosk's own sounds and their volume: short Web Audio tones (no files, no speech engine) so a
 * tap, an action, a confirmation and a warning are heard even where speech synthesis is missing.
 * The volume is the visitor's: it also sets the voice, and returns to the default after each visit.
 */
import { signal } from '@preact/signals';
import { browserSoundEnv, type ToneContext } from '../../shared/ui/sound';

export const VOLUME_STEPS = 5;
export const DEFAULT_VOLUME = 3;
/** 1…VOLUME_STEPS; the voice's volume is this ÷ VOLUME_STEPS. */
export const volume = signal(DEFAULT_VOLUME);

export function changeVolume(delta: number): void {
  volume.value = Math.min(VOLUME_STEPS, Math.max(1, volume.value + delta));
}

export function resetVolume(): void {
  volume.value = DEFAULT_VOLUME;
}

export const volumeLevel = (): number => volume.value / VOLUME_STEPS;

export type EssentialSound = 'tap' | 'act' | 'confirm' | 'warn';

/** Each sound: notes (Hz) one after another, each `ms` long. Different enough to tell apart. */
const SOUNDS: Record<EssentialSound, { notes: number[]; ms: number }> = {
  tap: { notes: [880], ms: 70 },
  act: { notes: [660, 990], ms: 90 },
  confirm: { notes: [523.25, 659.25, 783.99], ms: 160 },
  warn: { notes: [440, 440], ms: 220 },
};

let env: ReturnType<typeof browserSoundEnv> | null = null;

/** Plays one of the essential sounds at the visitor's volume; silent where Web Audio is missing. */
export function playSound(kind: EssentialSound): void {
  try {
    env ??= browserSoundEnv();
    const ctx = env.audio();
    if (!ctx) return;
    if (ctx.state !== 'running') void ctx.resume().catch(() => undefined);
    tone(ctx, SOUNDS[kind], volumeLevel());
  } catch {
    // No audio on this device: the screen still shows every change.
  }
}

function tone(ctx: ToneContext, sound: { notes: number[]; ms: number }, level: number): void {
  const peak = Math.max(0.0002, 0.35 * level);
  sound.notes.forEach((hz, i) => {
    const t0 = ctx.currentTime + 0.02 + (i * sound.ms) / 1000;
    const t1 = t0 + sound.ms / 1000;
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'sine';
    osc.frequency.setValueAtTime(hz, t0);
    gain.gain.setValueAtTime(0.0001, t0);
    gain.gain.exponentialRampToValueAtTime(peak, t0 + 0.01);
    gain.gain.exponentialRampToValueAtTime(0.0001, t1);
    osc.connect(gain).connect(ctx.destination);
    osc.start(t0);
    osc.stop(t1 + 0.02);
  });
}
