/**
 * The one place HTTP requests are checked: settle the principal, find the route's row in the
 * policy table, and refuse what the row does not allow.
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import { createMiddleware } from 'hono/factory';
import { CommandError } from '../../shared/errors';
import { allows, policyFor } from '../auth/policy';
import { readCookie, resolvePrincipal, SESSION_COOKIE } from '../auth/principal';
import type { Deps } from '../context';
import type { AppEnv } from './env';

type Ctx = Parameters<Parameters<typeof createMiddleware<AppEnv>>[0]>[0];

/**
 * The caller's address for the per-address limits: the socket's, or behind a trusted proxy the
 * right-most X-Forwarded-For entry, the one that proxy added (entries left of it are the client's
 * own say and could be anything).
 */
export function clientKeyOf(c: Ctx, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'local';
  } catch {
    return 'local'; // app.request() in tests has no socket
  }
}

export function authMiddleware(deps: Deps) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const allowed = policyFor(c.req.method, c.req.path);
    if (!allowed)
      throw new CommandError(404, 'not_found', `No such API: ${c.req.method} ${c.req.path}`);
    const bearer = c.req.header('authorization')?.match(/^Bearer (.+)$/)?.[1];
    const { principal, deviceRejected } = resolvePrincipal(
      deps.store,
      { deviceToken: bearer, sessionId: readCookie(c.req.header('cookie'), SESSION_COOKIE) },
      deps.clock.now(),
    );
    if (deviceRejected) {
      throw new CommandError(
        401,
        'device_revoked',
        'This device is not paired (anymore). Pair it again.',
      );
    }
    if (!allows(allowed, principal)) {
      throw principal.account || principal.device
        ? new CommandError(403, 'forbidden', 'Not allowed for this sign-in or device.')
        : new CommandError(401, 'unauthorized', 'Sign in first.');
    }
    c.set('principal', principal);
    c.set('clientKey', clientKeyOf(c, deps.config.trustProxy === true));
    await next();
  });
}
