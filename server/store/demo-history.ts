/**
 * The demo hall's simulated history: bulk inserts of past tickets, helper pages, callbacks,
 * complaints, survey answers, complex petitions and counter shifts, all prepared once. Only the
 * demo simulator (server/demo/history.ts) writes through it, inside the demo hall's transaction.
 */
import type { Db } from './db';

export type HistoryTicket = {
  day: string;
  serviceId: number;
  seq: number;
  number: string;
  code: string;
  class: 'normal' | 'priority';
  status: 'done' | 'no_show';
  kioskId: number | null;
  issuedAt: string;
  estimateMin: number;
  estimateLow: number;
  estimateHigh: number;
  peopleAhead: number;
  counterId: number;
  calledAt: string;
  finishedAt: string;
  task: string | null;
};

export type HistoryHelpPage = {
  kioskId: number | null;
  kind: 'mobility' | 'vision' | 'hearing' | 'forms' | 'language' | 'other';
  guideId: number;
  departmentId: number | null;
  requestedAt: string;
  acceptedAt: string;
  arrivedAt: string;
  resolvedAt: string;
};

export type HistoryCallback = {
  staffId: number;
  departmentId: number;
  phone: string | null;
  topic: string;
  createdAt: string;
  deadlineAt: string;
  calledAt: string;
  doneAt: string;
  purgedAt: string | null;
};

export type HistoryFeedback = {
  receipt: string;
  kind: 'complaint' | 'praise' | 'suggestion';
  status: 'received' | 'assigned' | 'answered' | 'closed';
  departmentId: number | null;
  officer: string | null;
  text: string;
  assignee: string | null;
  assignedAt: string | null;
  answer: string | null;
  answeredAt: string | null;
  closedAt: string | null;
  createdAt: string;
};

export type HistoryPetition = {
  counterId: number | null;
  summary: string;
  departmentIds: number[];
  legalDays: number;
  guardianId: number | null;
  receivedAt: string;
  noticeDueAt: string | null;
  noticedAt: string | null;
  noticeNote: string | null;
  closedAt: string | null;
};

export function createDemoHistoryStore(db: Db) {
  const ticket = db.prepare(
    `INSERT INTO tickets (hall_id, day, service_id, issued_service_id, seq, number, code, class,
       status, kiosk_id, issued_at, queued_at, estimate_min, estimate_low, estimate_high,
       people_ahead, counter_id, first_called_at, called_at, finished_at, task)
     VALUES (@hallId, @day, @serviceId, @serviceId, @seq, @number, @code, @class, @status,
       @kioskId, @issuedAt, @issuedAt, @estimateMin, @estimateLow, @estimateHigh, @peopleAhead,
       @counterId, @calledAt, @calledAt, @finishedAt, @task)`,
  );
  const sequence = db.prepare(
    `INSERT INTO ticket_sequences (hall_id, day, service_id, last_seq)
     VALUES (@hallId, @day, @serviceId, @lastSeq)`,
  );
  const counterLog = db.prepare(
    `INSERT INTO counter_log (hall_id, counter_id, at, state, until)
     VALUES (@hallId, @counterId, @at, @state, @until)`,
  );
  const helpPage = db.prepare(
    `INSERT INTO help_pages (hall_id, kiosk_id, kind, status, guide_id, department_id,
       requested_at, accepted_at, arrived_at, resolved_at)
     VALUES (@hallId, @kioskId, @kind, 'resolved', @guideId, @departmentId, @requestedAt,
       @acceptedAt, @arrivedAt, @resolvedAt)`,
  );
  const callback = db.prepare(
    `INSERT INTO callbacks (hall_id, staff_id, department_id, assignee_id, phone, topic,
       created_at, deadline_at, status, outcome, called_at, done_at, purged_at)
     VALUES (@hallId, @staffId, @departmentId, @staffId, @phone, @topic, @createdAt,
       @deadlineAt, 'done', 'reached', @calledAt, @doneAt, @purgedAt)`,
  );
  const feedback = db.prepare(
    `INSERT INTO feedback (hall_id, receipt, kind, status, department_id, officer, body,
       anonymous, assignee, assigned_at, investigated_at, answer, answered_at, closed_at, demo,
       created_at)
     VALUES (@hallId, @receipt, @kind, @status, @departmentId, @officer, @text, 1, @assignee,
       @assignedAt, @assignedAt, @answer, @answeredAt, @closedAt, 1, @createdAt)`,
  );
  const survey = db.prepare(
    `INSERT INTO survey_answers (hall_id, ticket_id, source, score, comment, demo, created_at)
     VALUES (@hallId, @ticketId, @source, @score, NULL, 1, @createdAt)`,
  );
  const petition = db.prepare(
    `INSERT INTO complex_petitions (hall_id, counter_id, summary, department_ids, legal_days,
       guardian_id, created_by, received_at, notice_due_at, noticed_at, notice_note, closed_at,
       demo)
     VALUES (@hallId, @counterId, @summary, @departmentIds, @legalDays, @guardianId, 'demo',
       @receivedAt, @noticeDueAt, @noticedAt, @noticeNote, @closedAt, 1)`,
  );
  const marker = db.prepare(
    `INSERT INTO demo_history (hall_id, from_day, to_day, seed, created_at)
     VALUES (@hallId, @fromDay, @toDay, @seed, @createdAt)`,
  );
  const markerOf = db.prepare<
    { hallId: number },
    { from_day: string; to_day: string; seed: number }
  >('SELECT from_day, to_day, seed FROM demo_history WHERE hall_id = @hallId');

  return {
    /**
     * Inserts a finished ticket. Its times are on the row; the step log (ticket_steps) is left
     * empty for simulated tickets, which keeps creating the demo under a second.
     */
    addTicket: (hallId: number, t: HistoryTicket): number =>
      Number(ticket.run({ hallId, ...t }).lastInsertRowid),
    setSequence: (hallId: number, day: string, serviceId: number, lastSeq: number) =>
      sequence.run({ hallId, day, serviceId, lastSeq }),
    logCounter: (hallId: number, counterId: number, at: string, state: string) =>
      counterLog.run({ hallId, counterId, at, state, until: null }),
    addHelpPage: (hallId: number, p: HistoryHelpPage) => helpPage.run({ hallId, ...p }),
    addCallback: (hallId: number, c: HistoryCallback) => callback.run({ hallId, ...c }),
    addFeedback: (hallId: number, f: HistoryFeedback) =>
      Number(feedback.run({ hallId, ...f }).lastInsertRowid),
    addSurvey: (hallId: number, ticketId: number | null, score: number, createdAt: string) =>
      survey.run({
        hallId,
        ticketId,
        source: ticketId === null ? 'kiosk' : 'phone',
        score,
        createdAt,
      }),
    addPetition: (hallId: number, p: HistoryPetition) =>
      petition.run({ hallId, ...p, departmentIds: JSON.stringify(p.departmentIds) }),
    mark: (hallId: number, fromDay: string, toDay: string, seed: number, createdAt: string) =>
      marker.run({ hallId, fromDay, toDay, seed, createdAt }),
    /** The simulated range of a demo hall, or null for a hall with only real data. */
    range(hallId: number): { fromDay: string; toDay: string; seed: number } | null {
      const row = markerOf.get({ hallId });
      return row ? { fromDay: row.from_day, toDay: row.to_day, seed: row.seed } : null;
    },
  };
}
