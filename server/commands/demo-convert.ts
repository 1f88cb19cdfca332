/**
 * Turning the demo hall into a real one (from the admin console or `npm run setup --
 * --convert-demo`): the demo flag and its kept tokens go, every session ends, every device must
 * pair again, and the demo's well-known passwords stop working.
 */
import { CommandError, notFound } from '../../shared/errors';
import type { Principal } from '../../shared/events';
import { hashPassword } from '../auth/secrets';
import type { Deps } from '../context';
import { actorOf, hallOf } from '../http/env';
import type { Store } from '../store';

// Not a scrypt hash, so no password ever verifies against it: the account opens again only after
// an administrator resets its password (a temporary one, changed at the next sign-in).
const LOCKED_HASH = 'locked-demo-account';

export type DemoConversion = { revokedDevices: number[]; lockedAccounts: number[] };

/** The whole conversion in one transaction, on the store alone (setup runs without a server). */
export function convertDemoInStore(
  store: Store,
  hallId: number,
  keep: { accountId: number; passwordHash: string },
  actor: string,
  now: string,
): DemoConversion {
  return store.tx(() => {
    const hall = store.halls.get(hallId);
    if (!hall) throw notFound('Hall');
    if (!hall.demo) throw new CommandError(409, 'not_demo', 'This hall is not a demo hall.');
    const revokedDevices = store.devices
      .list(hallId)
      .filter((d) => d.revokedAt === null)
      .map((d) => d.id);
    for (const id of revokedDevices) store.devices.revoke(hallId, id, now);
    const lockedAccounts = store.accounts
      .adminList(hallId)
      .filter((a) => a.id !== keep.accountId)
      .map((a) => a.id);
    for (const id of lockedAccounts) store.accounts.setPassword(hallId, id, LOCKED_HASH, true);
    store.accounts.setPassword(hallId, keep.accountId, keep.passwordHash, false);
    store.accounts.endSessionsOfHall(hallId);
    store.halls.clearDemo(hallId);
    store.events.append(hallId, now, actor, 'hall:demo-converted', {
      keptAccountId: keep.accountId,
      revokedDevices: revokedDevices.length,
      lockedAccounts: lockedAccounts.length,
    });
    return { revokedDevices, lockedAccounts };
  });
}

/** From the console: the signed-in administrator keeps their account, with a new password. */
export async function convertDemoHall(
  deps: Deps,
  principal: Principal,
  newPassword: string,
): Promise<DemoConversion> {
  const hallId = hallOf(principal);
  const accountId = principal.account?.id;
  if (accountId === undefined) throw notFound('Account');
  const passwordHash = await hashPassword(newPassword);
  const done = convertDemoInStore(
    deps.store,
    hallId,
    { accountId, passwordHash },
    actorOf(principal),
    deps.clock.now().toISOString(),
  );
  for (const id of done.revokedDevices) deps.hub.cutDevice(id);
  deps.hub.cutHallSessions(hallId);
  return done;
}
