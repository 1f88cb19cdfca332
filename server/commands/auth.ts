/** Staff sign-in and sign-out. */
import type { Account } from '../../shared/schemas/accounts';
import { CommandError } from '../../shared/errors';
import type { Deps } from '../context';
import type { Caller, SignInGuard } from '../auth/sign-in-guard';
import { newToken, sha256 } from '../auth/secrets';

export const SESSION_HOURS = 12;

export async function signIn(
  deps: Deps,
  input: { username: string; password: string },
  guard: SignInGuard,
  caller: Caller,
): Promise<{ account: Account; sessionId: string; expiresAt: Date }> {
  const found = await guard.verify(input, caller);
  if (found.mustChangePassword) {
    // No session: the only way on is POST /api/auth/change-password with this same password.
    throw new CommandError(
      403,
      'password_change_required',
      'This password was set by an administrator. Choose a new password to continue.',
    );
  }
  const { passwordHash: _hash, ...account } = found;
  const sessionId = newToken();
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600 * 1000);
  deps.store.tx(() => {
    deps.store.accounts.addSession(
      sha256(sessionId),
      account.hallId,
      account.id,
      now.toISOString(),
      expiresAt.toISOString(),
    );
    deps.store.events.append(
      account.hallId,
      now.toISOString(),
      `account:${account.id}`,
      'account:signed-in',
      {},
    );
  });
  return { account, sessionId, expiresAt };
}

/** Ends the session and cuts the sockets opened with it. */
export function signOut(deps: Deps, sessionId: string): void {
  deps.store.accounts.endSession(sha256(sessionId));
  deps.hub.cutSession(sha256(sessionId));
}

/** A demo link reuses a session with at least this long to run, rather than storing one per click. */
const DEMO_SESSION_REUSE_MS = 3600 * 1000;

/**
 * Demo halls only: the session of the demo account of a role, so the landing page opens signed in.
 * One session per role is kept in the hall's demo secrets and handed out again while it has an
 * hour or more to run: a crawler following the links must not fill the sessions table.
 */
export function demoSession(
  deps: Deps,
  hallId: number,
  role: Account['role'],
): { id: string; maxAgeSeconds: number } {
  const account = deps.store.accounts.ofRole(hallId, role)[0];
  if (!account) throw new CommandError(404, 'not_found', `The demo hall has no ${role} account.`);
  const now = deps.clock.now();
  return deps.store.tx(() => {
    const secrets = deps.store.halls.demoSecrets(hallId) ?? {};
    const key = `session:${role}`;
    const kept = secrets[key];
    const live = kept ? deps.store.accounts.session(sha256(kept), now.toISOString()) : undefined;
    if (kept && live && live.account_id === account.id) {
      const left = Date.parse(live.expires_at) - now.getTime();
      if (left >= DEMO_SESSION_REUSE_MS)
        return { id: kept, maxAgeSeconds: Math.floor(left / 1000) };
    }
    const sessionId = newToken();
    const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600 * 1000);
    deps.store.accounts.addSession(
      sha256(sessionId),
      hallId,
      account.id,
      now.toISOString(),
      expiresAt.toISOString(),
    );
    deps.store.halls.setDemoSecrets(hallId, { ...secrets, [key]: sessionId });
    return { id: sessionId, maxAgeSeconds: SESSION_HOURS * 3600 };
  });
}
