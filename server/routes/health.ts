/** `GET /api/health`: answers once the database is open, for monitoring and start scripts. */
import { Hono } from 'hono';
import type { Deps } from '../context';
import type { AppEnv } from '../http/env';

export const healthRoutes = (deps: Deps) =>
  new Hono<AppEnv>().get('/', (c) => {
    deps.store.db.prepare('SELECT 1').get();
    return c.json({ ok: true as const, version: deps.config.version });
  });
