/** The queue as screens show it: per service waiting counts, estimates and whether it issues now. */
import { activeProfile } from '../../shared/profiles/active';
import type { Call, PublicTicket, ServiceQueue, WaitEstimate } from '../../shared/schemas/queue';
import type { Counter, HallInfo, Service } from '../../shared/schemas/hall';
import type { Deps } from '../context';
import { hallDay, hallMinutes } from '../domain/hall-time';
import { issueRefusal, peopleAhead } from '../domain/queue';
import { countersAtLunch } from '../domain/presence-schedule';
import { offersPriority, serviceQueueRules } from '../domain/service-rules';
import type { TicketRow } from '../store/tickets';
import { estimateWaits, fitModel } from './estimates';
import type { ServiceTimeModel } from '../domain/wait-estimate';

export type QueueView = {
  day: string;
  hall: HallInfo;
  services: Service[];
  counters: Counter[];
  queues: ServiceQueue[];
  /** Per waiting ticket id: people ahead and its estimate. */
  tickets: Map<number, { peopleAhead: number; estimate: WaitEstimate | null }>;
  open: TicketRow[];
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
  const open = deps.store.tickets.open(hallId, day);
  const line = open
    .filter((t) => t.status === 'waiting')
    .map((t) => ({
      id: t.id,
      serviceId: t.service_id,
      class: t.class,
      queuedAt: t.queued_at,
      task: t.task,
    }));
  const waiting = line.map((t) => ({ ...t, peopleAhead: peopleAhead(line, t) }));
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
  const estimates = estimateWaits({
    now,
    hours: { open: hall.open, close: hall.close },
    policy: profile.queue.callPolicy,
    services,
    counters,
    waiting,
    busy,
    // The lunch rotation (C13): counters away for lunch, with the minute each is back.
    lunchReturns: countersAtLunch(hall, counters, now),
    normalSincePriority: (serviceId) =>
      deps.store.tickets.normalSincePriority(hallId, day, serviceId),
    model: modelOf(deps, hallId, now),
    // Today's observations (two queries a push): they tilt the learned model toward today.
    today: {
      finished: deps.store.tickets.finishedToday(hallId, day).map((row) => ({
        serviceId: row.service_id,
        noShow: row.status === 'no_show',
        waitMin: row.wait_min,
        durationMin: row.duration_min,
      })),
      arrivals: new Map(
        deps.store.tickets.arrivalsToday(hallId, day).map((row) => [row.service_id, row.n]),
      ),
    },
  });
  const minutes = hallMinutes(now);

  const rules = deps.store.halls.serviceRules(hallId);
  const queues = services.map((service): ServiceQueue => ({
    serviceId: service.id,
    code: service.code,
    name: service.name,
    nameEn: service.nameEn,
    open: service.open,
    waiting: waiting.filter((t) => t.serviceId === service.id).length,
    estimate: estimates.takenNow.get(service.id) ?? null,
    counterNumbers: counters.filter((c) => c.serviceIds.includes(service.id)).map((c) => c.number),
    priority: offersPriority(profile.queue, rules.get(service.id)),
    tasks: service.tasks,
    refusal: issueRefusal({
      minutes,
      serviceOpen: service.open && !hall.holidays.includes(day),
      hours: { open: hall.open, close: hall.close },
      lunch: hall.lunch,
      queue: serviceQueueRules(profile.queue, rules.get(service.id)),
      issuedToday: deps.store.tickets.issuedToday(hallId, day, service.id),
      dailyCap: service.dailyCap,
    }),
  }));
  const tickets = new Map(
    waiting.map((t) => [
      t.id,
      { peopleAhead: t.peopleAhead, estimate: estimates.ticket.get(t.id) ?? null },
    ]),
  );
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
  return { day, hall, services, counters, queues, tickets, open, routeTo };
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
      noShow: row.status === 'no_show',
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
  const live = view.tickets.get(row.id);
  return {
    code: row.code,
    number: row.number,
    serviceId: row.service_id,
    serviceName: service?.name ?? '',
    serviceNameEn: service?.nameEn ?? '',
    class: row.class,
    status: row.status,
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
