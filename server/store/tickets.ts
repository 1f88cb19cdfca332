/** Queue tickets, their steps, the day's sequence numbers and the counters' state log. */
import type {
  ConsoleTicket,
  TicketClass,
  TicketStatus,
  WaitEstimate,
} from '../../shared/schemas/queue';
import type { Db } from './db';

export type TicketRow = {
  id: number;
  hall_id: number;
  day: string;
  service_id: number;
  seq: number;
  number: string;
  code: string;
  class: TicketClass;
  status: TicketStatus;
  kiosk_id: number | null;
  idempotency_key: string | null;
  issued_at: string;
  queued_at: string;
  estimate_min: number | null;
  estimate_low: number | null;
  estimate_high: number | null;
  people_ahead: number;
  counter_id: number | null;
  first_called_at: string | null;
  called_at: string | null;
  recalls: number;
  finished_at: string | null;
  task: string | null;
  /** When the visitor left the line from the phone; the row's status is then 'closed'. */
  cancelled_at: string | null;
};

/** The status screens show: a cancelled ticket is told apart from one closed at day's end. */
export const shownStatus = (row: TicketRow): TicketStatus =>
  row.cancelled_at !== null ? 'cancelled' : row.status;

export const toConsoleTicket = (row: TicketRow): ConsoleTicket => ({
  id: row.id,
  number: row.number,
  serviceId: row.service_id,
  class: row.class,
  status: shownStatus(row),
  issuedAt: row.issued_at,
  queuedAt: row.queued_at,
  counterId: row.counter_id,
  calledAt: row.called_at,
  recalls: row.recalls,
  task: row.task,
});

export type NewTicket = {
  day: string;
  serviceId: number;
  seq: number;
  number: string;
  code: string;
  class: TicketClass;
  kioskId: number | null;
  idempotencyKey: string | null;
  issuedAt: string;
  estimate: WaitEstimate | null;
  peopleAhead: number;
  /** The task chosen at the kiosk; none when it asked none or the visitor did not know. */
  task?: string | null;
};

export type TicketStep =
  'issued' | 'called' | 'recalled' | 'served' | 'no_show' | 'transferred' | 'closed';

/** A service's waiting tickets by class, each list in line order (queued_at, then id). */
export type WaitingLine = { priority: readonly TicketRow[]; normal: readonly TicketRow[] };
const EMPTY_LINE: WaitingLine = { priority: [], normal: [] };

type OpenDay = {
  rows: Map<number, TicketRow>;
  byCode: Map<string, TicketRow>;
  sorted: TicketRow[];
  lines: Map<number, { priority: TicketRow[]; normal: TicketRow[] }>;
  called: Map<number, TicketRow>;
};

const inLineOrder = (a: TicketRow, b: TicketRow) =>
  a.queued_at < b.queued_at ? -1 : a.queued_at > b.queued_at ? 1 : a.id - b.id;

/** Where `row` goes in a list sorted in line order: the first place not before it. */
function placeOf(list: readonly TicketRow[], row: TicketRow): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (inLineOrder(list[mid]!, row) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Inserts in line order; a new ticket (the usual case) goes at the end without a search. */
function insertSorted(list: TicketRow[], row: TicketRow): void {
  const last = list[list.length - 1];
  if (!last || inLineOrder(last, row) < 0) list.push(row);
  else list.splice(placeOf(list, row), 0, row);
}

function removeSorted(list: TicketRow[], row: TicketRow): void {
  const i = indexInLine(list, row);
  if (i >= 0) list.splice(i, 1);
}

/** The index of `row` (by its line order, then id) in a list in line order, or -1. */
export function indexInLine(list: readonly TicketRow[], row: TicketRow): number {
  const i = placeOf(list, row);
  return list[i]?.id === row.id ? i : -1;
}

function addOpen(day: OpenDay, row: TicketRow): void {
  day.rows.set(row.id, row);
  day.byCode.set(row.code, row);
  insertSorted(day.sorted, row);
  if (row.status === 'called') {
    day.called.set(row.id, row);
    return;
  }
  let line = day.lines.get(row.service_id);
  if (!line) day.lines.set(row.service_id, (line = { priority: [], normal: [] }));
  insertSorted(row.class === 'priority' ? line.priority : line.normal, row);
}

function removeOpen(day: OpenDay, id: number): void {
  const row = day.rows.get(id);
  if (!row) return;
  day.rows.delete(id);
  day.byCode.delete(row.code);
  removeSorted(day.sorted, row);
  if (row.status === 'called') {
    day.called.delete(id);
    return;
  }
  const line = day.lines.get(row.service_id);
  if (!line) return;
  removeSorted(row.class === 'priority' ? line.priority : line.normal, row);
  if (line.priority.length === 0 && line.normal.length === 0) day.lines.delete(row.service_id);
}

export function createTicketStore(db: Db) {
  const byId = db.prepare<[number, number], TicketRow>(
    'SELECT * FROM tickets WHERE hall_id = ? AND id = ?',
  );
  const byCode = db.prepare<[string], TicketRow>('SELECT * FROM tickets WHERE code = ?');
  const byKey = db.prepare<[number, string], TicketRow>(
    'SELECT * FROM tickets WHERE hall_id = ? AND idempotency_key = ?',
  );
  const open = db.prepare<[number, string], TicketRow>(
    `SELECT * FROM tickets WHERE hall_id = ? AND day = ? AND status IN ('waiting', 'called')
     ORDER BY queued_at, id`,
  );
  const stale = db.prepare<[number, string], TicketRow>(
    `SELECT * FROM tickets WHERE hall_id = ? AND day < ? AND status IN ('waiting', 'called')`,
  );
  const atCounter = db.prepare<[number, number], TicketRow>(
    `SELECT * FROM tickets WHERE hall_id = ? AND counter_id = ? AND status = 'called' ORDER BY called_at DESC LIMIT 1`,
  );
  const lastCalls = db.prepare<[number, string, number], TicketRow>(
    `SELECT * FROM tickets WHERE hall_id = ? AND day = ? AND called_at IS NOT NULL
     ORDER BY called_at DESC, id DESC LIMIT ?`,
  );
  const calledClasses = db.prepare<[number, string, number], { class: TicketClass }>(
    `SELECT class FROM tickets WHERE hall_id = ? AND day = ? AND service_id = ? AND first_called_at IS NOT NULL
     ORDER BY first_called_at DESC, id DESC LIMIT 50`,
  );
  const issuedToday = db.prepare<[number, string, number], { n: number }>(
    'SELECT count(*) AS n FROM tickets WHERE hall_id = ? AND day = ? AND service_id = ?',
  );
  const nextSeq = db.prepare<[number, string, number], { last_seq: number }>(
    `INSERT INTO ticket_sequences (hall_id, day, service_id, last_seq) VALUES (?, ?, ?, 1)
     ON CONFLICT (hall_id, day, service_id) DO UPDATE SET last_seq = last_seq + 1
     RETURNING last_seq`,
  );
  const insert = db.prepare(
    `INSERT INTO tickets (hall_id, day, service_id, issued_service_id, seq, number, code, class, status, kiosk_id,
       idempotency_key, issued_at, queued_at, estimate_min, estimate_low, estimate_high, people_ahead, task)
     VALUES (@hallId, @day, @serviceId, @serviceId, @seq, @number, @code, @class, 'waiting', @kioskId,
       @idempotencyKey, @issuedAt, @issuedAt, @estimateMin, @estimateLow, @estimateHigh, @peopleAhead, @task)`,
  );
  const shown = db.prepare(
    `UPDATE tickets SET people_ahead = @peopleAhead, estimate_min = @estimateMin,
       estimate_low = @estimateLow, estimate_high = @estimateHigh
     WHERE hall_id = @hallId AND id = @id`,
  );
  const call = db.prepare(
    `UPDATE tickets SET status = 'called', counter_id = @counterId, called_at = @at,
       first_called_at = coalesce(first_called_at, @at)
     WHERE hall_id = @hallId AND id = @id`,
  );
  const recall = db.prepare(
    `UPDATE tickets SET recalls = recalls + 1, called_at = @at WHERE hall_id = @hallId AND id = @id`,
  );
  const finish = db.prepare(
    `UPDATE tickets SET status = @status, finished_at = @at WHERE hall_id = @hallId AND id = @id`,
  );
  const cancel = db.prepare(
    `UPDATE tickets SET status = 'closed', finished_at = @at, cancelled_at = @at
     WHERE hall_id = @hallId AND id = @id AND status = 'waiting'`,
  );
  const transfer = db.prepare(
    `UPDATE tickets SET service_id = @serviceId, status = 'waiting', counter_id = NULL, called_at = NULL
     WHERE hall_id = @hallId AND id = @id`,
  );
  const step = db.prepare(
    `INSERT INTO ticket_steps (hall_id, ticket_id, at, step, counter_id, service_id, actor)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const steps = db.prepare<[number], { at: string; step: TicketStep; counter_id: number | null }>(
    'SELECT at, step, counter_id FROM ticket_steps WHERE ticket_id = ? ORDER BY id',
  );
  const finishedSince = db.prepare<
    [number, string],
    {
      day: string;
      service_id: number;
      class: TicketClass;
      issued_at: string;
      called_at: string;
      finished_at: string;
      status: TicketStatus;
      task: string | null;
      cancelled: number;
    }
  >(
    // A cancellation is learned as a visitor gone after waiting until it (called_at := then).
    `SELECT day, service_id, class, issued_at, coalesce(called_at, cancelled_at) AS called_at,
       finished_at, status, task, cancelled_at IS NOT NULL AS cancelled FROM tickets
     WHERE hall_id = ? AND day >= ?
       AND (status IN ('done', 'no_show') AND called_at IS NOT NULL OR cancelled_at IS NOT NULL)
       AND finished_at IS NOT NULL`,
  );
  const setCounterState = db.prepare(
    `UPDATE counters SET state = @state, state_until = @until, state_since = @at
     WHERE hall_id = @hallId AND id = @id`,
  );
  // Today's observations for the wait estimator, read once per push (not per ticket): the
  // finished calls with their wait and duration, and the arrivals per issuing service.
  const finishedToday = db.prepare<
    { hallId: number; day: string },
    {
      service_id: number;
      status: TicketStatus;
      wait_min: number;
      duration_min: number;
      cancelled: number;
    }
  >(
    `SELECT service_id, status, cancelled_at IS NOT NULL AS cancelled,
       (julianday(coalesce(called_at, cancelled_at)) - julianday(issued_at)) * 1440 AS wait_min,
       (julianday(finished_at) - julianday(coalesce(called_at, cancelled_at))) * 1440
         AS duration_min
     FROM tickets
     WHERE hall_id = @hallId AND day = @day
       AND (status IN ('done', 'no_show') AND called_at IS NOT NULL OR cancelled_at IS NOT NULL)
       AND finished_at IS NOT NULL`,
  );
  const arrivalsToday = db.prepare<
    { hallId: number; day: string },
    { service_id: number; n: number }
  >(
    `SELECT issued_service_id AS service_id, count(*) AS n FROM tickets
     WHERE hall_id = @hallId AND day = @day GROUP BY issued_service_id`,
  );
  const logCounter = db.prepare(
    'INSERT INTO counter_log (hall_id, counter_id, at, state, until) VALUES (?, ?, ?, ?, ?)',
  );

  // The open tickets of a hall's day, kept in memory once read: every queue view needs them and
  // reading 2,000 rows costs more than the rest of an issue. Every write below goes through
  // `refresh`, which re-reads the one row it changed and moves it within the sorted lists (a
  // binary search, no re-sort); a rolled-back transaction or a write from elsewhere (the demo
  // history) calls `forgetOpen`. Each service's waiting line is kept by class as well, in line
  // order, so that the next call and a ticket's place are found without a pass over the line.
  const openCache = new Map<string, OpenDay>();
  const cacheKey = (hallId: number, day: string) => `${hallId}|${day}`;
  function refresh(hallId: number, id: number): void {
    if (openCache.size === 0) return;
    const row = byId.get(hallId, id);
    for (const [key, entry] of openCache) {
      if (key.startsWith(`${hallId}|`)) removeOpen(entry, id);
    }
    if (!row || (row.status !== 'waiting' && row.status !== 'called')) return;
    const entry = openCache.get(cacheKey(hallId, row.day));
    if (entry) addOpen(entry, row);
  }
  function openDay(hallId: number, day: string): OpenDay {
    const key = cacheKey(hallId, day);
    let entry = openCache.get(key);
    if (!entry) {
      entry = {
        rows: new Map(),
        byCode: new Map(),
        sorted: [],
        lines: new Map(),
        called: new Map(),
      };
      for (const row of open.all(hallId, day)) addOpen(entry, row);
      openCache.set(key, entry);
    }
    return entry;
  }

  return {
    get: (hallId: number, id: number) => byId.get(hallId, id),
    byCode: (code: string) => byCode.get(code),
    byIdempotencyKey: (hallId: number, key: string) => byKey.get(hallId, key),
    /** Waiting and called tickets of the day, in line order (callers must not change them). */
    open: (hallId: number, day: string): readonly TicketRow[] => openDay(hallId, day).sorted,
    /** One service's waiting tickets of the day by class, each in line order (read only). */
    waitingLine(hallId: number, day: string, serviceId: number): WaitingLine {
      return openDay(hallId, day).lines.get(serviceId) ?? EMPTY_LINE;
    },
    /** Every service's waiting line of the day that has anyone in it. */
    waitingLines: (hallId: number, day: string): ReadonlyMap<number, WaitingLine> =>
      openDay(hallId, day).lines,
    /** An open ticket of the day as the line holds it, or undefined. */
    openRow: (hallId: number, day: string, id: number): TicketRow | undefined =>
      openDay(hallId, day).rows.get(id),
    /** An open ticket of the day by its code, or undefined. */
    openByCode: (hallId: number, day: string, code: string): TicketRow | undefined =>
      openDay(hallId, day).byCode.get(code),
    /** The tickets being served now (status 'called'), by id. */
    calledNow: (hallId: number, day: string): ReadonlyMap<number, TicketRow> =>
      openDay(hallId, day).called,
    forgetOpen: () => openCache.clear(),
    stale: (hallId: number, day: string) => stale.all(hallId, day),
    calledAt: (hallId: number, counterId: number) => atCounter.get(hallId, counterId),
    lastCalls: (hallId: number, day: string, limit: number) => lastCalls.all(hallId, day, limit),
    /** Normal tickets called in a service since its last priority ticket, for the ratio policy. */
    normalSincePriority(hallId: number, day: string, serviceId: number): number {
      const classes = calledClasses.all(hallId, day, serviceId);
      const index = classes.findIndex((row) => row.class === 'priority');
      return index === -1 ? classes.length : index;
    },
    issuedToday: (hallId: number, day: string, serviceId: number) =>
      issuedToday.get(hallId, day, serviceId)?.n ?? 0,
    nextSeq(hallId: number, day: string, serviceId: number): number {
      const row = nextSeq.get(hallId, day, serviceId);
      if (!row) throw new Error('sequence did not advance');
      return row.last_seq;
    },
    insert(hallId: number, ticket: NewTicket): number {
      const id = Number(
        insert.run({
          ...ticket,
          hallId,
          estimateMin: ticket.estimate?.minutes ?? null,
          estimateLow: ticket.estimate?.low ?? null,
          estimateHigh: ticket.estimate?.high ?? null,
          task: ticket.task ?? null,
        }).lastInsertRowid,
      );
      refresh(hallId, id);
      return id;
    },
    /** What the new ticket was told: its place in the call order and its estimate. */
    recordShown(hallId: number, id: number, peopleAhead: number, estimate: WaitEstimate | null) {
      shown.run({
        hallId,
        id,
        peopleAhead,
        estimateMin: estimate?.minutes ?? null,
        estimateLow: estimate?.low ?? null,
        estimateHigh: estimate?.high ?? null,
      });
      refresh(hallId, id);
    },
    call(hallId: number, id: number, counterId: number, at: string): void {
      call.run({ hallId, id, counterId, at });
      refresh(hallId, id);
    },
    recall(hallId: number, id: number, at: string): void {
      recall.run({ hallId, id, at });
      refresh(hallId, id);
    },
    finish(hallId: number, id: number, status: 'done' | 'no_show' | 'closed', at: string): void {
      finish.run({ hallId, id, status, at });
      refresh(hallId, id);
    },
    /** Closes a waiting ticket its visitor left; false when it was no longer waiting. */
    cancel(hallId: number, id: number, at: string): boolean {
      const changed = cancel.run({ hallId, id, at }).changes > 0;
      refresh(hallId, id);
      return changed;
    },
    transfer(hallId: number, id: number, serviceId: number): void {
      transfer.run({ hallId, id, serviceId });
      refresh(hallId, id);
    },
    addStep(
      hallId: number,
      ticketId: number,
      at: string,
      kind: TicketStep,
      actor: string,
      where: { counterId?: number | null; serviceId?: number | null } = {},
    ): void {
      step.run(hallId, ticketId, at, kind, where.counterId ?? null, where.serviceId ?? null, actor);
    },
    steps: (ticketId: number) => steps.all(ticketId),
    /** Today's finished calls (wait and duration in minutes, as the model is fitted). */
    finishedToday: (hallId: number, day: string) => finishedToday.all({ hallId, day }),
    /** Tickets issued today per service they were issued for. */
    arrivalsToday: (hallId: number, day: string) => arrivalsToday.all({ hallId, day }),
    /** Served and no-show tickets since a day: what the wait estimator learns from. */
    finishedSince: (hallId: number, day: string) => finishedSince.all(hallId, day),
    setCounterState(
      hallId: number,
      counterId: number,
      state: string,
      until: string | null,
      at: string,
    ): void {
      setCounterState.run({ hallId, id: counterId, state, until, at });
      logCounter.run(hallId, counterId, at, state, until);
    },
  };
}
