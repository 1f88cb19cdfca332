/**
 * Reads an uploaded voice pack: a zip with `manifest.json` (clip key → file name) and one WAV a
 * clip. Sizes are checked from the zip's directory before anything is inflated, lengths from each
 * WAV's header before its samples are read; every clip is re-written as mono 16-bit PCM at one rate.
 */
import { unzipSync } from 'fflate';
import { z } from 'zod';
import { CommandError } from '../../shared/errors';
import { CLIP_KEYS, REQUIRED_CLIPS } from '../../shared/voice-pack';
import { decodeMono16, encodeWav, readWavHeader, resample } from '../speech/wav';

/** Largest upload, as sent: seventeen 5-second clips at CD quality fit many times over. */
export const PACK_MAX_BYTES = 16 * 1024 * 1024;
/** Largest pack once inflated, all files together: a zip bomb is refused before inflating. */
export const PACK_MAX_INFLATED = 40 * 1024 * 1024;
export const CLIP_MAX_SECONDS = 5;
/** The stored rate (espeak-ng's own): every clip of a call plays back to back at it. */
export const CLIP_RATE = 22_050;
/** Below this a clip is silence (or a hiss): RMS of full scale. */
const SILENT_RMS = 0.001;

const Manifest = z.object({
  name: z.string().trim().min(1).max(60).optional(),
  clips: z.record(z.string(), z.string().min(1).max(200)),
});

export type VoicePackContents = { name: string | null; clips: Map<string, Uint8Array> };

const refuse = (status: 400 | 413, code: string, message: string, clip?: string): CommandError =>
  new CommandError(status, code, message, clip ? [{ path: clip, message }] : undefined);

function entries(zip: Uint8Array): Map<string, number> {
  const sizes = new Map<string, number>();
  try {
    // First pass: the filter sees every entry's declared size and inflates none of them.
    unzipSync(zip, {
      filter: (file) => {
        sizes.set(file.name, file.originalSize);
        return false;
      },
    });
  } catch {
    throw refuse(400, 'voicePack.notZip', 'This file is not a zip archive.');
  }
  return sizes;
}

/** One clip as stored: checked, mixed to mono, resampled to CLIP_RATE. */
export function normaliseClip(key: string, bytes: Uint8Array): Uint8Array {
  const header = readWavHeader(bytes);
  if (!header) throw refuse(400, 'voicePack.badClip', `Clip "${key}" is not a WAV file.`, key);
  if (header.format !== 1 || header.bits !== 16 || header.sampleRate < 8000)
    throw refuse(
      400,
      'voicePack.badClip',
      `Clip "${key}" is not 16-bit PCM audio (at least 8 kHz).`,
      key,
    );
  if (header.declaredSeconds > CLIP_MAX_SECONDS)
    throw refuse(
      400,
      'voicePack.clipTooLong',
      `Clip "${key}" lasts ${Math.round(header.declaredSeconds)} s; at most ${CLIP_MAX_SECONDS} s.`,
      key,
    );
  const samples = decodeMono16(bytes, header);
  let sum = 0;
  for (const s of samples) sum += s * s;
  if (samples.length < header.sampleRate / 20 || Math.sqrt(sum / samples.length) < SILENT_RMS)
    throw refuse(400, 'voicePack.clipSilent', `Clip "${key}" is silent.`, key);
  return encodeWav(resample(samples, header.sampleRate, CLIP_RATE), CLIP_RATE);
}

export function readVoicePack(zip: Uint8Array): VoicePackContents {
  if (zip.byteLength > PACK_MAX_BYTES)
    throw refuse(413, 'voicePack.tooLarge', 'The voice pack is larger than 16 MB.');
  const sizes = entries(zip);
  const inflated = [...sizes.values()].reduce((a, b) => a + b, 0);
  if (inflated > PACK_MAX_INFLATED)
    throw refuse(
      413,
      'voicePack.tooLarge',
      `The voice pack unpacks to more than ${PACK_MAX_INFLATED / 1024 / 1024} MB; it was not unpacked.`,
    );
  if (!sizes.has('manifest.json'))
    throw refuse(400, 'voicePack.badManifest', 'The zip has no manifest.json at its top level.');
  let manifest: z.infer<typeof Manifest>;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(
      unzipSync(zip, { filter: (f) => f.name === 'manifest.json' })['manifest.json'],
    );
    manifest = Manifest.parse(JSON.parse(text));
  } catch {
    throw refuse(
      400,
      'voicePack.badManifest',
      'manifest.json is not valid: it needs "clips", an object of clip name → file name.',
    );
  }
  const named = new Map<string, string>();
  for (const [key, file] of Object.entries(manifest.clips)) {
    if (!CLIP_KEYS.includes(key))
      throw refuse(400, 'voicePack.badManifest', `"${key}" is not a clip of a call.`, key);
    const other = named.get(file);
    if (other)
      throw refuse(
        400,
        'voicePack.duplicateFile',
        `The manifest names "${file}" for both "${other}" and "${key}".`,
        key,
      );
    named.set(file, key);
  }
  for (const key of REQUIRED_CLIPS) {
    if (!(key in manifest.clips))
      throw refuse(400, 'voicePack.missingClip', `The manifest has no clip "${key}".`, key);
  }
  for (const [file, key] of named) {
    if (!sizes.has(file))
      throw refuse(
        400,
        'voicePack.missingClip',
        `Clip "${key}": the zip has no file "${file}".`,
        key,
      );
  }
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip, { filter: (f) => named.has(f.name) });
  } catch {
    throw refuse(400, 'voicePack.notZip', 'The zip archive is damaged.');
  }
  const clips = new Map<string, Uint8Array>();
  for (const [file, key] of named)
    clips.set(key, normaliseClip(key, files[file] ?? new Uint8Array()));
  return { name: manifest.name ?? null, clips };
}
