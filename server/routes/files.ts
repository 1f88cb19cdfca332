/** Files kept under the data directory: staff photos (portraits and uploads). */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Hono } from 'hono';
import { z } from 'zod';
import { notFound } from '../../shared/errors';
import type { Deps } from '../context';
import type { AppEnv } from '../http/env';
import { validate } from '../http/validate';

const TYPES: Record<string, string> = {
  svg: 'image/svg+xml',
  webp: 'image/webp',
  jpg: 'image/jpeg',
  png: 'image/png',
};
// A plain name and a known ending: nothing like "../" can reach outside the folder.
const FileParam = z.object({
  file: z.string().regex(/^[a-z0-9][a-z0-9-]{0,80}\.(svg|webp|jpg|png)$/),
});

export const fileRoutes = (deps: Deps) =>
  new Hono<AppEnv>().get('/photos/:file', validate('param', FileParam), async (c) => {
    const { file } = c.req.valid('param');
    const body = await readFile(join(deps.config.dataDir, 'photos', file)).catch(() => null);
    if (!body) throw notFound('Photo');
    return c.body(new Uint8Array(body), 200, {
      'Content-Type': TYPES[file.split('.').pop() ?? ''] ?? 'application/octet-stream',
      'Cache-Control': 'public, max-age=300',
      // Even a stored SVG can run nothing when opened on its own.
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    });
  });
