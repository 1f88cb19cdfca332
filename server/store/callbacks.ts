/** Callback requests: SQL only. Masking and who may read what is the command's job. */
import type { CallbackOutcome, CallbackStatus } from '../../shared/schemas/staff';
import type { Db } from './db';

export type CallbackRow = {
  id: number;
  hall_id: number;
  staff_id: number;
  department_id: number;
  assignee_id: number | null;
  phone: string | null;
  topic: string;
  created_at: string;
  deadline_at: string;
  status: CallbackStatus;
  outcome: CallbackOutcome | null;
  called_at: string | null;
  done_at: string | null;
  purged_at: string | null;
};

export function createCallbackStore(db: Db) {
  const insert = db.prepare(
    `INSERT INTO callbacks (hall_id, staff_id, department_id, assignee_id, phone, topic,
       created_at, deadline_at)
     VALUES (@hallId, @staffId, @departmentId, @assigneeId, @phone, @topic, @createdAt, @deadlineAt)`,
  );
  const byId = db.prepare<{ hallId: number; id: number }, CallbackRow>(
    'SELECT * FROM callbacks WHERE hall_id = @hallId AND id = @id',
  );
  const ofDepartment = db.prepare<{ hallId: number; departmentId: number }, CallbackRow>(
    `SELECT * FROM callbacks WHERE hall_id = @hallId AND department_id = @departmentId
       AND status != 'done' ORDER BY deadline_at, id`,
  );
  const open = db.prepare<{ hallId: number }, CallbackRow>(
    `SELECT * FROM callbacks WHERE hall_id = @hallId AND status != 'done' ORDER BY deadline_at, id`,
  );
  const called = db.prepare(
    `UPDATE callbacks SET status = 'called', outcome = @outcome, called_at = @at
     WHERE hall_id = @hallId AND id = @id`,
  );
  const done = db.prepare(
    `UPDATE callbacks SET status = 'done', done_at = @at WHERE hall_id = @hallId AND id = @id`,
  );
  // C15: a request nobody marked done is closed and its phone erased after the maximum age.
  const expire = db.prepare(
    `UPDATE callbacks SET status = 'done', done_at = @at, phone = NULL, purged_at = @at
     WHERE hall_id = @hallId AND status != 'done' AND created_at < @before`,
  );
  const purge = db.prepare(
    `UPDATE callbacks SET phone = NULL, purged_at = @at
     WHERE hall_id = @hallId AND phone IS NOT NULL AND status = 'done' AND done_at <= @before`,
  );

  return {
    add(
      hallId: number,
      input: {
        staffId: number;
        departmentId: number;
        assigneeId: number | null;
        phone: string;
        topic: string;
        createdAt: string;
        deadlineAt: string;
      },
    ): number {
      return Number(insert.run({ hallId, ...input }).lastInsertRowid);
    },
    get: (hallId: number, id: number): CallbackRow | undefined => byId.get({ hallId, id }),
    /** Not yet done, earliest deadline first. */
    openOfDepartment: (hallId: number, departmentId: number): CallbackRow[] =>
      ofDepartment.all({ hallId, departmentId }),
    open: (hallId: number): CallbackRow[] => open.all({ hallId }),
    markCalled(hallId: number, id: number, outcome: CallbackOutcome, at: string): void {
      called.run({ hallId, id, outcome, at });
    },
    markDone(hallId: number, id: number, at: string): void {
      done.run({ hallId, id, at });
    },
    /** Erases the phone of every request done at or before `before`; returns how many. */
    expireOpen(hallId: number, before: string, at: string): number {
      return expire.run({ hallId, before, at }).changes;
    },
    purgePhones(hallId: number, before: string, at: string): number {
      return purge.run({ hallId, before, at }).changes;
    },
  };
}
