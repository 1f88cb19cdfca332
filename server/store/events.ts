/** The hall's append-only event log: what happened, when, and who did it. */
import type { Db } from './db';

export type EventRecord = {
  seq: number;
  hallId: number;
  at: string;
  actor: string;
  type: string;
  payload: unknown;
};

export function createEventStore(db: Db) {
  const insert = db.prepare(
    'INSERT INTO events (hall_id, at, actor, type, payload) VALUES (?, ?, ?, ?, ?)',
  );
  const recent = db.prepare<
    [number, number],
    { seq: number; hall_id: number; at: string; actor: string; type: string; payload: string }
  >('SELECT * FROM events WHERE hall_id = ? ORDER BY seq DESC LIMIT ?');
  const ofType = db.prepare<
    [number, string],
    { seq: number; hall_id: number; at: string; actor: string; type: string; payload: string }
  >('SELECT * FROM events WHERE hall_id = ? AND type = ? ORDER BY seq');

  const toRecord = (row: {
    seq: number;
    hall_id: number;
    at: string;
    actor: string;
    type: string;
    payload: string;
  }): EventRecord => ({ ...row, hallId: row.hall_id, payload: JSON.parse(row.payload) as unknown });

  // Counts appends in this process, so readers can tell cheaply whether anything happened since.
  let appended = 0;

  return {
    append(hallId: number, at: string, actor: string, type: string, payload: unknown): number {
      appended += 1;
      return Number(insert.run(hallId, at, actor, type, JSON.stringify(payload)).lastInsertRowid);
    },
    /** Grows with every append (rolled-back ones too: a false "changed" only costs a recompute). */
    appendCount: (): number => appended,
    recent: (hallId: number, limit: number): EventRecord[] =>
      recent.all(hallId, limit).map(toRecord),
    ofType: (hallId: number, type: string): EventRecord[] => ofType.all(hallId, type).map(toRecord),
  };
}
