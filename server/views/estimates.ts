/**
 * The one place every screen's wait estimate comes from: it turns what the store holds into the
 * input of the estimator (`server/domain/wait-estimate.ts`) and its answer into `WaitEstimate`s.
 * The service-time model is fitted from the hall's finished tickets and refreshed every
 * ten minutes; a service without history starts from its configured mean service time.
 */
import type { CallPolicy } from '../../shared/profiles/schema';
import type { Counter, Service } from '../../shared/schemas/hall';
import type { WaitEstimate } from '../../shared/schemas/queue';
import { clockMinutes, hallMinutes } from '../domain/hall-time';
import type { WaitingTicket } from '../domain/queue';
import { defaultQuantiles } from '../domain/wait-estimate-model';
import {
  estimateWaits as estimate,
  fitServiceTimeModel,
  type CallRecord,
  type CounterState,
  type ServiceModel,
  type ServiceTimeModel,
  type WaitRange,
} from '../domain/wait-estimate';

export type EstimateInput = {
  now: Date;
  hours: { open: string; close: string };
  policy: CallPolicy;
  services: Service[];
  counters: Counter[];
  /** Waiting tickets of the day in line order, with how many are ahead of each. */
  waiting: (WaitingTicket & { peopleAhead: number })[];
  /** The ticket each counter is serving and since when, by counter id. */
  busy: Map<number, { serviceId: number; calledAt: string }>;
  normalSincePriority: (serviceId: number) => number;
  model: ServiceTimeModel;
};

export type Estimates = {
  ticket: Map<number, WaitEstimate | null>;
  takenNow: Map<number, WaitEstimate | null>;
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

export function estimateWaits(input: EstimateInput): Estimates {
  const services = Object.fromEntries(
    input.services.map((s) => [String(s.id), input.model.services[String(s.id)] ?? priorModel(s)]),
  );
  const minutesOf = (iso: string) => {
    // Minutes since the hall's midnight of `now`; earlier days are not in today's queue.
    return hallMinutes(new Date(iso));
  };
  const counters: CounterState[] = input.counters.map((c) => {
    const busy = input.busy.get(c.id);
    return {
      id: String(c.id),
      serves: c.serviceIds.map(String),
      status: c.state === 'open' ? 'open' : c.state === 'closed' ? 'closed' : 'away',
      returnsAt: null,
      busy: busy ? { serviceId: String(busy.serviceId), since: minutesOf(busy.calledAt) } : null,
    };
  });
  const result = estimate({
    now: hallMinutes(input.now),
    hours: { open: clockMinutes(input.hours.open), close: clockMinutes(input.hours.close) },
    services: input.services.map((s) => ({
      id: String(s.id),
      waiting: input.waiting
        .filter((t) => t.serviceId === s.id)
        .map((t) => ({ id: String(t.id), ticketClass: t.class, issuedAt: minutesOf(t.queuedAt) })),
      classOrder:
        input.policy.kind === 'strict'
          ? { kind: 'strict' }
          : { kind: 'ratio', normalsPerPriority: input.policy.normal },
      normalsSincePriority: input.normalSincePriority(s.id),
    })),
    counters,
    model: { ...input.model, services },
  });
  const ticket = new Map<number, WaitEstimate | null>(
    result.tickets.map((t) => [Number(t.id), toRange(t)]),
  );
  const takenNow = new Map<number, WaitEstimate | null>(
    input.services.map((s) => [s.id, toRange(result.takeNow[String(s.id)]?.normal)]),
  );
  return { ticket, takenNow };
}
