/** Settles who is calling, from a device token and a session cookie, once per request or socket. */
import type { Principal } from '../../shared/events';
import type { Store } from '../store';
import { sha256 } from './secrets';

export const SESSION_COOKIE = 'annae_session';

export type Credentials = { deviceToken?: string | undefined; sessionId?: string | undefined };

/** `deviceRejected` is set when a token was presented but is unknown or revoked. */
export function resolvePrincipal(
  store: Store,
  credentials: Credentials,
  now: Date,
): { principal: Principal; deviceRejected: boolean } {
  const principal: Principal = { hallId: null, device: null, account: null };
  let deviceRejected = false;
  if (credentials.deviceToken) {
    const device = store.devices.byTokenHash(sha256(credentials.deviceToken));
    if (device) {
      principal.device = { id: device.id, kind: device.kind };
      principal.hallId = device.hallId;
    } else {
      deviceRejected = true;
    }
  }
  if (credentials.sessionId) {
    const session = store.accounts.session(sha256(credentials.sessionId), now.toISOString());
    const account = session && store.accounts.get(session.account_id);
    // A device of one hall and a sign-in of another do not mix: the sign-in wins.
    if (account) {
      principal.account = { id: account.id, role: account.role, sessionId: credentials.sessionId };
      if (principal.hallId !== null && principal.hallId !== account.hallId) principal.device = null;
      principal.hallId = account.hallId;
    }
  }
  return { principal, deviceRejected };
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}
