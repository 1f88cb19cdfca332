/** Read-only queries for the charter report over tickets, helper pages and callbacks. */
import type { ReportCallback, ReportHelpPage, ReportTicket } from '../domain/charter-report';
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
      status: string;
      issued_at: string;
      first_called_at: string | null;
      estimate_min: number | null;
    }
  >(
    `SELECT t.id, t.number, t.service_id, s.name AS service_name, t.status, t.issued_at,
       t.first_called_at, t.estimate_min
     FROM tickets t JOIN services s ON s.id = t.service_id
     WHERE t.hall_id = @hallId AND t.issued_at >= @from AND t.issued_at < @to
     ORDER BY t.issued_at`,
  );
  const helpPages = db.prepare<
    Range,
    { requested_at: string; arrived_at: string | null; cancelled_at: string | null }
  >(
    `SELECT requested_at, arrived_at, cancelled_at FROM help_pages
     WHERE hall_id = @hallId AND requested_at >= @from AND requested_at < @to`,
  );
  const callbacks = db.prepare<
    Range,
    { created_at: string; deadline_at: string; called_at: string | null; done_at: string | null }
  >(
    `SELECT created_at, deadline_at, called_at, done_at FROM callbacks
     WHERE hall_id = @hallId AND created_at >= @from AND created_at < @to`,
  );
  return {
    tickets: (r: Range): ReportTicket[] =>
      tickets.all(r).map((t) => ({
        id: t.id,
        number: t.number,
        serviceId: t.service_id,
        serviceName: t.service_name,
        status: t.status,
        issuedAt: t.issued_at,
        firstCalledAt: t.first_called_at,
        estimateMin: t.estimate_min,
      })),
    helpPages: (r: Range): ReportHelpPage[] =>
      helpPages.all(r).map((p) => ({
        requestedAt: p.requested_at,
        arrivedAt: p.arrived_at,
        cancelledAt: p.cancelled_at,
      })),
    callbacks: (r: Range): ReportCallback[] =>
      callbacks.all(r).map((c) => ({
        createdAt: c.created_at,
        deadlineAt: c.deadline_at,
        calledAt: c.called_at,
        doneAt: c.done_at,
      })),
  };
}
