/**
 * Scheduled presence and the lunch rotation (C13) as pure functions: who is away when on a hall
 * day. The presence ticker applies them to the seat charts, and the wait estimator reads the same
 * periods for the counters, so the display's "점심 (13:00 복귀)" and the estimate agree.
 */
import type { Counter, HallInfo, Presence, StaffMember } from '../../shared/schemas/hall';
import { atHallTime, clockMinutes, hallDay, hallMinutes } from '../../shared/hall-time';

export type AwayPeriod = {
  /** Stable per period: the ticker knows whether it already applied it. */
  key: string;
  staffId: number;
  presence: Presence;
  note: string;
  from: Date;
  to: Date;
};

export type ScheduledPresence = {
  id: number;
  staffId: number;
  presence: Presence;
  note: string;
  startsAt: string;
  endsAt: string;
};

type HallRules = Pick<HallInfo, 'lunchShifts' | 'holidays'>;
type Seated = Pick<StaffMember, 'id' | 'departmentId' | 'seat'>;

/** A day on the hall's calendar as a Date at its noon, for `atHallTime`. */
const noonOf = (day: string) => new Date(`${day}T03:00:00Z`);

/**
 * Which lunch shift each staff member takes: within a department, in seat order, the first goes
 * in the first shift, the second in the next, and so on round — half and half with two shifts.
 */
export function lunchShiftOf<T extends Seated>(staff: readonly T[]): Map<number, number> {
  const byDepartment = new Map<number, T[]>();
  for (const m of staff)
    byDepartment.set(m.departmentId, [...(byDepartment.get(m.departmentId) ?? []), m]);
  const shiftOf = new Map<number, number>();
  for (const members of byDepartment.values()) {
    [...members]
      .sort((a, b) => a.seat.row - b.seat.row || a.seat.col - b.seat.col || a.id - b.id)
      .forEach((m, i) => shiftOf.set(m.id, i));
  }
  return shiftOf;
}

/** The lunch periods of a hall day: none on a holiday or without a rotation. */
export function lunchPeriods(hall: HallRules, day: string, staff: readonly Seated[]): AwayPeriod[] {
  const shifts = hall.lunchShifts;
  if (shifts.length === 0 || hall.holidays.includes(day)) return [];
  const order = lunchShiftOf(staff);
  const noon = noonOf(day);
  return staff.map((m) => {
    const shift = shifts[(order.get(m.id) ?? 0) % shifts.length]!;
    return {
      key: `lunch:${day}:${shift.from}`,
      staffId: m.id,
      presence: 'lunch' as const,
      note: '',
      from: atHallTime(noon, shift.from),
      to: atHallTime(noon, shift.to),
    };
  });
}

/**
 * Every away period touching the hall day `day`: scheduled ones (교육, 휴가, …) and the lunch
 * rotation. Scheduled periods come first, so they win where both cover the same minute.
 */
export function awayPeriods(
  hall: HallRules,
  day: string,
  staff: readonly Seated[],
  schedules: readonly ScheduledPresence[],
): AwayPeriod[] {
  const dayStart = atHallTime(noonOf(day), '00:00').getTime();
  const dayEnd = dayStart + 24 * 3600 * 1000;
  const scheduled = schedules
    .filter((s) => Date.parse(s.startsAt) < dayEnd && Date.parse(s.endsAt) > dayStart)
    .map((s) => ({
      key: `schedule:${s.id}`,
      staffId: s.staffId,
      presence: s.presence,
      note: s.note,
      from: new Date(s.startsAt),
      to: new Date(s.endsAt),
    }));
  return [...scheduled, ...lunchPeriods(hall, day, staff)];
}

/** The period that holds a staff member at `now`, if any (a schedule before lunch). */
export function periodAt(
  periods: readonly AwayPeriod[],
  staffId: number,
  now: Date,
): AwayPeriod | null {
  const t = now.getTime();
  return (
    periods.find((p) => p.staffId === staffId && p.from.getTime() <= t && t < p.to.getTime()) ??
    null
  );
}

/**
 * The counters' lunch rotation: within a department, in number order, counters take the shifts in
 * turn, so one of two counters always stays open. Minutes since the hall's midnight.
 */
export function counterAwayPeriods(
  hall: HallRules,
  counters: readonly Pick<Counter, 'id' | 'number' | 'departmentId'>[],
  day: string,
): Map<number, { from: number; to: number }> {
  const away = new Map<number, { from: number; to: number }>();
  const shifts = hall.lunchShifts;
  if (shifts.length === 0 || hall.holidays.includes(day)) return away;
  const byDepartment = new Map<number, Pick<Counter, 'id' | 'number'>[]>();
  for (const c of counters)
    byDepartment.set(c.departmentId, [...(byDepartment.get(c.departmentId) ?? []), c]);
  for (const list of byDepartment.values()) {
    [...list]
      .sort((a, b) => a.number - b.number || a.id - b.id)
      .forEach((c, i) => {
        const shift = shifts[i % shifts.length]!;
        away.set(c.id, { from: clockMinutes(shift.from), to: clockMinutes(shift.to) });
      });
  }
  return away;
}

/**
 * For the wait estimator: the counters away for lunch at `now`, with the minute (since the hall's
 * midnight) each returns. Call it where the estimator's counter states are built.
 */
export function countersAtLunch(
  hall: HallRules,
  counters: readonly Pick<Counter, 'id' | 'number' | 'departmentId'>[],
  now: Date,
): Map<number, number> {
  const minutes = hallMinutes(now);
  const result = new Map<number, number>();
  for (const [id, p] of counterAwayPeriods(hall, counters, hallDay(now))) {
    if (minutes >= p.from && minutes < p.to) result.set(id, p.to);
  }
  return result;
}
