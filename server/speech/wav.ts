/** Reads a PCM WAV's format, so speech and clips are checked (duration, not silence) before use. */

export type WavInfo = { sampleRate: number; channels: number; seconds: number; rms: number };

/** Null when the bytes are not 16-bit PCM WAV: the caller names that as the error. */
export function readWav(bytes: Uint8Array): WavInfo | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
  if (bytes.length < 44 || tag(0) !== 'RIFF' || tag(8) !== 'WAVE') return null;
  let at = 12;
  let sampleRate = 0;
  let channels = 0;
  let bits = 0;
  while (at + 8 <= bytes.length) {
    const id = tag(at);
    // espeak-ng writing to a pipe leaves sizes at 0x7fffffff: clamp to what is there.
    const size = Math.min(view.getUint32(at + 4, true), bytes.length - at - 8);
    if (id === 'fmt ' && size >= 16) {
      if (view.getUint16(at + 8, true) !== 1) return null;
      channels = view.getUint16(at + 10, true);
      sampleRate = view.getUint32(at + 12, true);
      bits = view.getUint16(at + 22, true);
    } else if (id === 'data') {
      if (bits !== 16 || channels < 1 || sampleRate < 8000) return null;
      const samples = Math.floor(size / 2);
      let sum = 0;
      for (let i = 0; i < samples; i++) {
        const s = view.getInt16(at + 8 + i * 2, true) / 32768;
        sum += s * s;
      }
      return {
        sampleRate,
        channels,
        seconds: samples / channels / sampleRate,
        rms: samples ? Math.sqrt(sum / samples) : 0,
      };
    }
    at += 8 + size + (size % 2);
  }
  return null;
}
