/**
 * `GET /api/health`: answers once the database is open, for monitoring and start scripts. It runs
 * before sign-in checks and the admission gate and does no work beyond one prepared `SELECT 1`,
 * so it answers while a burst of commands is refused.
 */
import { Hono } from 'hono';
import type { Deps } from '../context';
import type { AdmissionGate } from '../http/admission';
import type { AppEnv } from '../http/env';

export const healthRoutes = (deps: Deps, gate: AdmissionGate | null) => {
  const ping = deps.store.db.prepare('SELECT 1');
  return new Hono<AppEnv>().get('/', (c) => {
    ping.get();
    return c.json({
      ok: true as const,
      version: deps.config.version,
      // Commands running and waiting at the gate: a monitor sees a burst before it refuses.
      load: gate?.load() ?? null,
    });
  });
};
