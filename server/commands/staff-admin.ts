/**
 * Administering staff: add and edit people, retire them (accounts disabled, stand-ins cleared)
 * and bring them back. Desks are in seats.ts, photos in staff-photos.ts, the CSV import in
 * staff-import.ts.
 */
import { CommandError, notFound } from '../../shared/errors';
import type { Principal } from '../../shared/events';
import type { SeatPosition, StaffAdminRow, StaffBody } from '../../shared/schemas/staff';
import type { z } from 'zod';
import type { Deps } from '../context';
import { actorOf, hallOf } from '../http/env';
import type { StaffFields } from '../store/staff';
import { freeSeat, pushSeatPlan, seatUsable, takeSeat } from './seats';
import { departmentOrThrow, publishAccounts, publishStaffChange } from './staff-changes';

type StaffInput = z.output<typeof StaffBody>;

const fieldsOf = (input: StaffInput, seat: SeatPosition): StaffFields => ({
  departmentId: input.departmentId,
  name: input.name,
  nameEn: input.nameEn,
  team: input.team,
  position: input.position,
  duties: input.duties,
  extension: input.extension,
  leader: input.leader,
  seat,
});

export function addStaff(deps: Deps, principal: Principal, input: StaffInput): StaffAdminRow {
  const hallId = hallOf(principal);
  departmentOrThrow(deps, hallId, input.departmentId);
  const now = deps.clock.now().toISOString();
  let planChanged = false;
  const id = deps.store.tx(() => {
    const seat = input.seat ?? freeSeat(deps, hallId, input.departmentId, input.leader);
    planChanged = takeSeat(deps, hallId, input.departmentId, seat, null);
    const f = fieldsOf(input, seat);
    const newId = deps.store.staff.add(hallId, {
      ...f,
      grade: '',
      photoFile: null,
      photoConsentAt: null,
      presence: 'in',
      presenceNote: '',
      returnAt: null,
      proxyId: null,
    });
    deps.store.events.append(hallId, now, actorOf(principal), 'staff:added', {
      staffId: newId,
      ...f,
    });
    return newId;
  });
  publishStaffChange(deps, hallId, [{ id }]);
  if (planChanged) pushSeatPlan(deps, hallId, input.departmentId);
  const row = deps.store.staff.adminRow(hallId, id);
  if (!row) throw notFound('Staff member');
  return row;
}

export function updateStaff(
  deps: Deps,
  principal: Principal,
  staffId: number,
  input: StaffInput,
): StaffAdminRow {
  const hallId = hallOf(principal);
  const before = deps.store.staff.adminRow(hallId, staffId);
  if (!before) throw notFound('Staff member');
  if (before.retiredAt) {
    throw new CommandError(409, 'staff_retired', 'This person has retired. Reinstate them first.');
  }
  departmentOrThrow(deps, hallId, input.departmentId);
  const now = deps.clock.now().toISOString();
  let planChanged = false;
  deps.store.tx(() => {
    // A person moving to another office, or becoming a team leader (who sits at the head), takes
    // a free desk there unless a seat is given.
    const moved = before.departmentId !== input.departmentId || (input.leader && !before.leader);
    const seat =
      input.seat ??
      (moved ? freeSeat(deps, hallId, input.departmentId, input.leader) : before.seat);
    planChanged = takeSeat(deps, hallId, input.departmentId, seat, staffId);
    const f = fieldsOf(input, seat);
    deps.store.staff.update(hallId, staffId, f);
    deps.store.events.append(hallId, now, actorOf(principal), 'staff:updated', { staffId, ...f });
  });
  publishStaffChange(deps, hallId, [{ id: staffId, fromDepartmentId: before.departmentId }]);
  if (planChanged) pushSeatPlan(deps, hallId, input.departmentId);
  const row = deps.store.staff.adminRow(hallId, staffId);
  if (!row) throw notFound('Staff member');
  return row;
}

/**
 * Retires a person: gone from seat charts and the kiosk finder, kept with their history (callbacks,
 * events). Their sign-in accounts are disabled and they stop standing in for anyone.
 */
export function retireStaff(deps: Deps, principal: Principal, staffId: number): StaffAdminRow {
  const hallId = hallOf(principal);
  const member = deps.store.staff.adminRow(hallId, staffId);
  if (!member) throw notFound('Staff member');
  if (member.retiredAt) return member;
  const now = deps.clock.now().toISOString();
  const accounts = deps.store.accounts.ofStaff(hallId, staffId);
  if (principal.account && accounts.some((a) => a.id === principal.account?.id)) {
    throw new CommandError(
      409,
      'retire_self',
      'You cannot retire the person you are signed in as.',
    );
  }
  const orphans = deps.store.staff.standInsFor(hallId, staffId);
  deps.store.tx(() => {
    deps.store.staff.setRetired(hallId, staffId, now);
    for (const o of orphans) deps.store.staff.setProxy(hallId, o.id, null);
    for (const a of accounts) {
      deps.store.accounts.setDisabled(hallId, a.id, now);
      deps.store.accounts.endSessionsOf(a.id);
    }
    deps.store.events.append(hallId, now, actorOf(principal), 'staff:retired', {
      staffId,
      disabledAccounts: accounts.map((a) => a.id),
      clearedStandIns: orphans.map((o) => o.id),
    });
  });
  // A retired person's open screens close now, not when they next ask for something.
  for (const a of accounts) deps.hub.cutAccount(a.id);
  publishStaffChange(deps, hallId, [{ id: staffId }, ...orphans.map((o) => ({ id: o.id }))]);
  publishAccounts(
    deps,
    hallId,
    accounts.map((a) => a.id),
  );
  const row = deps.store.staff.adminRow(hallId, staffId);
  if (!row) throw notFound('Staff member');
  return row;
}

/** Brings a retired person back, at a free desk (their old one may have been given away). */
export function reinstateStaff(deps: Deps, principal: Principal, staffId: number): StaffAdminRow {
  const hallId = hallOf(principal);
  const member = deps.store.staff.adminRow(hallId, staffId);
  if (!member) throw notFound('Staff member');
  if (!member.retiredAt) return member;
  const now = deps.clock.now().toISOString();
  let planChanged = false;
  deps.store.tx(() => {
    // Their old desk if it is still a desk and nobody else's.
    const seat = seatUsable(deps, hallId, member.departmentId, member.seat, staffId)
      ? member.seat
      : freeSeat(deps, hallId, member.departmentId, member.leader);
    planChanged = takeSeat(deps, hallId, member.departmentId, seat, staffId);
    deps.store.staff.setSeat(hallId, staffId, seat);
    deps.store.staff.setRetired(hallId, staffId, null);
    deps.store.events.append(hallId, now, actorOf(principal), 'staff:reinstated', {
      staffId,
      seat,
    });
  });
  publishStaffChange(deps, hallId, [{ id: staffId }]);
  if (planChanged) pushSeatPlan(deps, hallId, member.departmentId);
  const row = deps.store.staff.adminRow(hallId, staffId);
  if (!row) throw notFound('Staff member');
  return row;
}
