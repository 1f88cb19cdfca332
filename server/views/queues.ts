/** The queue as screens show it: per service waiting counts, estimates and whether it issues now. */
import { activeProfile } from '../../shared/profiles/active';
import type { CallPolicy } from '../../shared/profiles/schema';
import type { Call, PublicTicket, ServiceQueue, WaitEstimate } from '../../shared/schemas/queue';
import type { Counter, HallInfo, Service } from '../../shared/schemas/hall';
import type { Deps } from '../context';
import { hallDay, hallMinutes } from '../../shared/hall-time';
import { issueRefusal, peopleAheadAll, placeInLine } from '../domain/queue';
import { countersAtLunch } from '../domain/presence-schedule';
import { offersPriority, servicePolicy, serviceQueueRules } from '../domain/service-rules';
import { indexInLine, shownStatus, type TicketRow } from '../store/tickets';
import { estimateWaits, fitModel, type Estimates } from './estimates';
import type { ServiceTimeModel } from '../domain/wait-estimate';

export type LiveTicket = { peopleAhead: number; estimate: WaitEstimate | null };

export type QueueView = {
  day: string;
  hall: HallInfo;
  services: Service[];
  counters: Counter[];
  queues: ServiceQueue[];
  /**
   * A waiting ticket's people ahead and estimate, found when asked (a binary search in its
   * line, no pass over it), or undefined for a ticket not waiting. Read it while the view is
   * current (`sharedQueueView`): it reads the store's line as it stands.
   */
  live(id: number): LiveTicket | undefined;
  /** The day's open tickets in line order: the store's own list, read only. */
  open: readonly TicketRow[];
  /** Per service id: the department on the map a phone's route leads to, if it is placed. */
  routeTo: Map<number, PublicTicket['routeTo']>;
};

/**
 * Snapshots reuse the view last computed for a hall while nothing was logged since and it is
 * younger than this: a thousand boards reconnecting after a restart cost one view, not a
 * thousand. Commands always compute afresh (pushQueue), which also refreshes the shared one.
 */
const VIEW_REUSE_MS = 2000;
const lastViews = new WeakMap<
  Deps['store'],
  Map<number, { appended: number; at: number; view: QueueView }>
>();

export function sharedQueueView(deps: Deps, hallId: number): QueueView {
  const last = lastViews.get(deps.store)?.get(hallId);
  const fresh =
    last &&
    last.appended === deps.store.events.appendCount() &&
    Math.abs(deps.clock.now().getTime() - last.at) < VIEW_REUSE_MS;
  return fresh ? last.view : queueView(deps, hallId);
}

export function queueView(deps: Deps, hallId: number): QueueView {
  const view = computeQueueView(deps, hallId);
  let byHall = lastViews.get(deps.store);
  if (!byHall) lastViews.set(deps.store, (byHall = new Map()));
  byHall.set(hallId, {
    appended: deps.store.events.appendCount(),
    at: deps.clock.now().getTime(),
    view,
  });
  return view;
}

function computeQueueView(deps: Deps, hallId: number): QueueView {
  const now = deps.clock.now();
  const day = hallDay(now);
  const hall = deps.store.halls.get(hallId);
  if (!hall) throw new Error(`no hall ${hallId}`);
  const profile = activeProfile(hall);
  const services = deps.store.services.list(hallId);
  const counters = deps.store.services.counters(hallId);
  const tickets = deps.store.tickets;
  const open = tickets.open(hallId, day);
  // People ahead and the estimator's replay follow the order call next uses: each line's own
  // policy and where its ratio count stands now, read once per view.
  const rules = deps.store.halls.serviceRules(hallId);
  const policyOf = (serviceId: number) =>
    servicePolicy(profile.queue.callPolicy, rules.get(serviceId));
  const since = new Map(
    services.map((s) => [s.id, tickets.normalSincePriority(hallId, day, s.id)]),
  );
  const normalSincePriority = (serviceId: number) => since.get(serviceId) ?? 0;
  const estimates =
    reusedEstimates(deps, hallId, day) ??
    freshEstimates(deps, hallId, day, () =>
      replayInput(deps, hallId, { now, day, hall, services, counters, open, policyOf, since }),
    );
  // A ticket issued since the replay is told what "a ticket taken now" was told then.
  const estimateOf = (row: TicketRow) =>
    estimates.ticket.has(row.id)
      ? (estimates.ticket.get(row.id) ?? null)
      : ((row.class === 'priority' ? estimates.takenNowPriority : estimates.takenNow).get(
          row.service_id,
        ) ?? null);
  const live = (id: number): LiveTicket | undefined => {
    const row = tickets.openRow(hallId, day, id);
    if (!row || row.status !== 'waiting') return undefined;
    const line = tickets.waitingLine(hallId, day, row.service_id);
    const index = indexInLine(row.class === 'priority' ? line.priority : line.normal, row);
    if (index < 0) return undefined;
    const peopleAhead = placeInLine(
      row.class,
      index,
      { priority: line.priority.length, normal: line.normal.length },
      policyOf(row.service_id),
      normalSincePriority(row.service_id),
    );
    return { peopleAhead, estimate: estimateOf(row) };
  };
  const minutes = hallMinutes(now);

  const queues = services.map((service): ServiceQueue => {
    const line = tickets.waitingLine(hallId, day, service.id);
    return {
      serviceId: service.id,
      code: service.code,
      name: service.name,
      nameEn: service.nameEn,
      open: service.open,
      waiting: line.priority.length + line.normal.length,
      estimate: estimates.takenNow.get(service.id) ?? null,
      counterNumbers: counters
        .filter((c) => c.serviceIds.includes(service.id))
        .map((c) => c.number),
      priority: offersPriority(profile.queue, rules.get(service.id)),
      tasks: service.tasks,
      refusal: issueRefusal({
        minutes,
        serviceOpen: service.open && !hall.holidays.includes(day),
        hours: { open: hall.open, close: hall.close },
        lunch: hall.lunch,
        queue: serviceQueueRules(profile.queue, rules.get(service.id)),
        issuedToday: tickets.issuedToday(hallId, day, service.id),
        dailyCap: service.dailyCap,
      }),
    };
  });
  // Read once per view: every open ticket's phone page is pushed from it.
  const departments = new Map(deps.store.places.departments(hallId).map((d) => [d.id, d]));
  const routeTo = new Map(
    services.map((service) => {
      const department = departments.get(service.departmentId);
      return [
        service.id,
        department && department.floorId !== null
          ? { hall: hallId, department: department.slug }
          : null,
      ];
    }),
  );
  return { day, hall, services, counters, queues, live, open, routeTo };
}

/**
 * What the estimator replays: every waiting ticket with its place, the counters and what they
 * serve, today's observations. Built only when a replay runs (once per refresh interval), the
 * one pass over the whole line left in a view.
 */
function replayInput(
  deps: Deps,
  hallId: number,
  view: {
    now: Date;
    day: string;
    hall: HallInfo;
    services: Service[];
    counters: Counter[];
    open: readonly TicketRow[];
    policyOf: (serviceId: number) => CallPolicy;
    since: Map<number, number>;
  },
): Parameters<typeof estimateWaits>[0] {
  const { now, day, hall, services, counters, open, policyOf, since } = view;
  const profile = activeProfile(hall);
  const normalSincePriority = (serviceId: number) => since.get(serviceId) ?? 0;
  const line = open
    .filter((t) => t.status === 'waiting')
    .map((t) => ({
      id: t.id,
      serviceId: t.service_id,
      class: t.class,
      queuedAt: t.queued_at,
      task: t.task,
    }));
  const ahead = peopleAheadAll(line, policyOf, normalSincePriority);
  const waiting = line.map((t) => ({ ...t, peopleAhead: ahead.get(t.id) ?? 0 }));
  const busy = new Map(
    open
      .filter((t) => t.status === 'called' && t.counter_id !== null && t.called_at !== null)
      .map((t) => [
        t.counter_id as number,
        {
          serviceId: t.service_id,
          calledAt: t.called_at as string,
          issuedAt: t.issued_at,
          task: t.task,
        },
      ]),
  );
  return {
    now,
    hours: { open: hall.open, close: hall.close },
    policy: profile.queue.callPolicy,
    policyOf,
    services,
    counters,
    waiting,
    busy,
    // The lunch rotation (C13): counters away for lunch, with the minute each is back.
    lunchReturns: countersAtLunch(hall, counters, now),
    normalSincePriority,
    model: modelOf(deps, hallId, now),
    // Today's observations (two queries a replay): they tilt the learned model toward today.
    today: {
      finished: deps.store.tickets.finishedToday(hallId, day).map((row) => ({
        serviceId: row.service_id,
        // A visitor who left the line from the phone is gone as a no-show is, uncalled.
        noShow: row.status === 'no_show' || row.cancelled === 1,
        cancelled: row.cancelled === 1,
        waitMin: row.wait_min,
        durationMin: row.duration_min,
      })),
      arrivals: new Map(
        deps.store.tickets.arrivalsToday(hallId, day).map((row) => [row.service_id, row.n]),
      ),
    },
  };
}

/**
 * The estimator's replay is the one part of a view whose cost grows with the line (every waiting
 * ticket in every run). With `estimateRefreshMs` set (1 s in production), a view within that
 * time of the last replay reuses it: places in line, counts and refusals stay exact, tickets
 * issued since get the "taken now" estimate, and a push after the interval brings every screen
 * the fresh replay. So the replay costs at most one run per interval, whatever the rate of
 * commands, and an issue or a call costs nearly the same with 10 or 2,000 waiting.
 *
 * A long line makes the replay itself long (about 250 ms for 2,000 waiting on a loaded
 * two-core machine): one a second would hold the event loop a quarter of the time, and health
 * checks and every other command wait behind it. So the interval also stretches to keep the
 * replays within REPLAY_SHARE of the time: a 250 ms replay runs at most every 5 s. Places in
 * line stay exact meanwhile; only the minutes are that much older.
 */
const REPLAY_SHARE = 0.05;
const replays = new WeakMap<
  Deps['store'],
  Map<
    number,
    { at: number; day: string; estimates: Estimates; costMs: number; refresh?: NodeJS.Timeout }
  >
>();

/** How long a replay is reused: the configured interval, or longer after a costly replay. */
export function replayIntervalMs(refreshMs: number, costMs: number): number {
  return Math.max(refreshMs, costMs / REPLAY_SHARE);
}

function reusedEstimates(deps: Deps, hallId: number, day: string): Estimates | null {
  const refreshMs = deps.config.estimateRefreshMs ?? 0;
  if (refreshMs <= 0) return null;
  const last = replays.get(deps.store)?.get(hallId);
  if (!last || last.day !== day) return null;
  const age = performance.now() - last.at;
  const interval = replayIntervalMs(refreshMs, last.costMs);
  if (age >= interval) return null;
  // Screens get the fresh replay once the interval is over, even if nothing else happens.
  last.refresh ??= setTimeout(() => {
    last.refresh = undefined;
    if (!deps.store.db.open) return;
    lastViews.get(deps.store)?.delete(hallId);
    refreshPush?.(deps, hallId);
  }, interval - age).unref();
  return last.estimates;
}

function freshEstimates(
  deps: Deps,
  hallId: number,
  day: string,
  input: () => Parameters<typeof estimateWaits>[0],
): Estimates {
  const started = performance.now();
  const estimates = estimateWaits(input());
  const at = performance.now();
  let byHall = replays.get(deps.store);
  if (!byHall) replays.set(deps.store, (byHall = new Map()));
  const previous = byHall.get(hallId);
  if (previous?.refresh) clearTimeout(previous.refresh);
  byHall.set(hallId, { at, day, estimates, costMs: at - started });
  return estimates;
}

/** How a refreshed replay reaches the screens: the queue commands' push, set by them. */
let refreshPush: ((deps: Deps, hallId: number) => void) | undefined;
export function onEstimatesRefreshed(push: (deps: Deps, hallId: number) => void): void {
  refreshPush = push;
}

/** Days of history the estimator learns from, and how long a fitted model is reused. */
const HISTORY_DAYS = 60;
const MODEL_TTL_MS = 10 * 60 * 1000;
const models = new WeakMap<Deps['store'], Map<number, { at: number; model: ServiceTimeModel }>>();

function modelOf(deps: Deps, hallId: number, now: Date): ServiceTimeModel {
  let byHall = models.get(deps.store);
  if (!byHall) models.set(deps.store, (byHall = new Map()));
  const cached = byHall.get(hallId);
  if (cached && Math.abs(now.getTime() - cached.at) < MODEL_TTL_MS) return cached.model;
  const since = hallDay(new Date(now.getTime() - HISTORY_DAYS * 86_400_000));
  const minutes = (iso: string) => hallMinutes(new Date(iso));
  const model = fitModel(
    deps.store.tickets.finishedSince(hallId, since).map((row) => ({
      day: row.day,
      serviceId: String(row.service_id),
      ticketClass: row.class,
      issuedAt: minutes(row.issued_at),
      calledAt: minutes(row.called_at),
      noShow: row.status === 'no_show' || row.cancelled === 1,
      ...(row.cancelled === 1 ? { cancelled: true } : {}),
      durationMin: Math.max(0, (Date.parse(row.finished_at) - Date.parse(row.called_at)) / 60_000),
      ...(row.task !== null ? { task: row.task } : {}),
    })),
  );
  byHall.set(hallId, { at: now.getTime(), model });
  return model;
}

/** A ticket as the visitor sees it; `view` is read once per push, not once per ticket. */
export function publicTicket(row: TicketRow, view: QueueView): PublicTicket {
  const { hall, services, counters } = view;
  const service = services.find((s) => s.id === row.service_id);
  const live = row.status === 'waiting' ? view.live(row.id) : undefined;
  return {
    code: row.code,
    number: row.number,
    serviceId: row.service_id,
    serviceName: service?.name ?? '',
    serviceNameEn: service?.nameEn ?? '',
    class: row.class,
    status: shownStatus(row),
    issuedAt: row.issued_at,
    peopleAhead: live?.peopleAhead ?? 0,
    estimate: row.status === 'waiting' ? (live?.estimate ?? null) : null,
    counterNumbers: counters
      .filter((c) => c.serviceIds.includes(row.service_id))
      .map((c) => c.number),
    counterNumber:
      row.counter_id === null
        ? null
        : (counters.find((c) => c.id === row.counter_id)?.number ?? null),
    calledAt: row.called_at,
    hallName: hall.name,
    hallNameEn: hall.nameEn,
    routeTo: view.routeTo.get(row.service_id) ?? null,
  };
}

export function toCall(deps: Deps, row: TicketRow, counters?: Counter[]): Call {
  const counter = (counters ?? deps.store.services.counters(row.hall_id)).find(
    (c) => c.id === row.counter_id,
  );
  return {
    id: row.id,
    ticketId: row.id,
    number: row.number,
    counterNumber: counter?.number ?? 0,
    serviceId: row.service_id,
    at: row.called_at ?? row.issued_at,
    recall: row.recalls,
  };
}

/** The board's list of the last calls, newest first. */
export const BOARD_CALLS = 8;
export function lastCalls(deps: Deps, hallId: number, day: string): Call[] {
  const counters = deps.store.services.counters(hallId);
  return deps.store.tickets
    .lastCalls(hallId, day, BOARD_CALLS)
    .map((row) => toCall(deps, row, counters));
}
