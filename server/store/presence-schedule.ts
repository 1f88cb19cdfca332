/** Scheduled presence and what the scheduler set, to put back when a period ends. */
import type { Presence } from '../../shared/schemas/hall';
import type { ScheduledPresence } from '../domain/presence-schedule';
import type { Db } from './db';

type ScheduleRow = {
  id: number;
  staff_id: number;
  presence: Presence;
  note: string;
  starts_at: string;
  ends_at: string;
  created_by: string;
};

export type AppliedRow = {
  staff_id: number;
  hall_id: number;
  period_key: string;
  set_presence: Presence;
  prev_presence: Presence;
  prev_note: string;
  prev_return_at: string | null;
};

export type ScheduleRecord = ScheduledPresence & { createdBy: string };

const toSchedule = (r: ScheduleRow): ScheduleRecord => ({
  id: r.id,
  staffId: r.staff_id,
  presence: r.presence,
  note: r.note,
  startsAt: r.starts_at,
  endsAt: r.ends_at,
  createdBy: r.created_by,
});

export function createPresenceScheduleStore(db: Db) {
  const insert = db.prepare(
    `INSERT INTO presence_schedules (hall_id, staff_id, presence, note, starts_at, ends_at, created_by, created_at)
     VALUES (@hallId, @staffId, @presence, @note, @startsAt, @endsAt, @createdBy, @now)`,
  );
  const upcoming = db.prepare<{ hallId: number; now: string }, ScheduleRow>(
    `SELECT * FROM presence_schedules
     WHERE hall_id = @hallId AND cancelled_at IS NULL AND ends_at > @now
     ORDER BY starts_at, id`,
  );
  const byId = db.prepare<{ hallId: number; id: number }, ScheduleRow>(
    'SELECT * FROM presence_schedules WHERE hall_id = @hallId AND id = @id AND cancelled_at IS NULL',
  );
  const cancel = db.prepare(
    'UPDATE presence_schedules SET cancelled_at = @now WHERE hall_id = @hallId AND id = @id',
  );
  const applied = db.prepare<[number], AppliedRow>(
    'SELECT * FROM presence_applied WHERE hall_id = ?',
  );
  const putApplied = db.prepare(
    `INSERT INTO presence_applied (staff_id, hall_id, period_key, set_presence, prev_presence, prev_note, prev_return_at)
     VALUES (@staff_id, @hall_id, @period_key, @set_presence, @prev_presence, @prev_note, @prev_return_at)
     ON CONFLICT (staff_id) DO UPDATE SET period_key = excluded.period_key,
       set_presence = excluded.set_presence`,
  );
  const dropApplied = db.prepare('DELETE FROM presence_applied WHERE hall_id = ? AND staff_id = ?');

  return {
    add(
      hallId: number,
      s: Omit<ScheduledPresence, 'id'> & { createdBy: string },
      now: string,
    ): number {
      return Number(insert.run({ hallId, ...s, now }).lastInsertRowid);
    },
    /** Schedules not cancelled that have not ended at `now`, earliest first. */
    upcoming: (hallId: number, now: string): ScheduleRecord[] =>
      upcoming.all({ hallId, now }).map(toSchedule),
    get(hallId: number, id: number): ScheduleRecord | undefined {
      const row = byId.get({ hallId, id });
      return row && toSchedule(row);
    },
    cancel(hallId: number, id: number, now: string): void {
      cancel.run({ hallId, id, now });
    },
    applied: (hallId: number): Map<number, AppliedRow> =>
      new Map(applied.all(hallId).map((r) => [r.staff_id, r])),
    /** Records (or moves on) what the scheduler set; the first record keeps the presence before. */
    putApplied(row: AppliedRow): void {
      putApplied.run(row);
    },
    dropApplied(hallId: number, staffId: number): void {
      dropApplied.run(hallId, staffId);
    },
  };
}
