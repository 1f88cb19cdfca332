/** Compensation cases (C12) recorded at the counter: all their SQL. */
import type { CompensationKind } from '../../shared/schemas/compensation';
import type { Db } from './db';

export type CompensationRecord = {
  id: number;
  kind: CompensationKind;
  ticketId: number | null;
  ticketNumber: string | null;
  serviceName: string | null;
  note: string;
  daysLate: number | null;
  amountWon: number | null;
  recordedBy: string;
  recordedAt: string;
};

type Row = {
  id: number;
  kind: CompensationKind;
  ticket_id: number | null;
  ticket_number: string | null;
  service_name: string | null;
  note: string;
  days_late: number | null;
  amount_won: number | null;
  recorded_by: string;
  recorded_at: string;
};

const toRecord = (r: Row): CompensationRecord => ({
  id: r.id,
  kind: r.kind,
  ticketId: r.ticket_id,
  ticketNumber: r.ticket_number,
  serviceName: r.service_name,
  note: r.note,
  daysLate: r.days_late,
  amountWon: r.amount_won,
  recordedBy: r.recorded_by,
  recordedAt: r.recorded_at,
});

export function createCompensationStore(db: Db) {
  const insert = db.prepare(
    `INSERT INTO compensation_cases (hall_id, kind, ticket_id, note, days_late, amount_won, recorded_by, recorded_at)
     VALUES (@hallId, @kind, @ticketId, @note, @daysLate, @amountWon, @recordedBy, @recordedAt)`,
  );
  const between = db.prepare<{ hallId: number; from: string; to: string }, Row>(
    `SELECT c.id, c.kind, c.ticket_id, t.number AS ticket_number, s.name AS service_name, c.note,
       c.days_late, c.amount_won, c.recorded_by, c.recorded_at
     FROM compensation_cases c
     LEFT JOIN tickets t ON t.id = c.ticket_id
     LEFT JOIN services s ON s.id = t.service_id
     WHERE c.hall_id = @hallId AND c.recorded_at >= @from AND c.recorded_at < @to
     ORDER BY c.recorded_at, c.id`,
  );
  const forTicket = db.prepare<{ hallId: number; ticketId: number; kind: string }, { id: number }>(
    'SELECT id FROM compensation_cases WHERE hall_id = @hallId AND ticket_id = @ticketId AND kind = @kind',
  );
  return {
    add: (
      hallId: number,
      c: Omit<CompensationRecord, 'id' | 'ticketNumber' | 'serviceName'>,
    ): number => Number(insert.run({ hallId, ...c }).lastInsertRowid),
    /** Cases recorded in [from, to), ISO instants. */
    between: (hallId: number, from: string, to: string): CompensationRecord[] =>
      between.all({ hallId, from, to }).map(toRecord),
    recordedFor: (hallId: number, ticketId: number, kind: CompensationKind): boolean =>
      forTicket.get({ hallId, ticketId, kind }) !== undefined,
  };
}
