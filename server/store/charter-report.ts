/** Read-only queries for the charter report over tickets, helper pages and callbacks. */
import type {
  CounterLogEntry,
  ReportCallback,
  ReportHelpPage,
  ReportPetition,
  ReportTicket,
} from '../domain/charter-report';
import type { Db } from './db';

type Range = { hallId: number; from: string; to: string };

export function createCharterReportStore(db: Db) {
  const tickets = db.prepare<
    Range,
    {
      id: number;
      number: string;
      service_id: number;
      service_name: string;
      department_name: string | null;
      status: string;
      issued_at: string;
      first_called_at: string | null;
      cancelled_at: string | null;
      estimate_min: number | null;
    }
  >(
    `SELECT t.id, t.number, t.service_id, s.name AS service_name, d.name AS department_name,
       CASE WHEN t.cancelled_at IS NOT NULL THEN 'cancelled' ELSE t.status END AS status,
       t.issued_at, t.first_called_at, t.cancelled_at, t.estimate_min
     FROM tickets t JOIN services s ON s.id = t.service_id
     LEFT JOIN departments d ON d.id = s.department_id
     WHERE t.hall_id = @hallId AND t.issued_at >= @from AND t.issued_at < @to
     ORDER BY t.issued_at`,
  );
  const helpPages = db.prepare<
    Range,
    {
      requested_at: string;
      arrived_at: string | null;
      cancelled_at: string | null;
      department_name: string | null;
    }
  >(
    `SELECT p.requested_at, p.arrived_at, p.cancelled_at, d.name AS department_name
     FROM help_pages p LEFT JOIN departments d ON d.id = p.department_id
     WHERE p.hall_id = @hallId AND p.requested_at >= @from AND p.requested_at < @to`,
  );
  const callbacks = db.prepare<
    Range,
    {
      created_at: string;
      deadline_at: string;
      called_at: string | null;
      done_at: string | null;
      department_name: string | null;
    }
  >(
    `SELECT c.created_at, c.deadline_at, c.called_at, c.done_at, d.name AS department_name
     FROM callbacks c LEFT JOIN departments d ON d.id = c.department_id
     WHERE c.hall_id = @hallId AND c.created_at >= @from AND c.created_at < @to`,
  );
  const counterLog = db.prepare<Range, { counter_id: number; at: string; state: string }>(
    `SELECT counter_id, at, state FROM counter_log
     WHERE hall_id = @hallId AND at >= @from AND at < @to ORDER BY at, id`,
  );
  const petitions = db.prepare<
    Range,
    {
      id: number;
      received_at: string;
      summary: string;
      department_ids: string;
      guardian_name: string | null;
      notice_due_at: string | null;
      noticed_at: string | null;
    }
  >(
    `SELECT p.id, p.received_at, p.summary, p.department_ids, s.name AS guardian_name,
       p.notice_due_at, p.noticed_at
     FROM complex_petitions p LEFT JOIN staff s ON s.id = p.guardian_id
     WHERE p.hall_id = @hallId AND p.received_at >= @from AND p.received_at < @to
     ORDER BY p.received_at`,
  );
  const departmentNames = db.prepare<{ hallId: number }, { id: number; name: string }>(
    'SELECT id, name FROM departments WHERE hall_id = @hallId',
  );
  return {
    /** The counters' state changes; `from` should reach back a day to carry the state in. */
    counterLog: (r: Range): CounterLogEntry[] =>
      counterLog.all(r).map((e) => ({ counterId: e.counter_id, at: e.at, state: e.state })),
    petitions: (r: Range): ReportPetition[] =>
      petitions.all(r).map((p) => ({
        id: p.id,
        receivedAt: p.received_at,
        summary: p.summary,
        departments: (JSON.parse(p.department_ids) as number[]).length,
        guardianName: p.guardian_name,
        noticeDueAt: p.notice_due_at,
        noticedAt: p.noticed_at,
      })),
    departmentNames: (hallId: number) =>
      new Map(departmentNames.all({ hallId }).map((d) => [d.id, d.name] as const)),
    tickets: (r: Range): ReportTicket[] =>
      tickets.all(r).map((t) => ({
        id: t.id,
        number: t.number,
        serviceId: t.service_id,
        serviceName: t.service_name,
        departmentName: t.department_name ?? '',
        status: t.status,
        issuedAt: t.issued_at,
        firstCalledAt: t.first_called_at,
        cancelledAt: t.cancelled_at,
        estimateMin: t.estimate_min,
      })),
    helpPages: (r: Range): ReportHelpPage[] =>
      helpPages.all(r).map((p) => ({
        departmentName: p.department_name,
        requestedAt: p.requested_at,
        arrivedAt: p.arrived_at,
        cancelledAt: p.cancelled_at,
      })),
    callbacks: (r: Range): ReportCallback[] =>
      callbacks.all(r).map((c) => ({
        departmentName: c.department_name,
        createdAt: c.created_at,
        deadlineAt: c.deadline_at,
        calledAt: c.called_at,
        doneAt: c.done_at,
      })),
  };
}
