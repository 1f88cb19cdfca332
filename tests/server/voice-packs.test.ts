/**
 * Voice packs: a good pack is stored re-encoded and chosen per hall; every bad upload is refused
 * with a code naming what is wrong, and the pack the hall had keeps speaking; a pack not in use
 * can be deleted, the one in use cannot.
 */
import { zipSync } from 'fflate';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolvePrincipal } from '../../server/auth/principal';
import { installEnginePack } from '../../server/commands/voice-packs';
import { snapshotOf } from '../../server/views/snapshots';
import { CLIP_RATE } from '../../server/domain/voice-pack';
import { createSpeaker, type SpeechEngine } from '../../server/speech/engine';
import { readWav, readWavHeader } from '../../server/speech/wav';
import type { BoardState } from '../../shared/streams';
import { errorsEn, errorsKo } from '../../shared/i18n/errors';
import { CLIP_KEYS, REQUIRED_CLIPS } from '../../shared/voice-pack';
import { createTestApp, signInCookie } from '../helpers/fixture';

let t: Awaited<ReturnType<typeof createTestApp>>;
let admin: string;
beforeEach(async () => {
  t = await createTestApp();
  admin = await signInCookie(t.app, 'admin');
});
afterEach(() => t.close());

/** A PCM WAV of a tone (or silence), any rate and channel count. */
function wav(
  seconds: number,
  { rate = 16_000, channels = 1, level = 0.3, bits = 16, format = 1 } = {},
): Uint8Array {
  const frames = Math.round(seconds * rate);
  const bytes = new Uint8Array(44 + frames * channels * 2);
  const view = new DataView(bytes.buffer);
  const text = (at: number, s: string) =>
    [...s].forEach((ch, i) => (bytes[at + i] = ch.charCodeAt(0)));
  text(0, 'RIFF');
  view.setUint32(4, bytes.length - 8, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, format, true);
  view.setUint16(22, channels, true);
  view.setUint32(24, rate, true);
  view.setUint32(28, rate * channels * 2, true);
  view.setUint16(32, channels * 2, true);
  view.setUint16(34, bits, true);
  text(36, 'data');
  view.setUint32(40, frames * channels * 2, true);
  if (level > 0) {
    for (let i = 0; i < frames * channels; i++) {
      const s = Math.sin((2 * Math.PI * 440 * Math.floor(i / channels)) / rate) * level;
      view.setInt16(44 + i * 2, Math.round(s * 32767), true);
    }
  }
  return bytes;
}

const enc = (s: string) => new TextEncoder().encode(s);

/** A pack of every required clip; `change` edits the manifest and files before zipping. */
function pack(
  change: (m: Record<string, string>, files: Record<string, Uint8Array>) => void = () => undefined,
): Uint8Array {
  const manifest: Record<string, string> = {};
  const files: Record<string, Uint8Array> = {};
  REQUIRED_CLIPS.forEach((key, i) => {
    manifest[key] = `clips/${i}.wav`;
    // Stereo at 44.1 kHz: stored as mono at the one clip rate.
    files[`clips/${i}.wav`] = wav(0.4, { rate: 44_100, channels: 2 });
  });
  change(manifest, files);
  return zipSync(
    { 'manifest.json': enc(JSON.stringify({ name: '녹음 팩', clips: manifest })), ...files },
    { level: 1 },
  );
}

function upload(bytes: Uint8Array, name = 'pack.zip') {
  const form = new FormData();
  form.set('file', new File([new Uint8Array(bytes)], name, { type: 'application/zip' }));
  return t.app.request('/api/voice-packs', {
    method: 'POST',
    headers: { cookie: admin },
    body: form,
  });
}

const choose = (packId: number | null, allowBrowserVoice = true) =>
  t.app.request('/api/voice-packs/choice', {
    method: 'PUT',
    headers: { cookie: admin, 'content-type': 'application/json' },
    body: JSON.stringify({ packId, allowBrowserVoice }),
  });

const clipUrl = (packId: number, key: string) =>
  `/api/voice-packs/${packId}/clips/${CLIP_KEYS.indexOf(key)}`;

async function refusal(bytes: Uint8Array) {
  const res = await upload(bytes);
  const body = (await res.json()) as { error: { code: string; details?: { path: string }[] } };
  return { status: res.status, code: body.error.code, clip: body.error.details?.[0]?.path };
}

async function goodPack(): Promise<number> {
  const res = await upload(pack());
  expect(res.status).toBe(201);
  return ((await res.json()) as { pack: { id: number } }).pack.id;
}

describe('voice pack upload', () => {
  it('stores a good pack as mono 16-bit clips at one rate, served to boards and cached', async () => {
    const id = await goodPack();
    const list = (await (
      await t.app.request('/api/voice-packs', { headers: { cookie: admin } })
    ).json()) as { packs: { id: number; name: string; clips: string[] }[] };
    expect(list.packs).toEqual([
      expect.objectContaining({ id, name: '녹음 팩', clips: REQUIRED_CLIPS }),
    ]);
    const res = await t.app.request(clipUrl(id, '천'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('audio/wav');
    expect(res.headers.get('cache-control')).toContain('immutable');
    const bytes = new Uint8Array(await res.arrayBuffer());
    const header = readWavHeader(bytes)!;
    expect(header).toMatchObject({ format: 1, channels: 1, bits: 16, sampleRate: CLIP_RATE });
    expect(readWav(bytes)!.seconds).toBeCloseTo(0.4, 1);
    // Under the data directory, one folder a pack.
    expect(readdirSync(join(t.dir, 'voice-packs'))).toHaveLength(1);
    expect((await t.app.request(clipUrl(id, '만'))).status).toBe(404);
  });

  it.each([
    [
      'not a zip',
      () => enc('this is not a zip at all, just some text'),
      'voicePack.notZip',
      undefined,
    ],
    [
      'a clip that is not audio',
      () => pack((_, files) => (files['clips/3.wav'] = enc('RIFF? no, a text file'.repeat(4)))),
      'voicePack.badClip',
      '사',
    ],
    [
      'a clip that is not PCM',
      () => pack((_, files) => (files['clips/0.wav'] = wav(0.4, { format: 3 }))),
      'voicePack.badClip',
      '일',
    ],
    [
      'a clip of 30 minutes',
      () => pack((_, files) => (files['clips/11.wav'] = wav(1800, { rate: 8000, level: 0 }))),
      'voicePack.clipTooLong',
      '천',
    ],
    [
      'a silent clip',
      () => pack((_, files) => (files['clips/1.wav'] = wav(0.5, { level: 0 }))),
      'voicePack.clipSilent',
      '이',
    ],
    [
      'a manifest that names a file twice',
      () => pack((m) => (m['구'] = m['팔']!)),
      'voicePack.duplicateFile',
      '구',
    ],
    [
      'a missing clip',
      () => pack((m) => delete m['번 고객님']),
      'voicePack.missingClip',
      '번 고객님',
    ],
    [
      'a clip whose file is not in the zip',
      () => pack((_, files) => delete files['clips/12.wav']),
      'voicePack.missingClip',
      '번 고객님',
    ],
    [
      'a clip no call uses',
      () => pack((m) => (m['만세'] = 'x.wav')),
      'voicePack.badManifest',
      '만세',
    ],
    ['no manifest', () => zipSync({ 'a.wav': wav(0.3) }), 'voicePack.badManifest', undefined],
    [
      'a zip bomb',
      // 48 MB of zeros: a few kilobytes zipped, refused from the zip's directory alone.
      () => pack((_, files) => (files['padding.bin'] = new Uint8Array(48 * 1024 * 1024))),
      'voicePack.tooLarge',
      undefined,
    ],
  ])(
    'refuses %s, and the pack the hall had keeps speaking',
    async (_, make, code, clip) => {
      const id = await goodPack();
      expect((await choose(id)).status).toBe(200);
      const bytes = make();
      const result = await refusal(bytes);
      expect(result.code).toBe(code);
      expect([400, 413]).toContain(result.status);
      expect(result.clip).toBe(clip);
      const list = (await (
        await t.app.request('/api/voice-packs', { headers: { cookie: admin } })
      ).json()) as { packs: unknown[]; choice: { packId: number } };
      expect(list.packs).toHaveLength(1);
      expect(list.choice.packId).toBe(id);
      expect((await t.app.request(clipUrl(id, '일'))).status).toBe(200);
      expect(readdirSync(join(t.dir, 'voice-packs'))).toHaveLength(1);
    },
    30_000,
  );
});

describe('the voice pack of a hall', () => {
  it('is chosen per hall, sent to the board with the browser-voice rule, and only its own', async () => {
    const board = async () => {
      const res = await t.app.request('/api/devices/me', {
        headers: { authorization: `Bearer ${t.hall.tokens.display}` },
      });
      return res.status;
    };
    expect(await board()).toBe(200);
    const { boardVoice } = await import('../../server/commands/voice-packs');
    expect(boardVoice(t.deps, t.hall.hallId)).toEqual({ pack: null, allowBrowserVoice: true });
    const id = await goodPack();
    const res = await choose(id, false);
    expect(res.status).toBe(200);
    const voice: BoardState['voice'] = boardVoice(t.deps, t.hall.hallId);
    expect(voice).toEqual({ pack: { id, clips: REQUIRED_CLIPS }, allowBrowserVoice: false });
    // Another hall's pack (or none) is not this hall's to choose.
    expect((await choose(id + 100)).status).toBe(404);
    // The board's and the kiosk's snapshots carry it (the kiosk's 음성 안내 follows the rule).
    for (const [token, kind] of [
      [t.hall.tokens.display, 'board'],
      [t.hall.tokens.kiosk, 'kiosk'],
    ] as const) {
      const { principal } = resolvePrincipal(t.deps.store, { deviceToken: token }, new Date());
      const snapshot = snapshotOf(t.deps, principal, { kind });
      expect((snapshot.data as { voice?: unknown }).voice, kind).toEqual(voice);
    }
    expect((await choose(null)).status).toBe(200);
    expect(boardVoice(t.deps, t.hall.hallId).pack).toBeNull();
  });

  it('a hall without a pack gets one rendered by the speech engine, and it is chosen', async () => {
    // A stand-in engine: a short tone for any text (the real one is tested in speech.test.ts).
    const engine: SpeechEngine = { name: 'tone', render: async () => wav(0.6, { rate: 22_050 }) };
    const made = await installEnginePack(t.deps, t.hall.hallId, createSpeaker(engine));
    expect(made.source).toBe('engine');
    expect(made.clips).toEqual(expect.arrayContaining([...REQUIRED_CLIPS, '영', '만']));
    expect(made.clips).not.toContain('chime');
    const { boardVoice } = await import('../../server/commands/voice-packs');
    expect(boardVoice(t.deps, t.hall.hallId).pack?.id).toBe(made.id);
    expect((await t.app.request(clipUrl(made.id, '만'))).status).toBe(200);
  });
});

describe('deleting a voice pack', () => {
  const remove = (packId: number, cookie = admin) =>
    t.app.request(`/api/voice-packs/${packId}`, { method: 'DELETE', headers: { cookie } });
  const listed = async () =>
    (
      (await (await t.app.request('/api/voice-packs', { headers: { cookie: admin } })).json()) as {
        packs: { id: number }[];
      }
    ).packs.map((p) => p.id);

  it('deletes a pack the hall does not speak with: its row, its clips and its folder', async () => {
    const kept = await goodPack();
    const old = await goodPack();
    expect((await choose(kept)).status).toBe(200);
    expect(readdirSync(join(t.dir, 'voice-packs'))).toHaveLength(2);
    const res = await remove(old);
    expect(res.status).toBe(200);
    expect(await listed()).toEqual([kept]);
    expect((await t.app.request(clipUrl(old, '일'))).status).toBe(404);
    expect(readdirSync(join(t.dir, 'voice-packs'))).toHaveLength(1);
    // The pack in use keeps speaking.
    expect((await t.app.request(clipUrl(kept, '일'))).status).toBe(200);
    expect((await remove(old)).status).toBe(404);
  });

  it('refuses the pack in use with a code in Korean and English, and the pack stays', async () => {
    const id = await goodPack();
    expect((await choose(id)).status).toBe(200);
    const res = await remove(id);
    expect(res.status).toBe(409);
    const body = (await res.json()) as { error: { code: string } };
    expect(body.error.code).toBe('voicePack.inUse');
    expect(errorsKo['error.voicePack.inUse']).toMatch(/지울 수 없습니다/);
    expect(errorsEn['error.voicePack.inUse']).toMatch(/cannot be deleted/);
    expect(await listed()).toEqual([id]);
    expect((await t.app.request(clipUrl(id, '일'))).status).toBe(200);
    // Once the hall speaks with none, it can go.
    expect((await choose(null)).status).toBe(200);
    expect((await remove(id)).status).toBe(200);
    expect(await listed()).toEqual([]);
  });

  it('is for administrators, and only for their own hall’s packs', async () => {
    const id = await goodPack();
    const counter = await signInCookie(t.app, 'counter');
    expect((await remove(id, counter)).status).toBe(403);
    expect((await remove(id + 100)).status).toBe(404);
    expect(await listed()).toEqual([id]);
  });
});

describe('which way each screen speaks', () => {
  it('a board and a kiosk report their path and the admin’s device list shows it', async () => {
    const report = (token: string, path: string | null) =>
      t.app.request('/api/voice-packs/path', {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ path }),
      });
    expect((await report(t.hall.tokens.display, 'pack')).status).toBe(200);
    expect((await report(t.hall.tokens.kiosk, 'server')).status).toBe(200);
    expect((await report(t.hall.tokens.kiosk, 'telepathy')).status).toBe(400);
    const res = await t.app.request('/api/devices', { headers: { cookie: admin } });
    const { devices } = (await res.json()) as {
      devices: { id: number; voicePath: string | null }[];
    };
    const pathOf = (id: number) => devices.find((d) => d.id === id)?.voicePath;
    expect(pathOf(t.hall.devices.display)).toBe('pack');
    expect(pathOf(t.hall.devices.kiosk)).toBe('server');
    expect(pathOf(t.hall.devices.guide)).toBeNull();
  });
});

describe('the demo hall’s voice pack', () => {
  it('is skipped with a log line when the server has no engine', async () => {
    const { installDemoVoicePack } = await import('../../server/demo/demo-voice');
    const lines: string[] = [];
    await installDemoVoicePack(t.deps, t.hall.hallId, null, (line) => lines.push(line));
    expect(lines.join('\n')).toMatch(/no speech engine/);
    expect(t.deps.store.voicePacks.list(t.hall.hallId)).toEqual([]);
  });
});
