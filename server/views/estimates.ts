/**
 * The one place every screen's wait estimate comes from: it turns what the store holds into the
 * input of the estimator (`server/domain/wait-estimate.ts`) and its answer into `WaitEstimate`s.
 * The service-time model is fitted from the hall's finished tickets and refreshed every
 * ten minutes; a service without history starts from its configured mean service time.
 */
import type { CallPolicy } from '../../shared/profiles/schema';
import type { Counter, Service } from '../../shared/schemas/hall';
import type { WaitEstimate } from '../../shared/schemas/queue';
import { clockMinutes, hallMinutes } from '../../shared/hall-time';
import type { WaitingTicket } from '../domain/queue';
import { defaultQuantiles } from '../domain/wait-estimate-model';
import {
  simulateWaits,
  fitServiceTimeModel,
  noShowChance,
  type CallRecord,
  type ClassOrder,
  type SimCounter,
  type ServiceModel,
  type ServiceTimeModel,
  type TodayStats,
  type WaitRange,
} from '../domain/wait-estimate';

export type EstimateInput = {
  now: Date;
  hours: { open: string; close: string };
  policy: CallPolicy;
  /** A service's own policy where it differs from the profile's (service rules). */
  policyOf?: (serviceId: number) => CallPolicy;
  services: Service[];
  counters: Counter[];
  /** Waiting tickets of the day in line order, with how many are ahead of each. */
  waiting: (WaitingTicket & { peopleAhead: number; task?: string | null })[];
  /** The ticket each counter is serving and since when, by counter id. */
  busy: Map<
    number,
    { serviceId: number; calledAt: string; issuedAt?: string; task?: string | null }
  >;
  /** Open counters away for the lunch rotation, with the minute (of the hall day) each returns. */
  lunchReturns?: Map<number, number>;
  normalSincePriority: (serviceId: number) => number;
  model: ServiceTimeModel;
  /**
   * Today's observations, as the benchmark passes them (bench/wait/annae.ts): finished calls
   * with their wait (issue → call) and duration in minutes, and arrivals per issuing service.
   */
  today?: {
    finished: {
      serviceId: number;
      noShow: boolean;
      /** Left the line from the phone (대기 취소): never called, so not in the no-show tilt. */
      cancelled?: boolean;
      waitMin: number;
      durationMin: number;
    }[];
    arrivals: Map<number, number>;
  };
};

export type Estimates = {
  ticket: Map<number, WaitEstimate | null>;
  takenNow: Map<number, WaitEstimate | null>;
  /** A priority ticket taken now: what a priority ticket issued since the replay is told. */
  takenNowPriority: Map<number, WaitEstimate | null>;
};

/** A prior for a service the hall has not served yet: its configured mean, shaped like most. */
function priorModel(service: Service): ServiceModel {
  const quantiles = defaultQuantiles(service.avgServiceMin);
  return {
    count: 0,
    meanMin: service.avgServiceMin,
    quantiles,
    tailMeanMin: 0.3 * (quantiles[quantiles.length - 1] ?? service.avgServiceMin),
    hourFactor: new Array<number>(24).fill(1),
    noShowCostMin: 0.5,
    noShowByWait: [],
    arrivalsPerDay: {
      normal: new Array<number>(24).fill(0),
      priority: new Array<number>(24).fill(0),
    },
  };
}

export function fitModel(calls: CallRecord[]): ServiceTimeModel {
  return fitServiceTimeModel({ calls });
}

const toRange = (range: WaitRange | undefined): WaitEstimate | null =>
  range && Number.isFinite(range.minutes)
    ? {
        minutes: range.minutes,
        low: range.low,
        high: Number.isFinite(range.high) ? range.high : range.minutes,
      }
    : null;

/** Today's observations per service id, in the estimator's `TodayStats` shape. */
export function todayStats(
  today: NonNullable<EstimateInput['today']>,
  model: ServiceTimeModel,
  serviceIds: readonly number[],
): Record<string, TodayStats> {
  const out: Record<string, TodayStats> = {};
  const of = (serviceId: number) =>
    (out[String(serviceId)] ??= {
      served: 0,
      servedMinSum: 0,
      arrivals: 0,
      noShows: 0,
      expectedNoShows: 0,
    });
  // Every service gets its stats, zero arrivals included, as in the benchmark.
  for (const id of serviceIds) of(id);
  for (const [serviceId, n] of today.arrivals) of(serviceId).arrivals = n;
  for (const call of today.finished) {
    const stats = of(call.serviceId);
    // `noShowChance` is the chance that a visitor called has left; a cancel was never called.
    if (call.cancelled) continue;
    const waitMin = Math.max(0, call.waitMin);
    stats.expectedNoShows! += noShowChance(model, String(call.serviceId), waitMin);
    if (call.noShow) stats.noShows!++;
    else {
      stats.served!++;
      stats.servedMinSum! += Math.max(0, call.durationMin);
    }
  }
  return out;
}

const classOrderOf = (policy: CallPolicy): ClassOrder =>
  policy.kind === 'strict'
    ? { kind: 'strict' }
    : { kind: 'ratio', normalsPerPriority: policy.normal };

export function estimateWaits(input: EstimateInput): Estimates {
  const services = Object.fromEntries(
    input.services.map((s) => [String(s.id), input.model.services[String(s.id)] ?? priorModel(s)]),
  );
  const minutesOf = (iso: string) => {
    // Minutes since the hall's midnight of `now`; earlier days are not in today's queue.
    return hallMinutes(new Date(iso));
  };
  // A counter's announced return or start of absence, in minutes of today's clock relative to
  // now (a return after midnight stays in the future rather than wrapping to the morning).
  const nowMin = hallMinutes(input.now);
  const relative = (iso: string) => nowMin + (Date.parse(iso) - input.now.getTime()) / 60_000;
  const counters: SimCounter[] = input.counters.map((c) => {
    const busy = input.busy.get(c.id);
    return {
      id: String(c.id),
      serves: c.serviceIds.map(String),
      status:
        c.state === 'open' && !input.lunchReturns?.has(c.id)
          ? 'open'
          : c.state === 'closed'
            ? 'closed'
            : 'away',
      returnsAt:
        input.lunchReturns?.get(c.id) ??
        (c.state !== 'open' && c.returnsAt ? relative(c.returnsAt) : null),
      ...(c.state !== 'open' && c.stateSince ? { awaySince: relative(c.stateSince) } : {}),
      busy: busy
        ? {
            serviceId: String(busy.serviceId),
            since: minutesOf(busy.calledAt),
            ...(busy.task ? { task: busy.task } : {}),
            ...(busy.issuedAt
              ? {
                  ticketWaitMin: Math.max(
                    0,
                    (Date.parse(busy.calledAt) - Date.parse(busy.issuedAt)) / 60_000,
                  ),
                }
              : {}),
          }
        : null,
    };
  });
  const result = simulateWaits({
    now: hallMinutes(input.now),
    hours: { open: clockMinutes(input.hours.open), close: clockMinutes(input.hours.close) },
    services: input.services.map((s) => ({
      id: String(s.id),
      waiting: input.waiting
        .filter((t) => t.serviceId === s.id)
        .map((t) => ({
          id: String(t.id),
          ticketClass: t.class,
          issuedAt: minutesOf(t.queuedAt),
          ...(t.task ? { task: t.task } : {}),
        })),
      classOrder: classOrderOf(input.policyOf?.(s.id) ?? input.policy),
      normalsSincePriority: input.normalSincePriority(s.id),
    })),
    counters,
    model: { ...input.model, services },
    ...(input.today
      ? {
          today: todayStats(
            input.today,
            { ...input.model, services },
            input.services.map((s) => s.id),
          ),
        }
      : {}),
  });
  const ticket = new Map<number, WaitEstimate | null>(
    result.tickets.map((t) => [Number(t.id), toRange(t)]),
  );
  const takenNow = new Map<number, WaitEstimate | null>(
    input.services.map((s) => [s.id, toRange(result.takeNow[String(s.id)]?.normal)]),
  );
  const takenNowPriority = new Map<number, WaitEstimate | null>(
    input.services.map((s) => [s.id, toRange(result.takeNow[String(s.id)]?.priority)]),
  );
  return { ticket, takenNow, takenNowPriority };
}
