/** Complaints, praise and suggestions, and exit-survey answers: all their SQL. */
import type { FixedDeadlines } from '../../shared/feedback-deadlines';
import type { FeedbackKind, FeedbackStatus } from '../../shared/schemas/feedback';
import type { Db } from './db';

type FeedbackRow = {
  id: number;
  hall_id: number;
  receipt: string;
  kind: FeedbackKind;
  status: FeedbackStatus;
  department_id: number | null;
  officer: string | null;
  body: string | null;
  contact_name: string | null;
  contact_phone: string | null;
  anonymous: number;
  kiosk_id: number | null;
  assignee: string | null;
  handler_account_id: number | null;
  assigned_at: string | null;
  investigated_at: string | null;
  answer: string | null;
  answered_at: string | null;
  closed_at: string | null;
  purged_at: string | null;
  demo: number;
  created_at: string;
  due: string | null;
};

export type FeedbackRecord = {
  id: number;
  hallId: number;
  receipt: string;
  kind: FeedbackKind;
  status: FeedbackStatus;
  departmentId: number | null;
  officer: string | null;
  text: string | null;
  contactName: string | null;
  contactPhone: string | null;
  anonymous: boolean;
  assignee: string | null;
  /** The officer's account an administrator made the handler; null: administrators only. */
  handlerAccountId: number | null;
  assignedAt: string | null;
  investigatedAt: string | null;
  answer: string | null;
  answeredAt: string | null;
  closedAt: string | null;
  purgedAt: string | null;
  demo: boolean;
  createdAt: string;
  /** The deadlines fixed at filing; null for an item filed before they were stored. */
  due: FixedDeadlines | null;
};

const toRecord = (r: FeedbackRow): FeedbackRecord => ({
  id: r.id,
  hallId: r.hall_id,
  receipt: r.receipt,
  kind: r.kind,
  status: r.status,
  departmentId: r.department_id,
  officer: r.officer,
  text: r.body,
  contactName: r.contact_name,
  contactPhone: r.contact_phone,
  anonymous: r.anonymous === 1,
  assignee: r.assignee,
  handlerAccountId: r.handler_account_id,
  assignedAt: r.assigned_at,
  investigatedAt: r.investigated_at,
  answer: r.answer,
  answeredAt: r.answered_at,
  closedAt: r.closed_at,
  purgedAt: r.purged_at,
  demo: r.demo === 1,
  createdAt: r.created_at,
  due: r.due === null ? null : (JSON.parse(r.due) as FixedDeadlines),
});

export type NewFeedback = {
  receipt: string;
  kind: FeedbackKind;
  departmentId: number | null;
  officer: string | null;
  text: string;
  contactName: string | null;
  contactPhone: string | null;
  kioskId: number | null;
  demo?: boolean;
  createdAt: string;
  due?: FixedDeadlines;
};

export type SurveyRecord = {
  id: number;
  ticketId: number | null;
  source: 'phone' | 'kiosk';
  score: number;
  comment: string | null;
  createdAt: string;
};

export function createFeedbackStore(db: Db) {
  const insert = db.prepare(
    `INSERT INTO feedback (hall_id, receipt, kind, status, department_id, officer, body,
       contact_name, contact_phone, anonymous, kiosk_id, demo, created_at, due)
     VALUES (@hallId, @receipt, @kind, 'received', @departmentId, @officer, @text,
       @contactName, @contactPhone, @anonymous, @kioskId, @demo, @createdAt, @due)`,
  );
  const byId = db.prepare<{ hallId: number; id: number }, FeedbackRow>(
    'SELECT * FROM feedback WHERE hall_id = @hallId AND id = @id',
  );
  const byReceipt = db.prepare<{ receipt: string }, FeedbackRow>(
    'SELECT * FROM feedback WHERE receipt = @receipt',
  );
  const list = db.prepare<{ hallId: number }, FeedbackRow>(
    `SELECT * FROM feedback WHERE hall_id = @hallId
     ORDER BY status = 'closed', created_at DESC, id DESC LIMIT 500`,
  );
  const between = db.prepare<{ hallId: number; from: string; to: string }, FeedbackRow>(
    `SELECT * FROM feedback WHERE hall_id = @hallId AND created_at >= @from AND created_at < @to
     ORDER BY created_at`,
  );
  const assign = db.prepare(
    `UPDATE feedback SET assignee = @assignee, handler_account_id = @handler,
       assigned_at = COALESCE(assigned_at, @at),
       status = CASE WHEN status = 'received' THEN 'assigned' ELSE status END
     WHERE hall_id = @hallId AND id = @id`,
  );
  const investigated = db.prepare(
    `UPDATE feedback SET investigated_at = @at, status = 'investigated'
     WHERE hall_id = @hallId AND id = @id`,
  );
  const answer = db.prepare(
    `UPDATE feedback SET answer = @answer, answered_at = @at, status = 'answered'
     WHERE hall_id = @hallId AND id = @id`,
  );
  const close = db.prepare(
    `UPDATE feedback SET closed_at = @at, status = 'closed' WHERE hall_id = @hallId AND id = @id`,
  );
  // C15: contacts and free text go after the retention period; the facts stay for the report.
  const purge = db.prepare(
    `UPDATE feedback SET body = NULL, contact_name = NULL, contact_phone = NULL, answer = NULL,
       officer = NULL, purged_at = @now
     WHERE hall_id = @hallId AND purged_at IS NULL AND closed_at IS NOT NULL AND closed_at < @before`,
  );

  // C15: an item nobody closed is closed and purged after the maximum age.
  const expire = db.prepare(
    `UPDATE feedback SET status = 'closed', closed_at = @now, body = NULL, contact_name = NULL,
       contact_phone = NULL, answer = NULL, officer = NULL, purged_at = @now
     WHERE hall_id = @hallId AND closed_at IS NULL AND created_at < @before`,
  );

  const insertSurvey = db.prepare(
    `INSERT INTO survey_answers (hall_id, ticket_id, source, score, comment, demo, created_at)
     VALUES (@hallId, @ticketId, @source, @score, @comment, @demo, @createdAt)`,
  );
  const surveyByTicket = db.prepare<{ ticketId: number }, { id: number }>(
    'SELECT id FROM survey_answers WHERE ticket_id = @ticketId',
  );
  const surveysBetween = db.prepare<
    { hallId: number; from: string; to: string },
    {
      id: number;
      ticket_id: number | null;
      source: 'phone' | 'kiosk';
      score: number;
      comment: string | null;
      created_at: string;
    }
  >(
    `SELECT id, ticket_id, source, score, comment, created_at FROM survey_answers
     WHERE hall_id = @hallId AND created_at >= @from AND created_at < @to ORDER BY created_at`,
  );
  const purgeSurveyComments = db.prepare(
    `UPDATE survey_answers SET comment = NULL
     WHERE hall_id = @hallId AND comment IS NOT NULL AND created_at < @before`,
  );

  return {
    add: (hallId: number, f: NewFeedback): number =>
      Number(
        insert.run({
          hallId,
          ...f,
          anonymous: f.contactPhone ? 0 : 1,
          demo: f.demo ? 1 : 0,
          due: f.due ? JSON.stringify(f.due) : null,
        }).lastInsertRowid,
      ),
    get: (hallId: number, id: number): FeedbackRecord | undefined => {
      const row = byId.get({ hallId, id });
      return row && toRecord(row);
    },
    byReceipt: (receipt: string): FeedbackRecord | undefined => {
      const row = byReceipt.get({ receipt });
      return row && toRecord(row);
    },
    list: (hallId: number): FeedbackRecord[] => list.all({ hallId }).map(toRecord),
    between: (hallId: number, from: string, to: string): FeedbackRecord[] =>
      between.all({ hallId, from, to }).map(toRecord),
    assign: (hallId: number, id: number, assignee: string, handler: number | null, at: string) =>
      assign.run({ hallId, id, assignee, handler, at }),
    investigated: (hallId: number, id: number, at: string) => investigated.run({ hallId, id, at }),
    answer: (hallId: number, id: number, text: string, at: string) =>
      answer.run({ hallId, id, answer: text, at }),
    close: (hallId: number, id: number, at: string) => close.run({ hallId, id, at }),
    expireOpen: (hallId: number, before: string, now: string): number =>
      expire.run({ hallId, before, now }).changes,
    purge: (hallId: number, before: string, now: string): number =>
      purge.run({ hallId, before, now }).changes,
    addSurvey: (
      hallId: number,
      s: {
        ticketId: number | null;
        source: 'phone' | 'kiosk';
        score: number;
        comment: string | null;
        demo?: boolean;
        createdAt: string;
      },
    ): number => Number(insertSurvey.run({ hallId, ...s, demo: s.demo ? 1 : 0 }).lastInsertRowid),
    surveyAnswered: (ticketId: number): boolean => surveyByTicket.get({ ticketId }) !== undefined,
    surveysBetween: (hallId: number, from: string, to: string): SurveyRecord[] =>
      surveysBetween.all({ hallId, from, to }).map((r) => ({
        id: r.id,
        ticketId: r.ticket_id,
        source: r.source,
        score: r.score,
        comment: r.comment,
        createdAt: r.created_at,
      })),
    purgeSurveyComments: (hallId: number, before: string): number =>
      purgeSurveyComments.run({ hallId, before }).changes,
  };
}
