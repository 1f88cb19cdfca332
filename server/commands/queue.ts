/**
 * Queue commands: issue at the kiosk; open, call, recall, no-show, transfer and finish at the
 * counter. Each validates, runs in one transaction with its steps and event, then pushes
 * (realtime/queue-push.ts).
 */
import { randomBytes } from 'node:crypto';
import { BREAK_MAX_MIN, breakReturnRefusal } from '../../shared/counter-break';
import { CommandError, notFound } from '../../shared/errors';
import { activeProfile } from '../../shared/profiles/active';
import type { CounterState } from '../../shared/schemas/hall';
import type { IssueTicketBody, PublicTicket, IssueRefusal } from '../../shared/schemas/queue';
import type { Actor, Deps } from '../context';
import { hallDay, hallMinutes } from '../../shared/hall-time';
import { issueRefusal, pickNext, ticketNumber } from '../domain/queue';
import { serviceQueueRules, servicePolicy, ticketClassFor } from '../domain/service-rules';
import { pushQueue } from '../realtime/queue-push';
import type { TicketRow } from '../store/tickets';
import { toConsoleTicket } from '../store/tickets';
import { lastCalls, publicTicket, queueView, sharedQueueView } from '../views/queues';

/** A visitor called ten times is not coming; the console says so instead of calling forever. */
export const MAX_RECALLS = 9;

const REFUSAL_MESSAGES: Record<IssueRefusal['reason'], string> = {
  service_closed: 'This service is closed today.',
  before_hours: 'Tickets are issued from opening time.',
  after_hours: 'Tickets for today have ended.',
  lunch: 'This service pauses over lunch.',
  daily_cap: 'Today’s tickets for this service have run out.',
};

/** 16 characters of base32: 80 bits, unguessable for a page that shows one ticket. */
function ticketCode(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789';
  return Array.from(randomBytes(16), (b) => alphabet[b % 32]).join('');
}

function hallOrThrow(deps: Deps, hallId: number) {
  const hall = deps.store.halls.get(hallId);
  if (!hall) throw notFound('Hall');
  return hall;
}

export function issueTicket(
  deps: Deps,
  actor: Actor,
  hallId: number,
  kioskId: number | null,
  input: IssueTicketBody,
): PublicTicket {
  const hall = hallOrThrow(deps, hallId);
  const profile = activeProfile(hall);
  const now = deps.clock.now();
  const day = hallDay(now);
  const service = deps.store.services.list(hallId).find((s) => s.id === input.serviceId);
  if (!service) throw new CommandError(404, 'unknown_service', 'This hall has no such service.');
  if (input.task !== undefined && !service.tasks.some((t) => t.name === input.task)) {
    throw new CommandError(422, 'unknown_task', 'This service has no such task.', [
      { path: 'task', message: `Not one of: ${service.tasks.map((t) => t.name).join(', ')}` },
    ]);
  }
  const rules = deps.store.halls.serviceRules(hallId).get(service.id);
  const cls = ticketClassFor(input.priority, profile.queue, rules);

  // Idempotency belongs to the request: the kiosk keeps one key for a visitor's taps and its
  // retries, so the key (stored with the ticket, so across restarts) is the only thing that
  // folds two requests into one. Two visitors taking the same service a second apart are two.
  const existing = deps.store.tickets.byIdempotencyKey(hallId, input.idempotencyKey);
  if (existing) return publicTicket(existing, sharedQueueView(deps, hallId));

  const refusal = issueRefusal({
    minutes: hallMinutes(now),
    serviceOpen: service.open && !hall.holidays.includes(day),
    hours: { open: hall.open, close: hall.close },
    lunch: hall.lunch,
    queue: serviceQueueRules(profile.queue, rules),
    issuedToday: deps.store.tickets.issuedToday(hallId, day, service.id),
    dailyCap: service.dailyCap,
  });
  if (refusal) {
    throw new CommandError(409, refusal.reason, REFUSAL_MESSAGES[refusal.reason], [
      { path: 'opensAt', message: refusal.opensAt ?? '' },
    ]);
  }

  const id = deps.store.tx(() => {
    const seq = deps.store.tickets.nextSeq(hallId, day, service.id);
    const ticketId = deps.store.tickets.insert(hallId, {
      day,
      serviceId: service.id,
      seq,
      number: ticketNumber(service.code, seq),
      code: ticketCode(),
      class: cls,
      kioskId,
      idempotencyKey: input.idempotencyKey,
      issuedAt: now.toISOString(),
      estimate: null,
      peopleAhead: 0,
      task: input.task ?? null,
    });
    deps.store.tickets.addStep(hallId, ticketId, now.toISOString(), 'issued', actor, {
      serviceId: service.id,
    });
    deps.store.events.append(hallId, now.toISOString(), actor, 'ticket:issued', {
      ticketId,
      serviceId: service.id,
      class: cls,
      ...(input.task !== undefined ? { task: input.task } : {}),
    });
    // Stored as told: the place in the order calls will take (a priority ticket under a ratio
    // policy is not last) and the estimate replayed along it. The answer and the push reuse it.
    const live = queueView(deps, hallId).live(ticketId);
    deps.store.tickets.recordShown(
      hallId,
      ticketId,
      live?.peopleAhead ?? 0,
      live?.estimate ?? null,
    );
    return ticketId;
  });
  const row = deps.store.tickets.get(hallId, id);
  if (!row) throw notFound('Ticket');
  const view = sharedQueueView(deps, hallId);
  pushQueue(deps, hallId, { tickets: [row] });
  return publicTicket(row, view);
}

function counterOrThrow(deps: Deps, hallId: number, counterId: number) {
  const counter = deps.store.services.counters(hallId).find((c) => c.id === counterId);
  if (!counter) throw notFound('Counter');
  return counter;
}

const BREAK_REFUSAL_MESSAGES = {
  not_away: 'An expected return can only be given for lunch or a break.',
  in_past: 'The expected return must be later than now.',
  too_far: `The expected return must be within ${BREAK_MAX_MIN / 60} hours; close the counter for a longer absence.`,
} as const;

export function setCounterState(
  deps: Deps,
  actor: Actor,
  hallId: number,
  counterId: number,
  state: CounterState,
  expected: { returnsAt?: string | null; returnInMin?: number } = {},
): void {
  const counter = counterOrThrow(deps, hallId, counterId);
  const clock = deps.clock.now();
  // A lunch or break may say when the officer is back; the estimator counts on that return.
  const until =
    expected.returnInMin !== undefined
      ? new Date(clock.getTime() + expected.returnInMin * 60_000)
      : expected.returnsAt
        ? new Date(expected.returnsAt)
        : null;
  if (until) {
    const refusal = breakReturnRefusal(state, until, clock);
    if (refusal) {
      throw new CommandError(400, `return_${refusal}`, BREAK_REFUSAL_MESSAGES[refusal], [
        {
          path: expected.returnInMin !== undefined ? 'returnInMin' : 'returnsAt',
          message: BREAK_REFUSAL_MESSAGES[refusal],
        },
      ]);
    }
  }
  const untilIso = until?.toISOString() ?? null;
  if (counter.state === state && (counter.returnsAt ?? null) === untilIso) return;
  const now = clock.toISOString();
  deps.store.tx(() => {
    deps.store.tickets.setCounterState(hallId, counterId, state, untilIso, now);
    deps.store.events.append(hallId, now, actor, 'counter:state-changed', {
      counterId,
      from: counter.state,
      to: state,
      ...(untilIso ? { returnsAt: untilIso } : {}),
    });
  });
  pushQueue(deps, hallId);
}

/** Finishes the ticket a counter is serving, if any, inside the caller's transaction. */
function finishCurrent(
  deps: Deps,
  actor: Actor,
  hallId: number,
  counterId: number,
  at: string,
): TicketRow | undefined {
  const current = deps.store.tickets.calledAt(hallId, counterId);
  if (!current) return undefined;
  deps.store.tickets.finish(hallId, current.id, 'done', at);
  deps.store.tickets.addStep(hallId, current.id, at, 'served', actor, { counterId });
  return current;
}

function callTicket(
  deps: Deps,
  actor: Actor,
  hallId: number,
  counterId: number,
  choose: (day: string) => TicketRow | undefined,
) {
  const counter = counterOrThrow(deps, hallId, counterId);
  if (counter.state !== 'open') {
    throw new CommandError(
      409,
      'counter_closed',
      `Counter ${counter.number} is not open. Open it first.`,
    );
  }
  const now = deps.clock.now().toISOString();
  const day = hallDay(deps.clock.now());
  const result = deps.store.tx(() => {
    const next = choose(day);
    if (!next) return null;
    const previous = finishCurrent(deps, actor, hallId, counterId, now);
    deps.store.tickets.call(hallId, next.id, counterId, now);
    deps.store.tickets.addStep(hallId, next.id, now, 'called', actor, { counterId });
    deps.store.events.append(hallId, now, actor, 'ticket:called', { ticketId: next.id, counterId });
    return { next: next.id, previous };
  });
  if (!result)
    throw new CommandError(
      409,
      'queue_empty',
      'Nobody is waiting for the services of this counter.',
    );
  const called = deps.store.tickets.get(hallId, result.next);
  if (!called) throw notFound('Ticket');
  pushQueue(deps, hallId, {
    call: called,
    tickets: [
      called,
      ...(result.previous ? [deps.store.tickets.get(hallId, result.previous.id)!] : []),
    ],
  });
  return toConsoleTicket(called);
}

export function callNext(deps: Deps, actor: Actor, hallId: number, counterId: number) {
  const hall = hallOrThrow(deps, hallId);
  const policy = activeProfile(hall).queue.callPolicy;
  const counter = counterOrThrow(deps, hallId, counterId);
  return callTicket(deps, actor, hallId, counterId, (day) => {
    // Only the head of each class can be called next: pickNext sees those, not the whole line.
    const heads = (serviceId: number) => {
      const line = deps.store.tickets.waitingLine(hallId, day, serviceId);
      return [line.priority[0], line.normal[0]].filter((t) => t !== undefined);
    };
    // Each service may order its priority tickets by its own rule: try them in the counter's order.
    const rules = deps.store.halls.serviceRules(hallId);
    for (const serviceId of counter.serviceIds) {
      const rows = heads(serviceId);
      const next = pickNext(
        rows.map((t) => ({
          id: t.id,
          serviceId: t.service_id,
          class: t.class,
          queuedAt: t.queued_at,
        })),
        [serviceId],
        servicePolicy(policy, rules.get(serviceId)),
        (id) => deps.store.tickets.normalSincePriority(hallId, day, id),
      );
      if (next) return rows.find((t) => t.id === next.id);
    }
    return undefined;
  });
}

/** Calls one waiting ticket out of order (a visitor who came back, an appointment). */
export function callSpecific(
  deps: Deps,
  actor: Actor,
  hallId: number,
  counterId: number,
  ticketId: number,
) {
  const ticket = deps.store.tickets.get(hallId, ticketId);
  if (!ticket) throw new CommandError(404, 'unknown_ticket', 'No such ticket.');
  if (ticket.status !== 'waiting') {
    throw new CommandError(409, 'not_waiting', `Ticket ${ticket.number} is not waiting.`);
  }
  return callTicket(deps, actor, hallId, counterId, () => deps.store.tickets.get(hallId, ticketId));
}

function currentOrThrow(deps: Deps, hallId: number, counterId: number): TicketRow {
  counterOrThrow(deps, hallId, counterId);
  const current = deps.store.tickets.calledAt(hallId, counterId);
  if (!current) throw new CommandError(409, 'nothing_called', 'This counter has no ticket called.');
  return current;
}

export function recall(deps: Deps, actor: Actor, hallId: number, counterId: number) {
  const current = currentOrThrow(deps, hallId, counterId);
  if (current.recalls >= MAX_RECALLS) {
    throw new CommandError(
      409,
      'recall_limit',
      `Ticket ${current.number} was called ${current.recalls + 1} times. Mark it as a no-show.`,
    );
  }
  const now = deps.clock.now().toISOString();
  deps.store.tx(() => {
    deps.store.tickets.recall(hallId, current.id, now);
    deps.store.tickets.addStep(hallId, current.id, now, 'recalled', actor, { counterId });
    deps.store.events.append(hallId, now, actor, 'ticket:recalled', {
      ticketId: current.id,
      counterId,
    });
  });
  const row = deps.store.tickets.get(hallId, current.id)!;
  pushQueue(deps, hallId, { call: row, tickets: [row] });
  return toConsoleTicket(row);
}

export function markNoShow(deps: Deps, actor: Actor, hallId: number, counterId: number) {
  const hall = hallOrThrow(deps, hallId);
  const limit = activeProfile(hall).queue.recallsBeforeNoShow;
  const current = currentOrThrow(deps, hallId, counterId);
  if (current.recalls < limit) {
    throw new CommandError(
      409,
      'recall_first',
      `Recall ticket ${current.number} ${limit - current.recalls} more time(s) before marking a no-show.`,
    );
  }
  return finishWith(deps, actor, hallId, counterId, current, 'no_show');
}

export function finishServing(deps: Deps, actor: Actor, hallId: number, counterId: number) {
  return finishWith(
    deps,
    actor,
    hallId,
    counterId,
    currentOrThrow(deps, hallId, counterId),
    'done',
  );
}

function finishWith(
  deps: Deps,
  actor: Actor,
  hallId: number,
  counterId: number,
  current: TicketRow,
  status: 'done' | 'no_show',
) {
  const now = deps.clock.now().toISOString();
  deps.store.tx(() => {
    deps.store.tickets.finish(hallId, current.id, status, now);
    deps.store.tickets.addStep(
      hallId,
      current.id,
      now,
      status === 'done' ? 'served' : 'no_show',
      actor,
      { counterId },
    );
    deps.store.events.append(
      hallId,
      now,
      actor,
      status === 'done' ? 'ticket:served' : 'ticket:no-show',
      { ticketId: current.id, counterId },
    );
  });
  const row = deps.store.tickets.get(hallId, current.id)!;
  pushQueue(deps, hallId, { tickets: [row] });
  return toConsoleTicket(row);
}

/** Moves a ticket to another service's line, keeping its place by original issue time. */
export function transferTicket(
  deps: Deps,
  actor: Actor,
  hallId: number,
  ticketId: number,
  serviceId: number,
) {
  const ticket = deps.store.tickets.get(hallId, ticketId);
  if (!ticket) throw new CommandError(404, 'unknown_ticket', 'No such ticket.');
  if (ticket.status !== 'waiting' && ticket.status !== 'called') {
    throw new CommandError(409, 'not_open', `Ticket ${ticket.number} is already finished.`);
  }
  if (!deps.store.services.list(hallId).some((s) => s.id === serviceId)) {
    throw new CommandError(404, 'unknown_service', 'This hall has no such service.');
  }
  if (ticket.service_id === serviceId) {
    throw new CommandError(409, 'same_service', `Ticket ${ticket.number} is already in that line.`);
  }
  const now = deps.clock.now().toISOString();
  deps.store.tx(() => {
    deps.store.tickets.transfer(hallId, ticketId, serviceId);
    deps.store.tickets.addStep(hallId, ticketId, now, 'transferred', actor, {
      serviceId,
      counterId: ticket.counter_id,
    });
    deps.store.events.append(hallId, now, actor, 'ticket:transferred', {
      ticketId,
      from: ticket.service_id,
      to: serviceId,
    });
  });
  const row = deps.store.tickets.get(hallId, ticketId)!;
  pushQueue(deps, hallId, { tickets: [row] });
  return toConsoleTicket(row);
}

/** Tickets left from an earlier day are closed as "not served (closing)", never carried over. */
export function closeStaleTickets(deps: Deps, hallId: number): number {
  const now = deps.clock.now();
  const stale = deps.store.tickets.stale(hallId, hallDay(now));
  if (stale.length === 0) return 0;
  const at = now.toISOString();
  deps.store.tx(() => {
    for (const ticket of stale) {
      deps.store.tickets.finish(hallId, ticket.id, 'closed', at);
      deps.store.tickets.addStep(hallId, ticket.id, at, 'closed', 'system', {});
    }
    deps.store.events.append(hallId, at, 'system', 'tickets:closed-at-day-end', {
      count: stale.length,
    });
  });
  pushQueue(deps, hallId);
  return stale.length;
}

export function publicTicketByCode(deps: Deps, code: string): PublicTicket {
  const row = deps.store.tickets.byCode(code);
  if (!row)
    throw new CommandError(
      404,
      'unknown_ticket',
      'No ticket has this code. It may be mistyped or from another day.',
    );
  return publicTicket(row, sharedQueueView(deps, row.hall_id));
}

export { lastCalls };
