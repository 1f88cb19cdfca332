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

/** What a WAV's header says, read without touching its samples. */
export type WavHeader = {
  format: number;
  channels: number;
  sampleRate: number;
  bits: number;
  dataOffset: number;
  /** As the header declares it: a 30-minute clip is refused from this alone. */
  declaredBytes: number;
  declaredSeconds: number;
};

/** Null when the bytes are not a RIFF WAVE with a format and a data chunk. */
export function readWavHeader(bytes: Uint8Array): WavHeader | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
  if (bytes.length < 44 || tag(0) !== 'RIFF' || tag(8) !== 'WAVE') return null;
  let at = 12;
  let fmt: Omit<WavHeader, 'dataOffset' | 'declaredBytes' | 'declaredSeconds'> | null = null;
  while (at + 8 <= bytes.length) {
    const id = tag(at);
    const size = view.getUint32(at + 4, true);
    if (id === 'fmt ' && size >= 16 && at + 24 <= bytes.length) {
      fmt = {
        format: view.getUint16(at + 8, true),
        channels: view.getUint16(at + 10, true),
        sampleRate: view.getUint32(at + 12, true),
        bits: view.getUint16(at + 22, true),
      };
    } else if (id === 'data') {
      if (!fmt || fmt.channels < 1 || fmt.sampleRate < 1 || fmt.bits < 8) return null;
      // espeak-ng on a pipe writes 0x7fffffff: the bytes that are there are the clip.
      const declaredBytes = size >= 0x7fff0000 ? bytes.length - at - 8 : size;
      const frame = fmt.channels * (fmt.bits / 8);
      return {
        ...fmt,
        dataOffset: at + 8,
        declaredBytes,
        declaredSeconds: declaredBytes / frame / fmt.sampleRate,
      };
    }
    at += 8 + size + (size % 2);
  }
  return null;
}

/** The samples of a 16-bit PCM WAV mixed to mono, in [-1, 1]. */
export function decodeMono16(bytes: Uint8Array, header: WavHeader): Float32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const available = Math.min(header.declaredBytes, bytes.length - header.dataOffset);
  const frames = Math.floor(available / 2 / header.channels);
  const out = new Float32Array(frames);
  for (let i = 0; i < frames; i++) {
    let sum = 0;
    for (let ch = 0; ch < header.channels; ch++) {
      sum += view.getInt16(header.dataOffset + (i * header.channels + ch) * 2, true);
    }
    out[i] = sum / header.channels / 32768;
  }
  return out;
}

/** Linear resampling: clips of any rate play back to back at one rate. */
export function resample(samples: Float32Array, from: number, to: number): Float32Array {
  if (from === to) return samples;
  const length = Math.max(1, Math.round((samples.length * to) / from));
  const out = new Float32Array(length);
  for (let i = 0; i < length; i++) {
    const pos = (i * from) / to;
    const left = Math.floor(pos);
    const a = samples[Math.min(left, samples.length - 1)] ?? 0;
    const b = samples[Math.min(left + 1, samples.length - 1)] ?? 0;
    out[i] = a + (b - a) * (pos - left);
  }
  return out;
}

/** A mono 16-bit PCM WAV: the one shape every stored clip has. */
export function encodeWav(samples: Float32Array, sampleRate: number): Uint8Array {
  const bytes = new Uint8Array(44 + samples.length * 2);
  const view = new DataView(bytes.buffer);
  const text = (at: number, s: string) => {
    for (let i = 0; i < s.length; i++) bytes[at + i] = s.charCodeAt(i);
  };
  text(0, 'RIFF');
  view.setUint32(4, 36 + samples.length * 2, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  text(36, 'data');
  view.setUint32(40, samples.length * 2, true);
  for (let i = 0; i < samples.length; i++) {
    const s = Math.max(-1, Math.min(1, samples[i] ?? 0));
    view.setInt16(44 + i * 2, Math.round(s * 32767), true);
  }
  return bytes;
}
