/**
 * Voice packs. Admin: list, upload (a zip as the form field "file"), choose per hall, delete one
 * not in use. Public: a pack's clips, which never change (a new upload is a new pack), so boards
 * cache them for good. Screens report which way they speak.
 */
import { bodyLimit } from 'hono/body-limit';
import { Hono } from 'hono';
import { z } from 'zod';
import { CommandError, notFound } from '../../shared/errors';
import { IdParam } from '../../shared/schemas/common';
import { CLIP_KEYS } from '../../shared/voice-pack';
import {
  chooseVoicePack,
  deleteVoicePack,
  listVoicePacks,
  readClip,
  reportVoicePath,
  uploadVoicePack,
} from '../commands/voice-packs';
import type { Deps } from '../context';
import { PACK_MAX_BYTES } from '../domain/voice-pack';
import { actorOf, hallOf, type AppEnv } from '../http/env';
import { validate } from '../http/validate';

/** The upload takes a larger body than a JSON command; app.ts applies this limit to it. */
export const VOICE_PACK_UPLOAD_PATH = /^\/api\/voice-packs\/?$/;
export const voicePackBodyLimit = bodyLimit({
  maxSize: PACK_MAX_BYTES + 64 * 1024,
  onError: () => {
    throw new CommandError(413, 'voicePack.tooLarge', 'The voice pack is larger than 16 MB.');
  },
});

const ClipPath = z.object({ id: IdParam, clip: z.coerce.number().int().min(0) });
const ChoiceBody = z.object({
  packId: IdParam.nullable(),
  allowBrowserVoice: z.boolean(),
});
const PathBody = z.object({ path: z.enum(['pack', 'browser', 'server']).nullable() });

export const voicePackRoutes = (deps: Deps) =>
  new Hono<AppEnv>()
    .get('/', (c) => c.json(listVoicePacks(deps, hallOf(c.get('principal')))))
    .post('/', async (c) => {
      const form = await c.req.parseBody().catch(() => null);
      const file = form?.file;
      if (!form || !(file instanceof File))
        throw new CommandError(
          400,
          'invalid_request',
          'Send the voice pack (a zip) as the form field "file".',
        );
      const p = c.get('principal');
      const name = typeof form.name === 'string' ? form.name : undefined;
      const bytes = new Uint8Array(await file.arrayBuffer());
      return c.json({ pack: await uploadVoicePack(deps, actorOf(p), hallOf(p), bytes, name) }, 201);
    })
    .put('/choice', validate('json', ChoiceBody), (c) => {
      const p = c.get('principal');
      return c.json({ choice: chooseVoicePack(deps, actorOf(p), hallOf(p), c.req.valid('json')) });
    })
    .delete('/:id', validate('param', z.object({ id: IdParam })), async (c) => {
      const p = c.get('principal');
      await deleteVoicePack(deps, actorOf(p), hallOf(p), c.req.valid('param').id);
      return c.json({ ok: true as const });
    })
    .post('/path', validate('json', PathBody), (c) => {
      const p = c.get('principal');
      if (!p.device) throw notFound('Device');
      reportVoicePath(deps, hallOf(p), p.device.id, c.req.valid('json').path);
      return c.json({ ok: true as const });
    })
    .get('/:id/clips/:clip', validate('param', ClipPath), async (c) => {
      const { id, clip } = c.req.valid('param');
      const key = CLIP_KEYS[clip];
      const wav = key ? await readClip(deps, id, key) : null;
      if (!wav) throw notFound('Clip');
      return c.body(wav.slice().buffer, 200, {
        'content-type': 'audio/wav',
        'cache-control': 'public, max-age=31536000, immutable',
      });
    });
