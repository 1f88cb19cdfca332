/**
 * What every staff command shares: the screens a change reaches (the office's seat chart, the
 * kiosks' finder, the admin consoles) and the department check of every form that names one.
 */
import { CommandError } from '../../shared/errors';
import type { StaffMember } from '../../shared/schemas/hall';
import type { Deps } from '../context';
import { rooms } from '../realtime/rooms';
import { pushStaff } from './presence';

/** Sends changed rows to the admin consoles (retired staff included: they stay in the list). */
export function pushStaffAdmin(deps: Deps, hallId: number, ids: number[]): void {
  const items = ids.flatMap((id) => deps.store.staff.adminRow(hallId, id) ?? []);
  if (items.length > 0)
    deps.hub.publish<'admin'>(rooms.admin(hallId), [{ op: 'upsert', key: 'staff', items }]);
}

/**
 * After a change, every screen that shows staff: the seat chart of the department (and the one a
 * person left), the kiosks' finder, the admin consoles. Retired staff are removed from the first two.
 */
export function publishStaffChange(
  deps: Deps,
  hallId: number,
  changes: { id: number; fromDepartmentId?: number }[],
): void {
  const active: StaffMember[] = [];
  const gone = new Map<number, number[]>();
  const leave = (departmentId: number, id: number) =>
    gone.set(departmentId, [...(gone.get(departmentId) ?? []), id]);
  for (const { id, fromDepartmentId } of changes) {
    const member = deps.store.staff.get(hallId, id);
    if (!member) continue;
    if (fromDepartmentId !== undefined && fromDepartmentId !== member.departmentId) {
      leave(fromDepartmentId, id);
    }
    if (deps.store.staff.isRetired(hallId, id)) leave(member.departmentId, id);
    else active.push(member);
  }
  for (const [departmentId, ids] of gone) {
    deps.hub.publish<'seats'>(rooms.department(hallId, departmentId), [
      { op: 'remove', key: 'staff', ids },
    ]);
  }
  const retiredIds = changes
    .map((c) => c.id)
    .filter((id) => deps.store.staff.isRetired(hallId, id));
  if (retiredIds.length > 0) {
    deps.hub.publish<'kiosk'>(rooms.kiosks(hallId), [
      { op: 'remove', key: 'staff', ids: retiredIds },
    ]);
  }
  pushStaff(deps, hallId, active);
  pushStaffAdmin(
    deps,
    hallId,
    changes.map((c) => c.id),
  );
}

/** Sends changed accounts to the admin consoles. */
export function publishAccounts(deps: Deps, hallId: number, ids: number[]): void {
  const items = ids.flatMap((id) => deps.store.accounts.adminRow(hallId, id) ?? []);
  if (items.length > 0) {
    deps.hub.publish<'admin'>(rooms.admin(hallId), [{ op: 'upsert', key: 'accounts', items }]);
  }
}

export function departmentOrThrow(deps: Deps, hallId: number, departmentId: number) {
  const department = deps.store.places.department(hallId, departmentId);
  if (!department) {
    throw new CommandError(400, 'unknown_department', `There is no department ${departmentId}.`, [
      { path: 'departmentId', message: 'unknown department' },
    ]);
  }
  return department;
}
