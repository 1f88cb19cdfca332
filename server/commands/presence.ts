/** Staff presence: an officer sets their own from the counter console; an admin sets anyone's. */
import { CommandError, forbidden, notFound } from '../../shared/errors';
import type { Principal } from '../../shared/events';
import type { StaffMember } from '../../shared/schemas/hall';
import type { SetPresenceBody } from '../../shared/schemas/staff';
import type { Deps } from '../context';
import { actorOf, hallOf } from '../http/env';
import { rooms } from '../realtime/rooms';

export const isPresent = (member: Pick<StaffMember, 'presence'>) =>
  member.presence === 'in' || member.presence === 'counter';

/** The staff member a signed-in account is, if the account is linked to one. */
export function staffOfPrincipal(deps: Deps, principal: Principal): StaffMember | undefined {
  if (!principal.account || principal.hallId === null) return undefined;
  const account = deps.store.accounts.get(principal.account.id);
  return account?.staffId ? deps.store.staff.get(principal.hallId, account.staffId) : undefined;
}

/** Sends changed staff to the seat chart of their department and to the kiosks' finder. */
export function pushStaff(deps: Deps, hallId: number, members: StaffMember[]): void {
  const byDepartment = new Map<number, StaffMember[]>();
  for (const m of members)
    byDepartment.set(m.departmentId, [...(byDepartment.get(m.departmentId) ?? []), m]);
  for (const [departmentId, items] of byDepartment) {
    deps.hub.publish<'seats'>(rooms.department(hallId, departmentId), [
      { op: 'upsert', key: 'staff', items },
    ]);
  }
  if (members.length > 0) {
    deps.hub.publish<'kiosk'>(rooms.kiosks(hallId), [
      { op: 'upsert', key: 'staff', items: members },
    ]);
  }
}

export function setPresence(
  deps: Deps,
  principal: Principal,
  staffId: number,
  input: SetPresenceBody,
): StaffMember {
  const hallId = hallOf(principal);
  const member = deps.store.staff.get(hallId, staffId);
  if (!member) throw notFound('Staff member');
  if (principal.account?.role !== 'admin' && staffOfPrincipal(deps, principal)?.id !== staffId) {
    throw forbidden('Officers set only their own presence; an administrator can set anyone’s.');
  }
  const present = isPresent({ presence: input.presence });
  const proxyId = present ? member.proxyId : (input.proxyId ?? member.proxyId);
  if (proxyId !== null) {
    if (proxyId === staffId) {
      throw new CommandError(400, 'invalid_proxy', 'An officer cannot stand in for themself.');
    }
    if (!deps.store.staff.get(hallId, proxyId)) throw notFound('Stand-in');
  }
  const now = deps.clock.now().toISOString();
  const change = {
    presence: input.presence,
    note: present ? '' : (input.note ?? ''),
    returnAt: present ? null : (input.returnAt ?? null),
    proxyId,
  };
  deps.store.tx(() => {
    deps.store.staff.setPresence(hallId, staffId, change);
    deps.store.events.append(hallId, now, actorOf(principal), 'staff:presence', {
      staffId,
      ...change,
    });
  });
  const updated = deps.store.staff.get(hallId, staffId);
  if (!updated) throw notFound('Staff member');
  pushStaff(deps, hallId, [updated]);
  return updated;
}
