/**
 * Desks and seat plans: where a new or moved person sits, moving a desk (a swap onto a taken one),
 * and an office's empty desks and walkways, each pushed to the door display at once.
 */
import { CommandError, notFound } from '../../shared/errors';
import type { Principal } from '../../shared/events';
import {
  SEAT_MAX_COL,
  SEAT_MAX_ROW,
  type SeatPlan,
  type SeatPosition,
  type StaffAdminRow,
} from '../../shared/schemas/staff';
import type { Deps } from '../context';
import { actorOf, hallOf } from '../http/env';
import { rooms } from '../realtime/rooms';
import { departmentOrThrow, publishStaffChange } from './staff-changes';

/** Whether a place of the grid is a walkway of the plan (the head's row has no walkway columns). */
export const onAisle = (plan: SeatPlan, seat: SeatPosition): boolean =>
  plan.aisleRows.includes(seat.row) || (seat.row > 0 && plan.aisleCols.includes(seat.col));

/**
 * The first free desk from `firstRow`: a desk the plan marks empty first (someone new takes an
 * empty desk, as in the room), else the first place of the grid that is neither taken nor a
 * walkway, `perRow` to a row.
 */
export function nextFreeSeat(
  taken: ReadonlySet<string>,
  plan: SeatPlan,
  firstRow: number,
  perRow = SEAT_MAX_COL,
): SeatPosition {
  const free = (seat: SeatPosition) =>
    !taken.has(`${seat.row}:${seat.col}`) && !onAisle(plan, seat);
  const empty = plan.emptyDesks.find((d) => (firstRow === 0 ? d.row === 0 : d.row >= 1) && free(d));
  if (empty) return { row: empty.row, col: empty.col };
  for (let row = firstRow; ; row++) {
    let used = 0;
    for (let col = 1; col <= SEAT_MAX_COL && used < perRow; col++) {
      if (onAisle(plan, { row, col })) continue;
      used++;
      if (free({ row, col })) return { row, col };
    }
  }
}

/** The first free seat of a department: the head row for a leader, else the foot of the office. */
export function freeSeat(
  deps: Deps,
  hallId: number,
  departmentId: number,
  leader: boolean,
): SeatPosition {
  const staff = deps.store.staff.ofDepartment(hallId, departmentId);
  const taken = new Set(staff.map((s) => `${s.seat.row}:${s.seat.col}`));
  const plan = deps.store.seatPlans.get(hallId, departmentId);
  return nextFreeSeat(taken, plan, leader ? 0 : Math.max(1, ...staff.map((s) => s.seat.row)));
}

const aisleError = (seat: SeatPosition) =>
  new CommandError(
    409,
    'seat_on_aisle',
    `Row ${seat.row}, column ${seat.col} is a walkway in the seat plan. Remove the walkway first or pick another desk.`,
    [{ path: 'seat', message: 'aisle' }],
  );

/** Whether `self` (null for someone new) may sit at `seat`: not a walkway, not another's desk. */
export function seatUsable(
  deps: Deps,
  hallId: number,
  departmentId: number,
  seat: SeatPosition,
  self: number | null,
): boolean {
  const holder = deps.store.staff.seatHolder(hallId, departmentId, seat);
  return (
    (holder === undefined || holder === self) &&
    !onAisle(deps.store.seatPlans.get(hallId, departmentId), seat)
  );
}

/**
 * Sits a person down at `seat`, inside the caller's transaction: refused on a walkway or on
 * someone else's desk; a desk the plan marked empty is filled (the plan no longer marks it).
 * Returns whether the plan changed, for the caller to push it after the transaction.
 */
export function takeSeat(
  deps: Deps,
  hallId: number,
  departmentId: number,
  seat: SeatPosition,
  self: number | null,
): boolean {
  const plan = deps.store.seatPlans.get(hallId, departmentId);
  if (onAisle(plan, seat)) throw aisleError(seat);
  const holder = deps.store.staff.seatHolder(hallId, departmentId, seat);
  if (holder !== undefined && holder !== self) {
    throw new CommandError(
      409,
      'seat_taken',
      `Row ${seat.row}, column ${seat.col} is someone else’s desk. Move that person first or pick another seat.`,
      [{ path: 'seat', message: 'taken' }],
    );
  }
  const empty = plan.emptyDesks.some((d) => d.row === seat.row && d.col === seat.col);
  if (empty) deps.store.seatPlans.occupy(hallId, departmentId, seat);
  return empty;
}

/** Moves a desk; onto a taken seat, the two people swap desks. */
export function moveSeat(
  deps: Deps,
  principal: Principal,
  staffId: number,
  seat: SeatPosition,
): StaffAdminRow[] {
  const hallId = hallOf(principal);
  const member = deps.store.staff.adminRow(hallId, staffId);
  if (!member || member.retiredAt) throw notFound('Staff member');
  const plan = deps.store.seatPlans.get(hallId, member.departmentId);
  if (onAisle(plan, seat)) throw aisleError(seat);
  const takesEmpty = plan.emptyDesks.some((d) => d.row === seat.row && d.col === seat.col);
  const now = deps.clock.now().toISOString();
  const changed = deps.store.tx(() => {
    // Sitting down at an empty desk fills it: the plan no longer marks it empty.
    if (takesEmpty) deps.store.seatPlans.occupy(hallId, member.departmentId, seat);
    const holder = deps.store.staff.seatHolder(hallId, member.departmentId, seat);
    const ids = [staffId];
    if (holder !== undefined && holder !== staffId) {
      deps.store.staff.setSeat(hallId, holder, member.seat);
      ids.push(holder);
    }
    deps.store.staff.setSeat(hallId, staffId, seat);
    deps.store.events.append(hallId, now, actorOf(principal), 'staff:seated', {
      staffId,
      seat,
      swappedWith: holder !== staffId ? (holder ?? null) : null,
    });
    return ids;
  });
  publishStaffChange(
    deps,
    hallId,
    changed.map((id) => ({ id })),
  );
  if (takesEmpty) pushSeatPlan(deps, hallId, member.departmentId);
  return changed.flatMap((id) => deps.store.staff.adminRow(hallId, id) ?? []);
}

/** The door display and the kiosks' directory redraw the office's plan at once. */
export function pushSeatPlan(deps: Deps, hallId: number, departmentId: number): SeatPlan {
  const plan = deps.store.seatPlans.get(hallId, departmentId);
  deps.hub.publish<'seats'>(rooms.department(hallId, departmentId), [
    { op: 'set', key: 'plan', value: plan },
  ]);
  deps.hub.publish<'kiosk'>(rooms.kiosks(hallId), [
    { op: 'upsert', key: 'seatPlans', items: [{ id: departmentId, plan }] },
  ]);
  return plan;
}

const planError = (code: string, message: string, path: string) =>
  new CommandError(code === 'seat_plan_outside' ? 400 : 409, code, message, [
    { path, message: code },
  ]);

/**
 * Replaces an office's empty desks and walkways. Every mark must lie on the seat grid and on no
 * one's desk (a walkway through a person, or an empty desk where someone sits, would hide them
 * from the door display); the head's row has no walkway columns, its desks stand apart anyway.
 */
export function setSeatPlan(
  deps: Deps,
  principal: Principal,
  departmentId: number,
  input: SeatPlan,
): SeatPlan {
  const hallId = hallOf(principal);
  departmentOrThrow(deps, hallId, departmentId);
  const plan: SeatPlan = {
    emptyDesks: [...new Map(input.emptyDesks.map((d) => [`${d.row}:${d.col}`, d])).values()].sort(
      (a, b) => a.row - b.row || a.col - b.col,
    ),
    aisleCols: [...new Set(input.aisleCols)].sort((a, b) => a - b),
    aisleRows: [...new Set(input.aisleRows)].sort((a, b) => a - b),
  };
  // Every mark on the grid: the first one off it is refused, named by its place in the plan.
  const outside = [
    ...plan.emptyDesks.map((d, i) => ({
      off: d.row < 0 || d.row > SEAT_MAX_ROW || d.col < 1 || d.col > SEAT_MAX_COL,
      what: `An empty desk at row ${d.row}, column ${d.col} is outside the seat grid (rows 0–${SEAT_MAX_ROW}, columns 1–${SEAT_MAX_COL}).`,
      path: `emptyDesks.${i}`,
    })),
    ...plan.aisleCols.map((col, i) => ({
      off: col < 1 || col > SEAT_MAX_COL,
      what: `A walkway at column ${col} is outside the seat grid (columns 1–${SEAT_MAX_COL}).`,
      path: `aisleCols.${i}`,
    })),
    ...plan.aisleRows.map((row, i) => ({
      off: row < 1 || row > SEAT_MAX_ROW,
      what: `A walkway at row ${row} is outside the team rows (rows 1–${SEAT_MAX_ROW}).`,
      path: `aisleRows.${i}`,
    })),
  ].find((mark) => mark.off);
  if (outside) throw planError('seat_plan_outside', outside.what, outside.path);
  const staff = deps.store.staff.ofDepartment(hallId, departmentId);
  const inAisle = (row: number, col: number) => onAisle(plan, { row, col });
  plan.emptyDesks.forEach((d, i) => {
    const holder = staff.find((m) => m.seat.row === d.row && m.seat.col === d.col);
    if (holder)
      throw planError(
        'seat_plan_taken',
        `Row ${d.row}, column ${d.col} is ${holder.name}’s desk, not an empty one.`,
        `emptyDesks.${i}`,
      );
    if (inAisle(d.row, d.col))
      throw planError(
        'seat_plan_taken',
        `Row ${d.row}, column ${d.col} is on a walkway; a desk cannot stand there.`,
        `emptyDesks.${i}`,
      );
  });
  const crossed = staff.find((m) => inAisle(m.seat.row, m.seat.col));
  if (crossed) {
    const col = plan.aisleCols.indexOf(crossed.seat.col);
    throw planError(
      'seat_plan_taken',
      `A walkway would run through ${crossed.name}’s desk (row ${crossed.seat.row}, column ${crossed.seat.col}). Move that person first.`,
      plan.aisleRows.includes(crossed.seat.row)
        ? `aisleRows.${plan.aisleRows.indexOf(crossed.seat.row)}`
        : `aisleCols.${col}`,
    );
  }
  const now = deps.clock.now().toISOString();
  deps.store.tx(() => {
    deps.store.seatPlans.set(hallId, departmentId, plan);
    deps.store.events.append(hallId, now, actorOf(principal), 'seats:planned', {
      departmentId,
      ...plan,
    });
  });
  return pushSeatPlan(deps, hallId, departmentId);
}
