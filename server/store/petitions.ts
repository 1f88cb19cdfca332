/** Complex petitions (복합민원, C8), their guardians, and praise forwarded to officers: all SQL. */
import type { Db } from './db';

type PetitionRow = {
  id: number;
  hall_id: number;
  counter_id: number | null;
  summary: string;
  department_ids: string;
  legal_days: number;
  guardian_id: number | null;
  created_by: string;
  received_at: string;
  notice_due_at: string | null;
  noticed_at: string | null;
  notice_note: string | null;
  closed_at: string | null;
  demo: number;
};

export type PetitionRecord = {
  id: number;
  hallId: number;
  counterId: number | null;
  summary: string;
  departmentIds: number[];
  legalDays: number;
  guardianId: number | null;
  createdBy: string;
  receivedAt: string;
  noticeDueAt: string | null;
  noticedAt: string | null;
  noticeNote: string | null;
  closedAt: string | null;
  demo: boolean;
};

const toRecord = (r: PetitionRow): PetitionRecord => ({
  id: r.id,
  hallId: r.hall_id,
  counterId: r.counter_id,
  summary: r.summary,
  departmentIds: JSON.parse(r.department_ids) as number[],
  legalDays: r.legal_days,
  guardianId: r.guardian_id,
  createdBy: r.created_by,
  receivedAt: r.received_at,
  noticeDueAt: r.notice_due_at,
  noticedAt: r.noticed_at,
  noticeNote: r.notice_note,
  closedAt: r.closed_at,
  demo: r.demo === 1,
});

export type NewPetition = {
  counterId: number | null;
  summary: string;
  departmentIds: number[];
  legalDays: number;
  guardianId: number | null;
  createdBy: string;
  receivedAt: string;
  noticeDueAt: string | null;
};

export type PraiseNote = {
  id: number;
  feedbackId: number;
  receipt: string;
  text: string | null;
  departmentName: string | null;
  createdAt: string;
  readAt: string | null;
};

export function createPetitionStore(db: Db) {
  const insert = db.prepare(
    `INSERT INTO complex_petitions (hall_id, counter_id, summary, department_ids, legal_days,
       guardian_id, created_by, received_at, notice_due_at)
     VALUES (@hallId, @counterId, @summary, @departmentIds, @legalDays, @guardianId, @createdBy,
       @receivedAt, @noticeDueAt)`,
  );
  const byId = db.prepare<{ hallId: number; id: number }, PetitionRow>(
    'SELECT * FROM complex_petitions WHERE hall_id = @hallId AND id = @id',
  );
  const list = db.prepare<{ hallId: number }, PetitionRow>(
    `SELECT * FROM complex_petitions WHERE hall_id = @hallId
     ORDER BY closed_at IS NOT NULL, received_at DESC, id DESC LIMIT 200`,
  );
  const between = db.prepare<{ hallId: number; from: string; to: string }, PetitionRow>(
    `SELECT * FROM complex_petitions
     WHERE hall_id = @hallId AND received_at >= @from AND received_at < @to ORDER BY received_at`,
  );
  const notice = db.prepare(
    `UPDATE complex_petitions SET noticed_at = @at, notice_note = @note
     WHERE hall_id = @hallId AND id = @id`,
  );
  const close = db.prepare(
    'UPDATE complex_petitions SET closed_at = @at WHERE hall_id = @hallId AND id = @id',
  );
  const openLoad = db.prepare<{ hallId: number }, { guardian_id: number; n: number }>(
    `SELECT guardian_id, count(*) AS n FROM complex_petitions
     WHERE hall_id = @hallId AND closed_at IS NULL AND guardian_id IS NOT NULL
     GROUP BY guardian_id`,
  );
  const addPraise = db.prepare(
    `INSERT OR IGNORE INTO praise_notes (hall_id, feedback_id, staff_id, created_at)
     VALUES (@hallId, @feedbackId, @staffId, @createdAt)`,
  );
  const praiseFor = db.prepare<
    { hallId: number; staffId: number },
    {
      id: number;
      feedback_id: number;
      receipt: string;
      body: string | null;
      department_name: string | null;
      created_at: string;
      read_at: string | null;
    }
  >(
    `SELECT p.id, p.feedback_id, f.receipt, f.body, d.name AS department_name, p.created_at,
       p.read_at
     FROM praise_notes p JOIN feedback f ON f.id = p.feedback_id
     LEFT JOIN departments d ON d.id = f.department_id
     WHERE p.hall_id = @hallId AND p.staff_id = @staffId
     ORDER BY p.created_at DESC, p.id DESC LIMIT 50`,
  );
  const readPraise = db.prepare(
    `UPDATE praise_notes SET read_at = COALESCE(read_at, @at)
     WHERE hall_id = @hallId AND staff_id = @staffId AND id = @id`,
  );

  return {
    add: (hallId: number, p: NewPetition) =>
      Number(
        insert.run({ hallId, ...p, departmentIds: JSON.stringify(p.departmentIds) })
          .lastInsertRowid,
      ),
    get(hallId: number, id: number): PetitionRecord | undefined {
      const row = byId.get({ hallId, id });
      return row && toRecord(row);
    },
    list: (hallId: number) => list.all({ hallId }).map(toRecord),
    between: (hallId: number, from: string, to: string) =>
      between.all({ hallId, from, to }).map(toRecord),
    notice: (hallId: number, id: number, note: string, at: string) =>
      notice.run({ hallId, id, note, at }),
    close: (hallId: number, id: number, at: string) => close.run({ hallId, id, at }),
    /** Open petitions per guardian, to spread new ones evenly. */
    openLoad: (hallId: number) =>
      new Map(openLoad.all({ hallId }).map((r) => [r.guardian_id, r.n] as const)),
    addPraise: (hallId: number, feedbackId: number, staffId: number, createdAt: string) =>
      addPraise.run({ hallId, feedbackId, staffId, createdAt }).changes > 0,
    praiseFor: (hallId: number, staffId: number): PraiseNote[] =>
      praiseFor.all({ hallId, staffId }).map((r) => ({
        id: r.id,
        feedbackId: r.feedback_id,
        receipt: r.receipt,
        text: r.body,
        departmentName: r.department_name,
        createdAt: r.created_at,
        readAt: r.read_at,
      })),
    readPraise: (hallId: number, staffId: number, id: number, at: string) =>
      readPraise.run({ hallId, staffId, id, at }).changes > 0,
  };
}
