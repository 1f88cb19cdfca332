/** Staff sign-in, sign-out and "who am I". */
import { Hono, type Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { ChangePasswordBody, SignInBody } from '../../shared/schemas/accounts';
import { notFound } from '../../shared/errors';
import { SESSION_COOKIE } from '../auth/principal';
import { createSignInGuard } from '../auth/sign-in-guard';
import { signIn, signOut, SESSION_HOURS } from '../commands/auth';
import { changePassword } from '../commands/staff-accounts';
import type { Deps } from '../context';
import type { AppEnv } from '../http/env';
import { validate } from '../http/validate';

export const authRoutes = (deps: Deps) => {
  const guard = createSignInGuard(deps);
  const caller = (c: Context<AppEnv>) => ({
    address: c.get('clientKey'),
    cookies: c.req.header('cookie'),
  });
  // After a good password: this browser is known to the account, and is not held by the throttles.
  const rememberBrowser = (c: Context<AppEnv>, accountId: number) => {
    const known = guard.knownDeviceCookie(accountId);
    setCookie(c, known.name, known.value, {
      httpOnly: true,
      sameSite: 'Strict',
      secure: deps.config.secureCookies,
      path: '/api/auth',
      maxAge: known.maxAge,
    });
  };
  return new Hono<AppEnv>()
    .post('/sign-in', validate('json', SignInBody), async (c) => {
      const { account, sessionId } = await signIn(deps, c.req.valid('json'), guard, caller(c));
      // Rotation: a session this browser already had ends; only the new one is valid.
      const previous = c.get('principal').account?.sessionId;
      if (previous) signOut(deps, previous);
      setCookie(c, SESSION_COOKIE, sessionId, {
        httpOnly: true,
        sameSite: 'Strict',
        secure: deps.config.secureCookies,
        path: '/',
        maxAge: SESSION_HOURS * 3600,
      });
      // After the session cookie: clients that read the first Set-Cookie get the session.
      rememberBrowser(c, account.id);
      return c.json({ account });
    })
    .post('/change-password', validate('json', ChangePasswordBody), async (c) => {
      const { account, sessionId } = await changePassword(
        deps,
        c.req.valid('json'),
        guard,
        caller(c),
      );
      setCookie(c, SESSION_COOKIE, sessionId, {
        httpOnly: true,
        sameSite: 'Strict',
        secure: deps.config.secureCookies,
        path: '/',
        maxAge: SESSION_HOURS * 3600,
      });
      // After the session cookie: clients that read the first Set-Cookie get the session.
      rememberBrowser(c, account.id);
      return c.json({ account });
    })
    .post('/sign-out', (c) => {
      const session = c.get('principal').account?.sessionId;
      if (session) signOut(deps, session);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.json({ ok: true as const });
    })
    .get('/me', (c) => {
      const id = c.get('principal').account?.id;
      const account = id === undefined ? undefined : deps.store.accounts.get(id);
      if (!account) throw notFound('Account');
      return c.json({ account });
    });
};
