/**
 * A call from the hall's voice pack: each clip fetched once (the route caches them for good),
 * decoded with Web Audio and played back to back on the page's one AudioContext.
 */
import { CLIP_KEYS } from '../voice-pack';

export const clipUrl = (packId: number, key: string): string =>
  `/api/voice-packs/${packId}/clips/${CLIP_KEYS.indexOf(key)}`;

/** What playback needs of an AudioContext; tests pass a fake. */
export type ClipContext = Pick<
  AudioContext,
  'currentTime' | 'destination' | 'decodeAudioData' | 'createBufferSource'
>;

const buffers = new Map<string, Promise<AudioBuffer | null>>();

function clip(ctx: ClipContext, url: string): Promise<AudioBuffer | null> {
  let entry = buffers.get(url);
  if (!entry) {
    entry = fetch(url)
      .then((res) => (res.ok ? res.arrayBuffer() : Promise.reject(new Error(String(res.status)))))
      .then((bytes) => ctx.decodeAudioData(bytes))
      .catch(() => {
        // Not kept: the next call tries again (the server may have been restarting).
        buffers.delete(url);
        return null;
      });
    buffers.set(url, entry);
  }
  return entry;
}

/** Fetches the clips a pack is made of ahead of the first call, so that call starts at once. */
export function preloadClips(ctx: ClipContext, packId: number, keys: readonly string[]): void {
  for (const key of keys) void clip(ctx, clipUrl(packId, key));
}

/**
 * Plays the clips in order and resolves when the last has ended. False when a clip could not be
 * had: nothing is played then, and the screen says the call another way.
 */
export async function playClips(
  ctx: ClipContext,
  packId: number,
  keys: readonly string[],
  wait: (ms: number) => Promise<void>,
): Promise<boolean> {
  const decoded = await Promise.all(keys.map((key) => clip(ctx, clipUrl(packId, key))));
  if (decoded.some((b) => b === null)) return false;
  const start = ctx.currentTime + 0.05;
  let at = start;
  for (const buffer of decoded as AudioBuffer[]) {
    const source = ctx.createBufferSource();
    source.buffer = buffer;
    source.connect(ctx.destination);
    source.start(at);
    at += buffer.duration;
  }
  await wait((at - ctx.currentTime) * 1000 + 100);
  return true;
}

/** The board's `packSpeech` (kept out of sound.ts: the kiosk shares that and never plays a pack). */
export function packSpeech(
  audio: () => ClipContext | null,
): (packId: number, parts: readonly string[]) => Promise<boolean> {
  return async (packId, parts) => {
    const ctx = audio();
    if (!ctx) return false;
    return playClips(ctx, packId, parts, (ms) => new Promise((r) => setTimeout(r, ms)));
  };
}
