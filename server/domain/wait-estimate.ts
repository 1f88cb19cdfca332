// Wait estimates for queue tickets: a seeded Monte Carlo replay of the known queue and counters.
import {
  NO_SHOW_BIN_MIN,
  QUANTILES,
  defaultQuantiles,
  type ServiceModel,
  type ServiceTimeModel,
  type TicketClass,
} from './wait-estimate-model';

export {
  emptyModel,
  fitServiceTimeModel,
  type CallRecord,
  type FitInput,
  type ServiceModel,
  type ServiceTimeModel,
  type TicketClass,
} from './wait-estimate-model';

/** How a queue alternates classes: priority always first, or one priority after every N normal. */
export type ClassOrder = { kind: 'strict' } | { kind: 'ratio'; normalsPerPriority: number };

export interface WaitingTicket {
  id: string;
  ticketClass: TicketClass;
  /** Minutes since local midnight, like every time in this module. */
  issuedAt: number;
}

export interface ServiceQueue {
  id: string;
  /** Tickets issued and not yet called, in any order. */
  waiting: readonly WaitingTicket[];
  classOrder?: ClassOrder;
  /** For `ratio` order: normal tickets called since the last priority ticket. */
  normalsSincePriority?: number;
}

/**
 * `open`: at the counter (busy or idle). `away`: not calling; `returnsAt` is the planned
 * return, or null when nobody said. `closed`: not coming back today.
 */
export type CounterStatus = 'open' | 'away' | 'closed';

export interface CounterState {
  id: string;
  /** Services this counter calls from, in order of preference. */
  serves: readonly string[];
  status: CounterStatus;
  returnsAt?: number | null;
  /** When an away counter left; used to guess the return when it is unknown. */
  awaySince?: number;
  /** Announced absences later today (lunch rotation), in any order. */
  plannedAway?: readonly { from: number; to: number }[];
  /** The call in progress, if any. */
  busy?: { serviceId: string; since: number; ticketWaitMin?: number } | null;
}

/** Today's observations so far, per service id; they tilt the learned model toward today. */
export interface TodayStats {
  served?: number;
  servedMinSum?: number;
  arrivals?: number;
}

export interface WaitEstimateInput {
  now: number;
  /** Opening hours today; no ticket is issued after `close`, but the queue is still served. */
  hours: { open: number; close: number };
  services: readonly ServiceQueue[];
  counters: readonly CounterState[];
  model: ServiceTimeModel;
  today?: Readonly<Record<string, TodayStats>>;
  /** Estimate only these services (and those sharing counters with them). Default: all. */
  only?: readonly string[];
  /** Monte Carlo runs (default 64) and seed (default 1): same input, same answer. */
  runs?: number;
  seed?: number;
}

/** Minutes from now until the call: the point estimate and a 20th–80th percentile range. */
export interface WaitRange {
  minutes: number;
  low: number;
  high: number;
}

export interface TicketEstimate extends WaitRange {
  id: string;
  serviceId: string;
  /** Tickets ahead of this one in the class order as it stands now. */
  ahead: number;
}

export interface WaitEstimates {
  tickets: TicketEstimate[];
  /** For a ticket taken now, per service id and class. */
  takeNow: Record<string, { normal: WaitRange; priority: WaitRange }>;
}

/**
 * The point estimate minimises, over the simulated waits, the absolute error plus
 * LATE_PENALTY_MIN for every case where the visitor is called more than LATE_MARGIN_MIN
 * minutes later than shown: a too-short estimate makes people step out and miss their call,
 * so where the spread is wide the estimate leans a little above the median.
 */
export const LATE_PENALTY_MIN = Number(process.env.LATE_PENALTY ?? 2);
export const LATE_MARGIN_MIN = 2;
const RANGE_LOW = 0.2;
const RANGE_HIGH = 0.8;
/** Today's mean service time counts against this many services of the learned mean. */
const TODAY_SHRINK = 100;
/** When nothing is known of unannounced absences, assume a memoryless one averaging this. */
const DEFAULT_ABSENCE_MEAN_MIN = 30;
/** A wait is reported capped here when no counter serves the queue within the runs. */
const NEVER_MIN = 24 * 60;

const FALLBACK_SERVICE_MIN = 5;

interface PreparedService {
  id: string;
  priority: WaitingTicket[];
  normal: WaitingTicket[];
  quantiles: Float64Array;
  /** Today's tilt of the learned durations. */
  durationFactor: number;
  hourFactor: Float64Array;
  noShowCost: number;
  noShow: Float64Array;
  /** Per-minute arrival rates by hour of day (before today's volume factor). */
  priorityRate: Float64Array;
  normalRate: Float64Array;
  simulateNormalArrivals: boolean;
  strict: boolean;
  normalsPerPriority: number;
  normalsSincePriority: number;
  priorityIssued: Float64Array;
  normalIssued: Float64Array;
  /** Output slots of the known tickets, priority first; the last normal is the "take now" ticket. */
  prioritySlot: Int32Array;
  normalSlot: Int32Array;
}

interface PreparedCounter {
  serves: Int32Array;
  periodsFrom: Float64Array;
  periodsTo: Float64Array;
  /** Fixed moment the counter can next call, or NaN when it must be drawn per run. */
  readyAt: number;
  busyService: number;
  busyElapsed: number;
  busyLowerP: number;
  busyNoShowP: number;
  awayElapsed: number;
  awayUnknown: boolean;
}

/** mulberry32: tiny, fast and good enough for a few thousand draws per estimate. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Inverse CDF of a quantile table at probability u, interpolating between the points. */
function quantileAt(q: Float64Array, u: number): number {
  const n = q.length;
  const x = u * n - 0.5;
  if (x <= 0) return q[0]!;
  if (x >= n - 1) return q[n - 1]!;
  const i = x | 0;
  return q[i]! + (x - i) * (q[i + 1]! - q[i]!);
}

/** CDF of a quantile table at value v (inverse of `quantileAt`). */
function cdfAt(q: Float64Array, v: number): number {
  const n = q.length;
  if (v <= q[0]!) return 0.5 / n;
  if (v >= q[n - 1]!) return 1 - 0.5 / n;
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (q[mid]! <= v) lo = mid;
    else hi = mid;
  }
  const span = q[hi]! - q[lo]!;
  const frac = span > 0 ? (v - q[lo]!) / span : 0;
  return (lo + frac + 0.5) / n;
}

function noShowAt(table: Float64Array, waited: number): number {
  const x = waited / NO_SHOW_BIN_MIN - 0.5;
  if (x <= 0) return table[0]!;
  const last = table.length - 1;
  if (x >= last) return table[last]!;
  const i = x | 0;
  return table[i]! + (x - i) * (table[i + 1]! - table[i]!);
}

function hourIndex(t: number): number {
  const h = Math.floor(t / 60);
  return h < 0 ? 0 : h > 23 ? 23 : h;
}

/** Next arrival after `t` of a Poisson process with per-minute rate constant within each hour. */
function nextArrival(
  rate: Float64Array,
  scale: number,
  t: number,
  close: number,
  rng: () => number,
): number {
  for (;;) {
    if (t >= close) return Infinity;
    const h = hourIndex(t);
    const end = Math.min(close, h >= 23 ? Infinity : (h + 1) * 60);
    const r = rate[h]! * scale;
    if (r > 0) {
      const next = t - Math.log(1 - rng()) / r;
      if (next < end) return next;
    }
    t = end;
  }
}

function sortedQuantile(sorted: Float64Array, p: number): number {
  const x = p * (sorted.length - 1);
  const i = Math.floor(x);
  const a = sorted[i]!;
  const b = sorted[Math.min(i + 1, sorted.length - 1)]!;
  return a + (x - i) * (b - a);
}

/** Services reachable from `ids` through counters that serve several of them. */
function serviceClosure(ids: readonly string[], counters: readonly CounterState[]): Set<string> {
  const seen = new Set(ids);
  let grew = true;
  while (grew) {
    grew = false;
    for (const counter of counters) {
      if (!counter.serves.some((s) => seen.has(s))) continue;
      for (const s of counter.serves) {
        if (!seen.has(s)) {
          seen.add(s);
          grew = true;
        }
      }
    }
  }
  return seen;
}

interface StaticTables {
  quantiles: Float64Array;
  hourFactor: Float64Array;
  noShow: Float64Array;
  priorityRate: Float64Array;
  normalRate: Float64Array;
}

/** Tables derived from a model, built once per model object rather than once per estimate. */
const tableCache = new WeakMap<ServiceModel, StaticTables>();

function toFloat64(values: readonly number[], scale = 1): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[i]! * scale;
  return out;
}

function staticTables(model: ServiceModel | undefined): StaticTables {
  const cached = model && tableCache.get(model);
  if (cached) return cached;
  const meanMin = model?.meanMin ?? FALLBACK_SERVICE_MIN;
  const base = model?.quantiles ?? defaultQuantiles(meanMin);
  // The table's own mean falls a little short of the sample mean (its tails are cut):
  // rescale so the simulated work matches the learned mean.
  let tableMean = 0;
  for (const x of base) tableMean += x / base.length;
  const tables: StaticTables = {
    quantiles: toFloat64(base, tableMean > 0 ? meanMin / tableMean : 1),
    hourFactor: model ? toFloat64(model.hourFactor) : new Float64Array(24).fill(1),
    noShow: model ? toFloat64(model.noShowByWait) : new Float64Array(1),
    priorityRate: model ? toFloat64(model.arrivalsPerDay.priority, 1 / 60) : new Float64Array(24),
    normalRate: model ? toFloat64(model.arrivalsPerDay.normal, 1 / 60) : new Float64Array(24),
  };
  if (model) tableCache.set(model, tables);
  return tables;
}

function byIssue(a: WaitingTicket, b: WaitingTicket): number {
  return a.issuedAt - b.issuedAt;
}

function prepareService(
  queue: ServiceQueue,
  model: ServiceModel | undefined,
  input: WaitEstimateInput,
  slotStart: number,
): PreparedService {
  const tables = staticTables(model);
  const today = input.today?.[queue.id];
  let factor = 1;
  if (model && today?.served && today.servedMinSum !== undefined && model.meanMin > 0) {
    const todayMean = today.servedMinSum / today.served;
    factor =
      (today.served * todayMean + TODAY_SHRINK * model.meanMin) /
      (today.served + TODAY_SHRINK) /
      model.meanMin;
  }
  const priority: WaitingTicket[] = [];
  const normal: WaitingTicket[] = [];
  for (const t of queue.waiting) (t.ticketClass === 'priority' ? priority : normal).push(t);
  priority.sort(byIssue);
  normal.sort(byIssue);
  const priorityIssued = new Float64Array(priority.length);
  const prioritySlot = new Int32Array(priority.length);
  for (let i = 0; i < priority.length; i++) {
    priorityIssued[i] = priority[i]!.issuedAt;
    prioritySlot[i] = slotStart + i;
  }
  // One more normal ticket, issued now: the "take now" estimate, behind everyone waiting.
  const normalIssued = new Float64Array(normal.length + 1);
  const normalSlot = new Int32Array(normal.length + 1);
  for (let i = 0; i <= normal.length; i++) {
    normalIssued[i] = i < normal.length ? normal[i]!.issuedAt : input.now;
    normalSlot[i] = slotStart + priority.length + i;
  }
  const order = queue.classOrder ?? { kind: 'strict' };
  return {
    id: queue.id,
    priority,
    normal,
    quantiles: tables.quantiles,
    durationFactor: factor,
    hourFactor: tables.hourFactor,
    noShowCost: model?.noShowCostMin ?? 0.5,
    noShow: tables.noShow,
    priorityRate: tables.priorityRate,
    normalRate: tables.normalRate,
    simulateNormalArrivals: false,
    strict: order.kind === 'strict',
    normalsPerPriority: order.kind === 'ratio' ? Math.max(0, order.normalsPerPriority) : 0,
    normalsSincePriority: queue.normalsSincePriority ?? 0,
    priorityIssued,
    normalIssued,
    prioritySlot,
    normalSlot,
  };
}

/** Expected share of today's volume: posterior mean of the day factor given arrivals so far. */
function volumeFactor(input: WaitEstimateInput, ids: readonly string[]): number {
  const cv = input.model.dailyVolumeCv;
  if (!(cv > 0) || !input.today) return 1;
  let observed = 0;
  let expected = 0;
  for (const id of ids) {
    const m = input.model.services[id];
    const arrivals = input.today[id]?.arrivals;
    if (!m || arrivals === undefined) continue;
    observed += arrivals;
    for (let h = 0; h < 24; h++) {
      const overlap = Math.max(
        0,
        Math.min(input.now, (h + 1) * 60) - Math.max(input.hours.open, h * 60),
      );
      expected += ((m.arrivalsPerDay.normal[h]! + m.arrivalsPerDay.priority[h]!) * overlap) / 60;
    }
  }
  const shape = 1 / (cv * cv);
  return (shape + observed) / (shape + expected);
}

/**
 * Estimates the wait of every waiting ticket, and of a ticket taken now, by replaying the
 * rest of the day a few dozen times: counters leave and return on their known schedule,
 * busy counters finish their current call, shared counters follow their preference order,
 * priority arrivals overtake, and a visitor who has likely left costs only the no-show time.
 */
export function estimateWaits(input: WaitEstimateInput): WaitEstimates {
  const runs = Math.max(1, Math.floor(input.runs ?? Number(process.env.RUNS ?? 64)));
  const rng = mulberry32(input.seed ?? 1);
  const now = input.now;
  const close = input.hours.close;

  const wanted = input.only ? serviceClosure(input.only, input.counters) : null;
  const queues = input.services.filter((q) => !wanted || wanted.has(q.id));
  const ids = queues.map((q) => q.id);
  const volume = volumeFactor(input, ids);
  const serviceIndex = new Map<string, number>();
  const services: PreparedService[] = [];
  let slots = 0;
  for (const queue of queues) {
    if (serviceIndex.has(queue.id)) continue;
    const prepared = prepareService(queue, input.model.services[queue.id], input, slots);
    slots += prepared.priorityIssued.length + prepared.normalIssued.length;
    serviceIndex.set(queue.id, services.length);
    services.push(prepared);
  }

  const absence = Float64Array.from(input.model.absenceQuantiles);
  const counters: PreparedCounter[] = [];
  for (const counter of input.counters) {
    if (counter.status === 'closed') continue;
    const serves = Int32Array.from(
      counter.serves.map((id) => serviceIndex.get(id) ?? -1).filter((i) => i >= 0),
    );
    if (serves.length === 0) continue;
    serves.forEach((s, k) => {
      // A queue whose newcomers can keep a shared counter from a later queue needs them simulated.
      if (k < serves.length - 1) services[s]!.simulateNormalArrivals = true;
    });
    const periods = (counter.plannedAway ?? [])
      .filter((p) => p.to > now && p.to > p.from)
      .slice()
      .sort((a, b) => a.from - b.from);
    const prepared: PreparedCounter = {
      serves,
      periodsFrom: Float64Array.from(periods, (p) => p.from),
      periodsTo: Float64Array.from(periods, (p) => p.to),
      readyAt: now,
      busyService: -1,
      busyElapsed: 0,
      busyLowerP: 0,
      busyNoShowP: 0,
      awayElapsed: 0,
      awayUnknown: false,
    };
    if (counter.status === 'away') {
      if (typeof counter.returnsAt === 'number') {
        prepared.readyAt = Math.max(now, counter.returnsAt);
      } else {
        prepared.readyAt = NaN;
        prepared.awayUnknown = true;
        prepared.awayElapsed = Math.max(0, now - (counter.awaySince ?? now));
      }
    } else if (counter.busy) {
      const s = serviceIndex.get(counter.busy.serviceId);
      const elapsed = Math.max(0, now - counter.busy.since);
      const service = s === undefined ? undefined : services[s];
      if (service) {
        prepared.readyAt = NaN;
        prepared.busyService = s!;
        prepared.busyElapsed = elapsed;
        const hf = service.hourFactor[hourIndex(counter.busy.since)]! * service.durationFactor;
        prepared.busyLowerP = cdfAt(service.quantiles, elapsed / hf);
        if (elapsed < service.noShowCost && counter.busy.ticketWaitMin !== undefined) {
          // Still busy this early says little: the visitor may not have come at all.
          const p = noShowAt(service.noShow, counter.busy.ticketWaitMin);
          const stillServing = 1 - (prepared.busyLowerP - 0.5 / QUANTILES);
          prepared.busyNoShowP = p / (p + (1 - p) * stillServing);
        }
      }
    }
    counters.push(prepared);
  }

  const S = services.length;
  const C = counters.length;
  const results = new Float64Array(runs * slots);
  const takeNowPriority = new Float64Array(runs * S);
  const freeAt = new Float64Array(C);
  const periodPtr = new Int32Array(C);
  const priorityHead = new Int32Array(S);
  const normalHead = new Int32Array(S);
  const callCount = new Int32Array(S);
  const sincePriority = new Int32Array(S);
  const nextPriority = new Float64Array(S);
  const nextNormal = new Float64Array(S);
  const arrivedPriority: number[][] = services.map(() => []);
  const arrivedNormal: number[][] = services.map(() => []);
  const arrivedPriorityHead = new Int32Array(S);
  const arrivedNormalHead = new Int32Array(S);
  let known = 0;
  for (const s of services) known += s.priorityIssued.length + s.normalIssued.length;

  for (let r = 0; r < runs; r++) {
    const base = r * slots;
    results.fill(NEVER_MIN, base, base + slots);
    takeNowPriority.fill(NEVER_MIN, r * S, r * S + S);
    for (let c = 0; c < C; c++) {
      const counter = counters[c]!;
      periodPtr[c] = 0;
      let ready = counter.readyAt;
      if (Number.isNaN(ready)) {
        if (counter.awayUnknown) {
          ready = now + absenceResidual(absence, counter.awayElapsed, rng);
        } else {
          const service = services[counter.busyService]!;
          if (rng() < counter.busyNoShowP) {
            ready = now + Math.max(0, service.noShowCost - counter.busyElapsed);
          } else if (counter.busyLowerP >= 1 - 0.5 / QUANTILES) {
            ready = now - Math.log(1 - rng()) * 0.25 * service.quantiles[QUANTILES >> 1]!;
          } else {
            const u = counter.busyLowerP + rng() * (1 - counter.busyLowerP);
            const hf =
              service.hourFactor[hourIndex(now - counter.busyElapsed)]! * service.durationFactor;
            ready = now + Math.max(0, quantileAt(service.quantiles, u) * hf - counter.busyElapsed);
          }
        }
      }
      freeAt[c] = ready;
    }
    for (let s = 0; s < S; s++) {
      const service = services[s]!;
      priorityHead[s] = 0;
      normalHead[s] = 0;
      callCount[s] = 0;
      sincePriority[s] = service.normalsSincePriority;
      nextPriority[s] = nextArrival(service.priorityRate, volume, now, close, rng);
      nextNormal[s] = service.simulateNormalArrivals
        ? nextArrival(service.normalRate, volume, now, close, rng)
        : Infinity;
      arrivedPriority[s]!.length = 0;
      arrivedNormal[s]!.length = 0;
      arrivedPriorityHead[s] = 0;
      arrivedNormalHead[s] = 0;
    }

    let remaining = known;
    while (remaining > 0) {
      let c = -1;
      let t = Infinity;
      for (let k = 0; k < C; k++) {
        if (freeAt[k]! < t) {
          t = freeAt[k]!;
          c = k;
        }
      }
      if (c < 0) break;
      const counter = counters[c]!;
      let p = periodPtr[c]!;
      while (p < counter.periodsTo.length && counter.periodsTo[p]! <= t) p++;
      periodPtr[c] = p;
      if (p < counter.periodsFrom.length && counter.periodsFrom[p]! <= t) {
        freeAt[c] = counter.periodsTo[p]!;
        continue;
      }

      let chosen = -1;
      let issued = 0;
      let slot = -1;
      for (let k = 0; k < counter.serves.length; k++) {
        const s = counter.serves[k]!;
        const service = services[s]!;
        while (nextPriority[s]! <= t) {
          arrivedPriority[s]!.push(nextPriority[s]!);
          nextPriority[s] = nextArrival(service.priorityRate, volume, nextPriority[s]!, close, rng);
        }
        while (nextNormal[s]! <= t) {
          arrivedNormal[s]!.push(nextNormal[s]!);
          nextNormal[s] = nextArrival(service.normalRate, volume, nextNormal[s]!, close, rng);
        }
        const knownPriority = priorityHead[s]! < service.priorityIssued.length;
        const hasPriority = knownPriority || arrivedPriorityHead[s]! < arrivedPriority[s]!.length;
        const knownNormal = normalHead[s]! < service.normalIssued.length;
        const hasNormal = knownNormal || arrivedNormalHead[s]! < arrivedNormal[s]!.length;
        if (!hasPriority && !hasNormal) continue;
        const takePriority =
          hasPriority &&
          (service.strict || !hasNormal || sincePriority[s]! >= service.normalsPerPriority);
        if (takePriority) {
          sincePriority[s] = 0;
          if (knownPriority) {
            const i = priorityHead[s]!++;
            issued = service.priorityIssued[i]!;
            slot = service.prioritySlot[i]!;
          } else {
            issued = arrivedPriority[s]![arrivedPriorityHead[s]!++]!;
          }
        } else {
          sincePriority[s] = sincePriority[s]! + 1;
          if (knownNormal) {
            const i = normalHead[s]!++;
            issued = service.normalIssued[i]!;
            slot = service.normalSlot[i]!;
          } else {
            issued = arrivedNormal[s]![arrivedNormalHead[s]!++]!;
          }
        }
        chosen = s;
        break;
      }

      if (chosen < 0) {
        // Idle until something arrives for one of its queues.
        let next = Infinity;
        for (let k = 0; k < counter.serves.length; k++) {
          const s = counter.serves[k]!;
          if (nextPriority[s]! < next) next = nextPriority[s]!;
          if (nextNormal[s]! < next) next = nextNormal[s]!;
        }
        freeAt[c] = next;
        continue;
      }

      const service = services[chosen]!;
      const calls = ++callCount[chosen]!;
      if (calls === service.priorityIssued.length + 1) takeNowPriority[r * S + chosen] = t - now;
      if (slot >= 0) {
        results[base + slot] = t - now;
        remaining--;
      }
      const duration =
        rng() < noShowAt(service.noShow, t - issued)
          ? service.noShowCost
          : quantileAt(service.quantiles, rng()) *
            service.hourFactor[hourIndex(t)]! *
            service.durationFactor;
      freeAt[c] = t + duration;
    }
  }

  const column = new Float64Array(runs);
  const summarize = (values: (r: number) => number): WaitRange => {
    for (let r = 0; r < runs; r++) column[r] = values(r);
    column.sort();
    return {
      minutes: pointEstimate(column),
      low: sortedQuantile(column, RANGE_LOW),
      high: sortedQuantile(column, RANGE_HIGH),
    };
  };

  const tickets: TicketEstimate[] = [];
  const takeNow: WaitEstimates['takeNow'] = {};
  services.forEach((service, s) => {
    const { priority, normal } = service;
    priority.forEach((ticket, i) => {
      const slot = service.prioritySlot[i]!;
      tickets.push({
        id: ticket.id,
        serviceId: service.id,
        ahead: i,
        ...summarize((r) => results[r * slots + slot]!),
      });
    });
    normal.forEach((ticket, i) => {
      const slot = service.normalSlot[i]!;
      tickets.push({
        id: ticket.id,
        serviceId: service.id,
        ahead: priority.length + i,
        ...summarize((r) => results[r * slots + slot]!),
      });
    });
    const phantom = service.normalSlot[normal.length]!;
    takeNow[service.id] = {
      normal: summarize((r) => results[r * slots + phantom]!),
      priority: summarize((r) => takeNowPriority[r * S + s]!),
    };
  });
  return { tickets, takeNow };
}

/**
 * argmin over e of mean|x − e| + LATE_PENALTY_MIN · share(x > e + LATE_MARGIN_MIN), for
 * ascending samples x. The objective is piecewise linear in e, so a breakpoint (a sample, or a
 * sample minus the margin) at or above the median attains the minimum.
 */
export function pointEstimate(sorted: Float64Array): number {
  const n = sorted.length;
  const median = sortedQuantile(sorted, 0.5);
  if (LATE_PENALTY_MIN <= 0 || n === 0) return median;
  let total = 0;
  for (let i = 0; i < n; i++) total += sorted[i]!;
  let best = median;
  let bestCost = Infinity;
  // below: samples ≤ e and their sum; late: first sample > e + margin.
  let below = 0;
  let belowSum = 0;
  let late = 0;
  const cost = (e: number): number => {
    while (below < n && sorted[below]! <= e) belowSum += sorted[below++]!;
    while (late < n && sorted[late]! <= e + LATE_MARGIN_MIN) late++;
    const abs = e * below - belowSum + (total - belowSum) - e * (n - below);
    return (abs + LATE_PENALTY_MIN * (n - late)) / n;
  };
  bestCost = cost(median);
  // Candidates in ascending order so both pointers only move forward.
  let i = 0;
  let j = 0;
  while (i < n || j < n) {
    const a = i < n ? sorted[i]! : Infinity;
    const b = j < n ? sorted[j]! - LATE_MARGIN_MIN : Infinity;
    const e = a <= b ? a : b;
    if (a <= b) i++;
    else j++;
    if (e <= median) continue;
    const c = cost(e);
    if (c < bestCost - 1e-12) {
      bestCost = c;
      best = e;
    }
  }
  return best;
}

/** Time until an unannounced absence ends, given how long it has lasted. */
function absenceResidual(quantiles: Float64Array, elapsed: number, rng: () => number): number {
  if (quantiles.length === 0) return -Math.log(1 - rng()) * DEFAULT_ABSENCE_MEAN_MIN;
  const lower = cdfAt(quantiles, elapsed);
  if (elapsed >= quantiles[quantiles.length - 1]!) {
    // Longer than any absence seen: expect it to end soon, but not at once.
    return -Math.log(1 - rng()) * Math.max(5, 0.25 * elapsed);
  }
  const u = lower + rng() * (1 - lower);
  return Math.max(0, quantileAt(quantiles, u) - elapsed);
}
