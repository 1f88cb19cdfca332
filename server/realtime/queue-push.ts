/**
 * The queue's fan-out: after any queue change, the delta each screen that shows the queue gets
 * (boards, kiosks, counter consoles, and the phones following a ticket), batched per turn of the
 * event loop. The queue commands (commands/queue.ts and the others that move tickets) call
 * `pushQueue`; nothing else here decides anything.
 */
import type { Deps } from '../context';
import type { TicketRow } from '../store/tickets';
import { toConsoleTicket } from '../store/tickets';
import {
  onEstimatesRefreshed,
  publicTicket,
  sharedQueueView,
  toCall,
  BOARD_CALLS,
} from '../views/queues';
import { rooms } from './rooms';

/**
 * After any queue change: every screen that shows the queue gets its delta. A call goes to the
 * board at once; the rest waits for the end of this turn of the event loop, so that a burst of
 * commands (many kiosks issuing while the server is busy) costs one estimator run and one push
 * per screen, not one per command. On a quiet server that is still within the same millisecond.
 */
export function pushQueue(
  deps: Deps,
  hallId: number,
  changes: { call?: TicketRow; tickets?: TicketRow[] } = {},
): void {
  if (changes.call) {
    deps.hub.publish<'board'>(rooms.board(hallId), [
      {
        op: 'upsert',
        key: 'calls',
        items: [toCall(deps, changes.call)],
        front: true,
        keep: BOARD_CALLS,
      },
    ]);
  }
  let byHall = pendingPushes.get(deps.store);
  if (!byHall) pendingPushes.set(deps.store, (byHall = new Map()));
  const pending = byHall.get(hallId);
  if (pending) {
    for (const row of changes.tickets ?? []) pending.set(row.id, row);
    return;
  }
  const rows = new Map((changes.tickets ?? []).map((row) => [row.id, row]));
  byHall.set(hallId, rows);
  setImmediate(() => {
    byHall.delete(hallId);
    // The server may have shut down in between: nothing is left to push to.
    if (deps.store.db.open) publishQueue(deps, hallId, [...rows.values()]);
  });
}

// A wait replay reused for a moment (views/queues.ts) is pushed fresh when its moment is over.
onEstimatesRefreshed((deps, hallId) => pushQueue(deps, hallId));

/** Per store and hall: the ticket rows changed since the last push, waiting for it. */
const pendingPushes = new WeakMap<Deps['store'], Map<number, Map<number, TicketRow>>>();

function publishQueue(deps: Deps, hallId: number, changed: TicketRow[]): void {
  // The view an issue just computed for its answer is reused when nothing happened since.
  const view = sharedQueueView(deps, hallId);
  const tickets = deps.store.tickets;
  // Each changed ticket as it stands now: open (in the line) or finished (its last row).
  const current = changed.map((row) => tickets.openRow(hallId, view.day, row.id) ?? row);
  const isOpen = (row: TicketRow) =>
    tickets.openRow(hallId, view.day, row.id) === row && row.day === view.day;
  deps.hub.publish<'board'>(rooms.board(hallId), [
    { op: 'set', key: 'queues', value: view.queues },
  ]);
  deps.hub.publish<'kiosk'>(rooms.kiosks(hallId), [
    { op: 'set', key: 'queues', value: view.queues },
  ]);
  // The consoles' list changes by the tickets that changed; a new day (or the first push of this
  // process) sends it whole, so a console open across midnight drops yesterday's line.
  let days = counterDays.get(deps.store);
  if (!days) counterDays.set(deps.store, (days = new Map()));
  const wholeList = days.get(hallId) !== view.day;
  days.set(hallId, view.day);
  const gone = current.filter((row) => !isOpen(row)).map((row) => row.id);
  const stillOpen = current.filter(isOpen).map(toConsoleTicket);
  deps.hub.publish<'counter'>(rooms.counters(hallId), [
    { op: 'set', key: 'queues', value: view.queues },
    { op: 'set', key: 'counters', value: view.counters },
    ...(wholeList
      ? [{ op: 'set' as const, key: 'tickets' as const, value: view.open.map(toConsoleTicket) }]
      : [
          ...(gone.length > 0
            ? [{ op: 'remove' as const, key: 'tickets' as const, ids: gone }]
            : []),
          ...(stillOpen.length > 0
            ? [{ op: 'upsert' as const, key: 'tickets' as const, items: stillOpen }]
            : []),
        ]),
  ]);
  // Phones: every followed ticket whose place, estimate or state moved gets it, and every ticket
  // that changed (finished ones their last state). Nobody else's room is looked at: a push
  // costs the same with 10 or 2,000 waiting, and grows only with the phones that follow.
  let sent = lastSent.get(deps.store);
  if (!sent) lastSent.set(deps.store, (sent = new Map()));
  const changedIds = new Set(current.map((row) => row.id));
  // What a phone shows of the hall and its counters, beside its own ticket.
  const around = JSON.stringify([
    view.hall.name,
    view.hall.nameEn,
    view.counters.map((c) => [c.id, c.number, c.serviceIds]),
    [...view.routeTo],
    view.services.map((s) => [s.id, s.name, s.nameEn]),
  ]);
  const candidates = [...current];
  for (const code of deps.hub.followedTickets()) {
    const row = tickets.openByCode(hallId, view.day, code);
    if (row && !changedIds.has(row.id)) candidates.push(row);
  }
  for (const row of candidates) {
    const open = isOpen(row);
    const live = open ? view.live(row.id) : undefined;
    const shown = { row, ahead: live?.peopleAhead, estimate: live?.estimate, around };
    const last = sent.get(row.id);
    if (
      !changedIds.has(row.id) &&
      last &&
      last.row === row &&
      last.ahead === shown.ahead &&
      last.estimate === shown.estimate &&
      last.around === around
    ) {
      continue;
    }
    if (open) sent.set(row.id, shown);
    else sent.delete(row.id);
    deps.hub.publish<'ticket'>(rooms.ticket(row.code), [
      { op: 'set', key: 'ticket', value: publicTicket(row, view) },
    ]);
  }
}

/** What each open ticket's room was last sent, by identity: unchanged tickets are not resent. */
const lastSent = new WeakMap<
  Deps['store'],
  Map<number, { row: TicketRow; ahead?: number; estimate?: unknown; around: string }>
>();

/** Per store and hall: the day whose line the consoles were last sent whole. */
const counterDays = new WeakMap<Deps['store'], Map<number, string>>();
