/**
 * Sign-in accounts of staff: an admin creates one with a temporary password, changes its role,
 * disables it, or resets its password; a temporary password must be changed before anything else.
 */
import { randomInt } from 'node:crypto';
import { CommandError, notFound } from '../../shared/errors';
import type { Principal } from '../../shared/events';
import type {
  Account,
  AccountAdminRow,
  CreateAccountBody,
  TemporaryPassword,
  UpdateAccountBody,
} from '../../shared/schemas/accounts';
import type { Deps } from '../context';
import { actorOf, hallOf } from '../http/env';
import { hashPassword, newToken, sha256 } from '../auth/secrets';
import type { Caller, SignInGuard } from '../auth/sign-in-guard';
import { SESSION_HOURS } from './auth';
import { publishAccounts, pushStaffAdmin } from './staff-changes';

/** Letters and digits nobody misreads when an admin reads it out (no 0/O, 1/l/I). */
const TEMP_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
/** 12 characters of 31: about 59 bits, and it only lives until the first sign-in. */
export function temporaryPassword(): string {
  let out = '';
  for (let i = 0; i < 12; i++) out += TEMP_ALPHABET[randomInt(TEMP_ALPHABET.length)];
  return `${out.slice(0, 4)}-${out.slice(4, 8)}-${out.slice(8)}`;
}

function accountOrThrow(deps: Deps, hallId: number, id: number): AccountAdminRow {
  const account = deps.store.accounts.adminRow(hallId, id);
  if (!account) throw notFound('Account');
  return account;
}

export async function createAccount(
  deps: Deps,
  principal: Principal,
  input: CreateAccountBody,
): Promise<TemporaryPassword> {
  const hallId = hallOf(principal);
  const staff = deps.store.staff.adminRow(hallId, input.staffId);
  if (!staff) throw notFound('Staff member');
  if (staff.retiredAt) {
    throw new CommandError(409, 'staff_retired', 'A retired person cannot get an account.');
  }
  const password = temporaryPassword();
  const hash = await hashPassword(password);
  const now = deps.clock.now().toISOString();
  // Checked inside the transaction, after the slow hash, so two admins cannot both take a name.
  const id = deps.store.tx(() => {
    if (deps.store.accounts.usernameTaken(input.username)) {
      throw new CommandError(
        409,
        'username_taken',
        `The sign-in name "${input.username}" is taken. Choose another.`,
        [{ path: 'username', message: 'taken' }],
      );
    }
    if (deps.store.accounts.ofStaff(hallId, input.staffId).length > 0) {
      throw new CommandError(
        409,
        'account_exists',
        'This person already has an account. Change its role or reset its password instead.',
      );
    }
    const accountId = deps.store.accounts.add(
      hallId,
      {
        username: input.username,
        displayName: staff.name,
        role: input.role,
        staffId: staff.id,
        passwordHash: hash,
        mustChangePassword: true,
      },
      now,
    );
    deps.store.events.append(hallId, now, actorOf(principal), 'account:created', {
      accountId,
      staffId: staff.id,
      username: input.username,
      role: input.role,
    });
    return accountId;
  });
  publishAccounts(deps, hallId, [id]);
  pushStaffAdmin(deps, hallId, [staff.id]);
  return { account: accountOrThrow(deps, hallId, id), temporaryPassword: password };
}

export function updateAccount(
  deps: Deps,
  principal: Principal,
  accountId: number,
  input: UpdateAccountBody,
): AccountAdminRow {
  const hallId = hallOf(principal);
  const before = accountOrThrow(deps, hallId, accountId);
  // Keeps the hall from locking itself out: nobody demotes or disables their own sign-in.
  if (principal.account?.id === accountId) {
    throw new CommandError(
      409,
      'own_account',
      'You cannot change the role of, or disable, the account you are signed in with.',
    );
  }
  if (input.disabled === false && before.disabled && before.staffId !== null) {
    if (deps.store.staff.isRetired(hallId, before.staffId)) {
      throw new CommandError(409, 'staff_retired', 'The person of this account has retired.');
    }
  }
  const now = deps.clock.now().toISOString();
  deps.store.tx(() => {
    if (input.role !== undefined && input.role !== before.role) {
      deps.store.accounts.setRole(hallId, accountId, input.role);
    }
    if (input.disabled !== undefined && input.disabled !== before.disabled) {
      if (input.disabled === false && deps.store.accounts.forSignIn(before.username)) {
        throw new CommandError(
          409,
          'username_taken',
          `Another account now signs in as "${before.username}".`,
        );
      }
      deps.store.accounts.setDisabled(hallId, accountId, input.disabled ? now : null);
    }
    // A new role or a disabled account takes effect now, not at the session's end.
    deps.store.accounts.endSessionsOf(accountId);
    deps.store.events.append(hallId, now, actorOf(principal), 'account:updated', {
      accountId,
      ...input,
    });
  });
  // The sockets too: one opened as an admin must not keep the admin stream after a demotion.
  deps.hub.cutAccount(accountId);
  publishAccounts(deps, hallId, [accountId]);
  return accountOrThrow(deps, hallId, accountId);
}

/** A temporary password, every session ended, and a forced change at the next sign-in. */
export async function resetPassword(
  deps: Deps,
  principal: Principal,
  accountId: number,
): Promise<TemporaryPassword> {
  const hallId = hallOf(principal);
  const account = accountOrThrow(deps, hallId, accountId);
  if (account.disabled) {
    throw new CommandError(409, 'account_disabled', 'Enable the account before resetting it.');
  }
  const password = temporaryPassword();
  const hash = await hashPassword(password);
  const now = deps.clock.now().toISOString();
  deps.store.tx(() => {
    deps.store.accounts.setPassword(hallId, accountId, hash, true);
    deps.store.accounts.endSessionsOf(accountId);
    deps.store.events.append(hallId, now, actorOf(principal), 'account:password-reset', {
      accountId,
    });
  });
  deps.hub.cutAccount(accountId);
  publishAccounts(deps, hallId, [accountId]);
  return { account: accountOrThrow(deps, hallId, accountId), temporaryPassword: password };
}

/**
 * Sets a new password after proving the current (or temporary) one, then signs in. This is the only
 * way past a forced change: until then the account has no session that opens anything.
 */
export async function changePassword(
  deps: Deps,
  input: { username: string; password: string; newPassword: string },
  guard: SignInGuard,
  caller: Caller,
): Promise<{ account: Account; sessionId: string }> {
  // The same throttles and the same cost for an unknown name as sign-in.
  const found = await guard.verify(input, caller);
  const hash = await hashPassword(input.newPassword);
  const sessionId = newToken();
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600 * 1000);
  deps.store.tx(() => {
    deps.store.accounts.setPassword(found.hallId, found.id, hash, false);
    // Other sessions may have been opened with the old password: they end here.
    deps.store.accounts.endSessionsOf(found.id);
    deps.store.accounts.addSession(
      sha256(sessionId),
      found.hallId,
      found.id,
      now.toISOString(),
      expiresAt.toISOString(),
    );
    deps.store.events.append(
      found.hallId,
      now.toISOString(),
      `account:${found.id}`,
      'account:password-changed',
      {},
    );
  });
  // Sockets of the ended sessions; the new session's sockets connect after this answer.
  deps.hub.cutAccount(found.id);
  publishAccounts(deps, found.hallId, [found.id]);
  const account = deps.store.accounts.get(found.id);
  if (!account) throw notFound('Account');
  return { account, sessionId };
}
