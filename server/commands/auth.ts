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

export function signOut(deps: Deps, sessionId: string): void {
  deps.store.accounts.endSession(sha256(sessionId));
}

/** Demo halls only: a session for the demo account of a role, so the landing page opens signed in. */
export function demoSession(deps: Deps, hallId: number, role: Account['role']): string {
  const account = deps.store.accounts.ofRole(hallId, role)[0];
  if (!account) throw new CommandError(404, 'not_found', `The demo hall has no ${role} account.`);
  const sessionId = newToken();
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600 * 1000);
  deps.store.accounts.addSession(
    sha256(sessionId),
    hallId,
    account.id,
    now.toISOString(),
    expiresAt.toISOString(),
  );
  return sessionId;
}
