/**
 * Every password check of a caller who is not signed in (sign-in, forced password change) goes
 * through here: per-name and per-address throttles with growing waits, a known browser's own
 * throttle instead, and a small gate on concurrent scrypt work.
 */
import type { Account } from '../../shared/schemas/accounts';
import { CommandError, TooManyRequests } from '../../shared/errors';
import type { Deps } from '../context';
import { createKnownDevices, knownDeviceCookieName, KNOWN_DEVICE_DAYS } from './known-device';
import { readCookie } from './principal';
import { createBackoff, createGate } from './rate-limit';
import { verifyPassword } from './secrets';

// Verified against when the name is unknown, so a wrong name costs as long as a wrong password.
const DUMMY_HASH =
  'scrypt$131072$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

/** Five free tries per name, then 30 s, 1 min, 2 min … up to 15 min between tries. */
export const NAME_BACKOFF = { free: 5, baseMs: 30_000, maxMs: 15 * 60_000, forgetMs: 86_400_000 };
/** Twenty wrong passwords from one address, whatever the names: spraying one password is slowed. */
export const ADDRESS_BACKOFF = {
  free: 20,
  baseMs: 60_000,
  maxMs: 15 * 60_000,
  forgetMs: 86_400_000,
};

export type Caller = { address: string; cookies: string | undefined };
type Found = Account & { passwordHash: string };

export function createSignInGuard(deps: Deps) {
  const now = () => deps.clock.now().getTime();
  const names = createBackoff(NAME_BACKOFF, { now, maxKeys: 50_000 });
  const addresses = createBackoff(ADDRESS_BACKOFF, { now, maxKeys: 50_000 });
  const known = createKnownDevices(deps.config.dataDir, now);
  // Two checks at a time (~0.3 s and 128 MiB each), four waiting: ~6 a second at most. Known
  // browsers have their own lane, so a flood of strangers does not keep the staff out.
  const strangers = createGate(2, 4);
  const knownBrowsers = createGate(1, 4);

  const tooMany = (ms: number) =>
    new TooManyRequests(
      'too_many_attempts',
      `Too many wrong attempts. Wait ${Math.ceil(ms / 1000)} seconds and try again.`,
      Math.ceil(ms / 1000),
    );

  return {
    /** The account whose password this is, or a 401 / 429; only a right password returns. */
    async verify(input: { username: string; password: string }, caller: Caller): Promise<Found> {
      const found = deps.store.accounts.forSignIn(input.username);
      const browser = found
        ? known.check(readCookie(caller.cookies, knownDeviceCookieName(found.id)), found.id)
        : null;
      const nameKey = browser ? `browser:${browser}` : `name:${input.username.toLowerCase()}`;
      const addressKey = `address:${caller.address}`;
      const wait = Math.max(names.waitMs(nameKey), browser ? 0 : addresses.waitMs(addressKey));
      if (wait > 0) throw tooMany(wait);
      const checked = await (browser ? knownBrowsers : strangers).run(() =>
        verifyPassword(input.password, found?.passwordHash ?? DUMMY_HASH),
      );
      if (checked.busy) {
        throw new TooManyRequests(
          'auth_busy',
          'The server is checking many sign-ins. Try again in a moment.',
          1,
        );
      }
      if (!found || !checked.value) {
        names.fail(nameKey);
        if (!browser) addresses.fail(addressKey);
        throw new CommandError(401, 'wrong_credentials', 'The name or the password is wrong.');
      }
      // The address count is kept: signing in to one's own account must not reset a spray.
      names.reset(nameKey);
      return found;
    },
    /** The cookie that makes this browser known to `accountId` from now on. */
    knownDeviceCookie(accountId: number) {
      return {
        name: knownDeviceCookieName(accountId),
        value: known.issue(accountId),
        maxAge: KNOWN_DEVICE_DAYS * 86_400,
      };
    },
  };
}
export type SignInGuard = ReturnType<typeof createSignInGuard>;
