/**
 * Scheduled presence: an officer schedules their own (an admin anyone's) — 교육 14:00–16:00,
 * 휴가 the whole day — and the lunch rotation (C13). `tickPresence` applies what the hall clock
 * says now and puts back the presence from before when a period ends.
 */
import { CommandError, forbidden, notFound } from '../../shared/errors';
import type { Principal } from '../../shared/events';
import type { PresenceScheduleInput, StaffMember } from '../../shared/schemas/hall';
import type { Deps } from '../context';
import { formatClock, hallDay, hallMinutes } from '../../shared/hall-time';
import { awayPeriods, periodAt } from '../domain/presence-schedule';
import { actorOf, hallOf } from '../http/env';
import type { ScheduleRecord } from '../store/presence-schedule';
import { isPresent, pushStaff, staffOfPrincipal } from './presence';

function mayManage(deps: Deps, principal: Principal, staffId: number): boolean {
  return principal.account?.role === 'admin' || staffOfPrincipal(deps, principal)?.id === staffId;
}

export function listSchedules(deps: Deps, principal: Principal): ScheduleRecord[] {
  const hallId = hallOf(principal);
  const all = deps.store.presenceSchedules.upcoming(hallId, deps.clock.now().toISOString());
  if (principal.account?.role === 'admin') return all;
  const self = staffOfPrincipal(deps, principal);
  return self ? all.filter((s) => s.staffId === self.id) : [];
}

export function schedulePresence(
  deps: Deps,
  principal: Principal,
  input: PresenceScheduleInput,
): ScheduleRecord {
  const hallId = hallOf(principal);
  const member = deps.store.staff.get(hallId, input.staffId);
  if (!member) throw notFound('Staff member');
  if (!mayManage(deps, principal, input.staffId)) {
    throw forbidden(
      'Officers schedule only their own presence; an administrator can schedule anyone’s.',
    );
  }
  const now = deps.clock.now();
  if (Date.parse(input.endsAt) <= now.getTime()) {
    throw new CommandError(
      400,
      'invalid_request',
      'Invalid endsAt: the period has already ended.',
      [{ path: 'endsAt', message: 'the period has already ended' }],
    );
  }
  const startsAt = new Date(input.startsAt).toISOString();
  const endsAt = new Date(input.endsAt).toISOString();
  const id = deps.store.tx(() => {
    const scheduleId = deps.store.presenceSchedules.add(
      hallId,
      {
        staffId: input.staffId,
        presence: input.presence,
        note: input.note,
        startsAt,
        endsAt,
        createdBy: actorOf(principal),
      },
      now.toISOString(),
    );
    deps.store.events.append(hallId, now.toISOString(), actorOf(principal), 'presence:scheduled', {
      scheduleId,
      staffId: input.staffId,
      presence: input.presence,
      startsAt,
      endsAt,
    });
    return scheduleId;
  });
  // A period that has begun takes effect at once.
  tickHallPresence(deps, hallId);
  const record = deps.store.presenceSchedules.get(hallId, id);
  if (!record) throw notFound('Schedule');
  return record;
}

export function cancelSchedule(deps: Deps, principal: Principal, id: number): void {
  const hallId = hallOf(principal);
  const schedule = deps.store.presenceSchedules.get(hallId, id);
  if (!schedule) throw notFound('Schedule');
  if (!mayManage(deps, principal, schedule.staffId)) throw forbidden();
  const now = deps.clock.now().toISOString();
  deps.store.tx(() => {
    deps.store.presenceSchedules.cancel(hallId, id, now);
    deps.store.events.append(hallId, now, actorOf(principal), 'presence:schedule-cancelled', {
      scheduleId: id,
      staffId: schedule.staffId,
    });
  });
  tickHallPresence(deps, hallId);
}

/** Applies and reverts one hall's scheduled presence and lunch rotation; returns the changes. */
export function tickHallPresence(deps: Deps, hallId: number): number {
  const hall = deps.store.halls.get(hallId);
  if (!hall) return 0;
  const now = deps.clock.now();
  const iso = now.toISOString();
  const staff = deps.store.staff.list(hallId);
  const periods = awayPeriods(
    hall,
    hallDay(now),
    staff,
    deps.store.presenceSchedules.upcoming(hallId, iso),
  );
  const applied = deps.store.presenceSchedules.applied(hallId);
  const changed: StaffMember[] = [];
  deps.store.tx(() => {
    for (const member of staff) {
      const period = periodAt(periods, member.id, now);
      const record = applied.get(member.id);
      const set = (presence: StaffMember['presence'], note: string, returnAt: string | null) => {
        deps.store.staff.setPresence(hallId, member.id, {
          presence,
          note,
          returnAt,
          proxyId: member.proxyId,
        });
        deps.store.events.append(hallId, iso, 'system', 'staff:presence', {
          staffId: member.id,
          presence,
          note,
          returnAt,
          scheduled: true,
        });
        changed.push(member);
      };
      if (period) {
        if (record?.period_key === period.key) continue;
        // Lunch sends only those at their desks; someone on leave stays on leave.
        if (!record && period.presence === 'lunch' && !isPresent(member)) continue;
        if (record && member.presence !== record.set_presence) {
          // The officer changed it by hand: that stands, and nothing is put back later.
          deps.store.presenceSchedules.dropApplied(hallId, member.id);
          if (period.presence === 'lunch') continue;
        }
        const keep = record && member.presence === record.set_presence;
        deps.store.presenceSchedules.putApplied({
          staff_id: member.id,
          hall_id: hallId,
          period_key: period.key,
          set_presence: period.presence,
          prev_presence: keep ? record.prev_presence : member.presence,
          prev_note: keep ? record.prev_note : member.presenceNote,
          prev_return_at: keep ? record.prev_return_at : member.returnAt,
        });
        // The seat card shows the return as a time of day: only when it is today.
        const back =
          hallDay(period.to) === hallDay(now) ? formatClock(hallMinutes(period.to)) : null;
        set(period.presence, period.note, back);
      } else if (record) {
        deps.store.presenceSchedules.dropApplied(hallId, member.id);
        if (member.presence === record.set_presence) {
          set(record.prev_presence, record.prev_note, record.prev_return_at);
        }
      }
    }
  });
  if (changed.length > 0) {
    pushStaff(
      deps,
      hallId,
      changed.map((m) => deps.store.staff.get(hallId, m.id)).filter((m) => m !== undefined),
    );
  }
  return changed.length;
}

/** For every hall: the server calls it every few seconds; tests call it after moving their clock. */
export function tickPresence(deps: Deps): number {
  let changed = 0;
  for (const hall of deps.store.halls.list()) changed += tickHallPresence(deps, hall.id);
  return changed;
}
