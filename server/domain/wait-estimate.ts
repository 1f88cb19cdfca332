// Wait estimates for queue tickets: a seeded Monte Carlo replay of the known queue and counters.
import {
  DEFAULT_TODAY_WEIGHT,
  defaultQuantiles,
  goneWhenCalled,
  noShowAt,
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

/*
 * The simulation's own view of tickets, queues and counters (Sim…): string ids and minutes since
 * midnight, built by server/views/estimates.ts. Not the line's `WaitingTicket` (domain/queue.ts),
 * the board's `ServiceQueue` (schemas/queue.ts) or a counter's open/lunch `CounterState`
 * (schemas/hall.ts), which once had the same names here.
 */
export interface SimTicket {
  id: string;
  ticketClass: TicketClass;
  /** Minutes since local midnight, like every time in this module. */
  issuedAt: number;
  /** The task chosen at the kiosk (e.g. '등본'): its own durations when the model has them. */
  task?: string;
}

export interface SimQueue {
  id: string;
  /** Tickets issued and not yet called, in any order. */
  waiting: readonly SimTicket[];
  classOrder?: ClassOrder;
  /** For `ratio` order: normal tickets called since the last priority ticket. */
  normalsSincePriority?: number;
}

/**
 * `open`: at the counter (busy or idle). `away`: not calling; `returnsAt` is the planned
 * return, or null when nobody said. `closed`: not coming back today.
 */
export type SimCounterStatus = 'open' | 'away' | 'closed';

export interface SimCounter {
  id: string;
  /** Services this counter calls from, in order of preference. */
  serves: readonly string[];
  status: SimCounterStatus;
  returnsAt?: number | null;
  /** When an away counter left; used to guess the return when it is unknown. */
  awaySince?: number;
  /** Announced absences later today (lunch rotation), in any order. */
  plannedAway?: readonly { from: number; to: number }[];
  /** The call in progress, if any. */
  busy?: { serviceId: string; since: number; ticketWaitMin?: number; task?: string } | null;
}

/** Today's observations so far, per service id; they tilt the learned model toward today. */
export interface TodayStats {
  /** Completed services so far today and their total minutes. */
  served?: number;
  servedMinSum?: number;
  /** Tickets issued so far today. */
  arrivals?: number;
  /**
   * No-shows so far today, and how many the model expected for the same calls (the sum of
   * `noShowChance` at each call's wait): their ratio tilts today's no-show curve.
   */
  noShows?: number;
  expectedNoShows?: number;
}

export interface WaitEstimateInput {
  now: number;
  /** Opening hours today; no ticket is issued after `close`, but the queue is still served. */
  hours: { open: number; close: number };
  services: readonly SimQueue[];
  counters: readonly SimCounter[];
  model: ServiceTimeModel;
  today?: Readonly<Record<string, TodayStats>>;
  /** Estimate only these services (and those sharing counters with them). Default: all. */
  only?: readonly string[];
  /** Monte Carlo runs (default 64) and seed (default 1): same input, same answer. */
  runs?: number;
  seed?: number;
  /** Override of LATE_PENALTY_MIN (0 gives the plain median). */
  latePenaltyMin?: number;
}

/**
 * Minutes from now until the call: the point estimate and the range shown, in whole minutes
 * (`waitRange`). Infinity when no counter is expected to call the ticket today.
 */
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
 * LATE_PENALTY_MIN for each case where the visitor is called more than LATE_MARGIN_MIN
 * minutes later than shown. A too-short estimate makes people step out and miss their call
 * (about as bad as a re-queue), so where the spread is wide the estimate leans above the
 * median; where it is narrow the estimate is the median, which minimises the absolute error.
 * 7 minutes is a middle course: the benchmark, choosing the penalty on each scenario's
 * training days (bench/wait/README.md), lands between 0 (plain median) and 12.
 */
export const LATE_PENALTY_MIN = 7;
export const LATE_MARGIN_MIN = 2;
/** Enough runs to resolve the tail the point estimate leans on; see bench/wait/README.md. */
export const DEFAULT_RUNS = 96;
/**
 * Share of true waits the range shown ("약 12–18분") is meant to hold. The replay's 20th–80th
 * percentile, rounded out to whole minutes as screens show it, held 75–90 % in the benchmark:
 * the range is now chosen in whole minutes, holding as near this share of the replay as whole
 * minutes allow (`waitRange`).
 */
export const RANGE_SHARE = 0.6;
const RANGE_LOW = 0.2;
const RANGE_HIGH = 0.8;
/** z of the 80th percentile: half a 60 % range of a normal spread, in standard deviations. */
const Z_RANGE = 0.8416;
/**
 * Pseudo-services of a service's learned mean: with `count` services seen, the mean service
 * time is uncertain by cv / sqrt(count + this), and every person ahead shares that error.
 */
const HISTORY_PRIOR = 5;
/**
 * One global factor on the replay's spread, fitted on S1 and S2 of the benchmark (the other
 * scenarios are only scored): see bench/wait/README.md, "Ranges as the screens show them".
 */
export const RANGE_SPREAD = 1.05;
/** When nothing is known of unannounced absences, assume a memoryless one averaging this. */
const DEFAULT_ABSENCE_MEAN_MIN = 30;
/** Internal stand-in for "not called today"; reported as Infinity. */
const NEVER_MIN = 24 * 60;
const FALLBACK_SERVICE_MIN = 5;

/** Service durations at probabilities (i + 0.5) / n, then an exponential tail of mean `tail`. */
interface DurationTable {
  quantiles: Float64Array;
  tail: number;
}

interface StaticTables {
  /** The service's table first, then one per task the model knows (`taskIndex`). */
  durations: DurationTable[];
  taskIndex: Map<string, number>;
  hourFactor: Float64Array;
  noShow: Float64Array;
  /** Arrivals per minute by hour of day, before today's volume factor. */
  priorityRate: Float64Array;
  normalRate: Float64Array;
}

interface PreparedService {
  id: string;
  tables: StaticTables;
  /** Today's tilt of the learned durations. */
  durationFactor: number;
  /** Relative standard error of the learned mean service time (from the history's size). */
  meanRelSe: number;
  noShowCost: number;
  /** Share of the visitors gone before their call who cancelled, costing no counter time. */
  cancelShare: number;
  /** Today's tilt of the learned no-show curve. */
  noShowFactor: number;
  simulateNormalArrivals: boolean;
  strict: boolean;
  normalsPerPriority: number;
  normalsSincePriority: number;
  priority: SimTicket[];
  normal: SimTicket[];
  priorityIssued: number[];
  /** Normal tickets, then one more issued now: the "take now" ticket behind everyone. */
  normalIssued: number[];
  /** Each known ticket's index in `tables.durations` (0 when its task is not known). */
  priorityTable: Int32Array;
  normalTable: Int32Array;
  /** Output slot of the first known ticket; priority ones come first, then normal ones. */
  firstSlot: number;
}

interface PreparedCounter {
  serves: number[];
  periodsFrom: number[];
  periodsTo: number[];
  /** Moment the counter can next call, or NaN when it is drawn per run. */
  readyAt: number;
  busyService: number;
  /** Index in the busy service's `tables.durations`. */
  busyTable: number;
  busyElapsed: number;
  busySince: number;
  /** CDF of the service time at the elapsed time: residuals are drawn above it. */
  busyLowerP: number;
  /** Chance that the call in progress is a no-show (only while that is still possible). */
  busyNoShowP: number;
  awayUnknown: boolean;
  awayElapsed: number;
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

/**
 * Inverse CDF of a quantile table at probability u: linear between the points, then an
 * exponential tail of mean `tail` beyond the last one.
 */
function quantileAt(q: Float64Array, tail: number, u: number): number {
  const n = q.length;
  const x = u * n - 0.5;
  if (x <= 0) return q[0]!;
  if (x >= n - 1) return q[n - 1]! - tail * Math.log((1 - u) * 2 * n);
  const i = x | 0;
  return q[i]! + (x - i) * (q[i + 1]! - q[i]!);
}

/** CDF of a quantile table at value v (the inverse of `quantileAt`). */
function cdfAt(q: Float64Array, tail: number, v: number): number {
  const n = q.length;
  if (v <= q[0]!) return 0.5 / n;
  if (v >= q[n - 1]!) {
    return tail > 0 ? 1 - Math.exp(-(v - q[n - 1]!) / tail) / (2 * n) : 1 - 0.5 / n;
  }
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (q[mid]! <= v) lo = mid;
    else hi = mid;
  }
  const span = q[hi]! - q[lo]!;
  return (lo + (span > 0 ? (v - q[lo]!) / span : 0) + 0.5) / n;
}

function hourIndex(t: number): number {
  const h = Math.floor(t / 60);
  return h < 0 ? 0 : h > 23 ? 23 : h;
}

/** Next arrival after `t` of a Poisson process whose rate is constant within each hour. */
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
  const quantiles =
    model && model.quantiles.length > 0 ? model.quantiles : defaultQuantiles(meanMin);
  const top = quantiles[quantiles.length - 1]!;
  const service: DurationTable = {
    quantiles: toFloat64(quantiles),
    tail: model && model.quantiles.length > 0 ? model.tailMeanMin : 0.3 * top,
  };
  const durations = [service];
  const taskIndex = new Map<string, number>();
  for (const [task, m] of Object.entries(model?.tasks ?? {})) {
    if (m.quantiles.length === 0) continue;
    taskIndex.set(task, durations.length);
    durations.push({ quantiles: toFloat64(m.quantiles), tail: m.tailMeanMin });
  }
  const tables: StaticTables = {
    durations,
    taskIndex,
    hourFactor: model ? toFloat64(model.hourFactor) : new Float64Array(24).fill(1),
    noShow:
      model && model.noShowByWait.length > 0 ? toFloat64(model.noShowByWait) : new Float64Array(1),
    priorityRate: model ? toFloat64(model.arrivalsPerDay.priority, 1 / 60) : new Float64Array(24),
    normalRate: model ? toFloat64(model.arrivalsPerDay.normal, 1 / 60) : new Float64Array(24),
  };
  if (model) tableCache.set(model, tables);
  return tables;
}

/** cv / sqrt(n) of the learned mean service time, from its quantile table and history size. */
function meanRelSe(quantiles: Float64Array, count: number): number {
  let sum = 0;
  let sq = 0;
  for (let i = 0; i < quantiles.length; i++) {
    sum += quantiles[i]!;
    sq += quantiles[i]! * quantiles[i]!;
  }
  const mean = sum / quantiles.length;
  if (!(mean > 0)) return 0;
  const cv2 = Math.max(0, sq / quantiles.length / (mean * mean) - 1);
  return Math.sqrt(cv2 / (Math.max(0, count) + HISTORY_PRIOR));
}

function byIssue(a: SimTicket, b: SimTicket): number {
  return a.issuedAt - b.issuedAt;
}

function prepareService(
  queue: SimQueue,
  model: ServiceModel | undefined,
  input: WaitEstimateInput,
  firstSlot: number,
): PreparedService {
  const today = input.today?.[queue.id];
  // How far today's own observations move the learned model (wait-estimate-model.ts).
  const weight = model?.todayWeight ?? {
    durations: DEFAULT_TODAY_WEIGHT,
    noShows: DEFAULT_TODAY_WEIGHT,
  };
  let durationFactor = 1;
  if (model && today?.served && today.servedMinSum !== undefined && model.meanMin > 0) {
    const todayMean = today.servedMinSum / today.served;
    durationFactor =
      (today.served * todayMean + weight.durations * model.meanMin) /
      (today.served + weight.durations) /
      model.meanMin;
  }
  const priority: SimTicket[] = [];
  const normal: SimTicket[] = [];
  for (const t of queue.waiting) (t.ticketClass === 'priority' ? priority : normal).push(t);
  priority.sort(byIssue);
  normal.sort(byIssue);
  const priorityIssued = priority.map((t) => t.issuedAt);
  const normalIssued = normal.map((t) => t.issuedAt);
  normalIssued.push(input.now);
  const order = queue.classOrder ?? { kind: 'strict' };
  const tables = staticTables(model);
  const tableOf = (t: SimTicket): number =>
    t.task === undefined ? 0 : (tables.taskIndex.get(t.task) ?? 0);
  const normalTable = new Int32Array(normalIssued.length);
  normal.forEach((t, i) => (normalTable[i] = tableOf(t)));
  return {
    id: queue.id,
    tables,
    durationFactor,
    meanRelSe: meanRelSe(tables.durations[0]!.quantiles, model?.count ?? 0),
    noShowCost: model?.noShowCostMin ?? 0.5,
    cancelShare: model?.cancelShare ?? 0,
    noShowFactor:
      today?.noShows !== undefined && today.expectedNoShows !== undefined
        ? (today.noShows + weight.noShows) / (today.expectedNoShows + weight.noShows)
        : 1,
    simulateNormalArrivals: false,
    strict: order.kind === 'strict',
    normalsPerPriority: order.kind === 'ratio' ? Math.max(0, order.normalsPerPriority) : 0,
    normalsSincePriority: queue.normalsSincePriority ?? 0,
    priority,
    normal,
    priorityIssued,
    normalIssued,
    priorityTable: Int32Array.from(priority, tableOf),
    normalTable,
    firstSlot,
  };
}

/** Posterior mean of today's volume factor (Gamma prior, Poisson arrivals) from arrivals so far. */
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
      const from = Math.max(input.hours.open, h * 60);
      const overlap = Math.max(0, Math.min(input.now, (h + 1) * 60) - from);
      expected += ((m.arrivalsPerDay.normal[h]! + m.arrivalsPerDay.priority[h]!) * overlap) / 60;
    }
  }
  const shape = 1 / (cv * cv);
  return (shape + observed) / (shape + expected);
}

/** Services reachable from `ids` through counters that serve several of them. */
function serviceClosure(ids: readonly string[], counters: readonly SimCounter[]): Set<string> {
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

function prepareCounter(
  counter: SimCounter,
  serviceIndex: ReadonlyMap<string, number>,
  services: PreparedService[],
  now: number,
): PreparedCounter | null {
  if (counter.status === 'closed') return null;
  const indexes: number[] = [];
  for (const id of counter.serves) {
    const s = serviceIndex.get(id);
    if (s !== undefined && !indexes.includes(s)) indexes.push(s);
  }
  if (indexes.length === 0) return null;
  // A queue whose newcomers can keep a shared counter from a later queue needs them simulated.
  for (let k = 0; k < indexes.length - 1; k++) services[indexes[k]!]!.simulateNormalArrivals = true;
  const periods = (counter.plannedAway ?? [])
    .filter((p) => p.to > now && p.to > p.from)
    .sort((a, b) => a.from - b.from);
  const prepared: PreparedCounter = {
    serves: indexes,
    periodsFrom: periods.map((p) => p.from),
    periodsTo: periods.map((p) => p.to),
    readyAt: now,
    busyService: -1,
    busyTable: 0,
    busyElapsed: 0,
    busySince: now,
    busyLowerP: 0,
    busyNoShowP: 0,
    awayUnknown: false,
    awayElapsed: 0,
  };
  if (counter.status === 'away') {
    if (typeof counter.returnsAt === 'number') {
      prepared.readyAt = Math.max(now, counter.returnsAt);
    } else {
      prepared.readyAt = NaN;
      prepared.awayUnknown = true;
      prepared.awayElapsed = Math.max(0, now - (counter.awaySince ?? now));
    }
    return prepared;
  }
  const busy = counter.busy;
  const s = busy ? serviceIndex.get(busy.serviceId) : undefined;
  if (!busy || s === undefined) return prepared;
  const service = services[s]!;
  const elapsed = Math.max(0, now - busy.since);
  const scale = service.tables.hourFactor[hourIndex(busy.since)]! * service.durationFactor;
  const table = busy.task === undefined ? 0 : (service.tables.taskIndex.get(busy.task) ?? 0);
  const durations = service.tables.durations[table]!;
  prepared.readyAt = NaN;
  prepared.busyService = s;
  prepared.busyTable = table;
  prepared.busyElapsed = elapsed;
  prepared.busySince = busy.since;
  prepared.busyLowerP = cdfAt(durations.quantiles, durations.tail, elapsed / scale);
  if (elapsed < service.noShowCost && busy.ticketWaitMin !== undefined) {
    // Still busy this early says little: the visitor may not have come at all.
    // Called, so not among those who cancelled before.
    const p = goneWhenCalled(
      Math.min(1, noShowAt(service.tables.noShow, busy.ticketWaitMin) * service.noShowFactor),
      service.cancelShare,
    );
    const stillServing = 1 - (prepared.busyLowerP - 0.5 / durations.quantiles.length);
    prepared.busyNoShowP = p / (p + (1 - p) * stillServing);
  }
  return prepared;
}

/** Time until an unannounced absence ends, given how long it has lasted. */
function absenceResidual(quantiles: Float64Array, elapsed: number, rng: () => number): number {
  if (quantiles.length === 0) return -Math.log(1 - rng()) * DEFAULT_ABSENCE_MEAN_MIN;
  if (elapsed >= quantiles[quantiles.length - 1]!) {
    // Longer than any absence seen: expect it to end soon, but not at once.
    return -Math.log(1 - rng()) * Math.max(5, 0.25 * elapsed);
  }
  const lower = cdfAt(quantiles, 0, elapsed);
  return Math.max(0, quantileAt(quantiles, 0, lower + rng() * (1 - lower)) - elapsed);
}

/** When counter `c` can next call in this run. */
function drawReady(
  counter: PreparedCounter,
  services: PreparedService[],
  absence: Float64Array,
  now: number,
  rng: () => number,
): number {
  if (!Number.isNaN(counter.readyAt)) return counter.readyAt;
  if (counter.awayUnknown) return now + absenceResidual(absence, counter.awayElapsed, rng);
  const service = services[counter.busyService]!;
  if (counter.busyNoShowP > 0 && rng() < counter.busyNoShowP) {
    return now + Math.max(0, service.noShowCost - counter.busyElapsed);
  }
  const durations = service.tables.durations[counter.busyTable]!;
  const scale = service.tables.hourFactor[hourIndex(counter.busySince)]! * service.durationFactor;
  // Drawn above the elapsed time: a call that has run long is expected to run on.
  const u = counter.busyLowerP + rng() * (1 - counter.busyLowerP);
  return (
    now +
    Math.max(0, quantileAt(durations.quantiles, durations.tail, u) * scale - counter.busyElapsed)
  );
}

let scratchBuffer = new Float64Array(4096);

/**
 * A reused buffer for the simulated waits: typed arrays past a few dozen bytes live outside
 * the heap and cost microseconds to allocate, as much as a whole small estimate.
 */
function scratch(length: number): Float64Array {
  if (scratchBuffer.length < length)
    scratchBuffer = new Float64Array(Math.max(length, 2 * scratchBuffer.length));
  return scratchBuffer;
}

const columns = new Map<number, Float64Array>();

/** A reused buffer of one ticket's runs, sorted in place. */
function columnBuffer(runs: number): Float64Array {
  let column = columns.get(runs);
  if (!column) {
    column = new Float64Array(runs);
    columns.set(runs, column);
  }
  return column;
}

const orders = new Map<number, Int32Array>();

/** A reused permutation of the runs, reset to the identity for each estimate. */
function orderBuffer(runs: number): Int32Array {
  let order = orders.get(runs);
  if (!order) {
    order = new Int32Array(runs);
    orders.set(runs, order);
  }
  for (let r = 0; r < runs; r++) order[r] = r;
  return order;
}

const absenceCache = new WeakMap<ServiceTimeModel, Float64Array>();

function absenceTable(model: ServiceTimeModel): Float64Array {
  let table = absenceCache.get(model);
  if (!table) {
    table = toFloat64(model.absenceQuantiles);
    absenceCache.set(model, table);
  }
  return table;
}

function finite(x: number): number {
  return x >= NEVER_MIN ? Infinity : x;
}

/**
 * Insertion sort of `a` ascending, moving `order` along: quick on the nearly sorted columns
 * that `summarize` feeds it.
 */
function sortWithOrder(a: Float64Array, order: Int32Array): void {
  for (let i = 1; i < a.length; i++) {
    const v = a[i]!;
    const o = order[i]!;
    let j = i - 1;
    while (j >= 0 && a[j]! > v) {
      a[j + 1] = a[j]!;
      order[j + 1] = order[j]!;
      j--;
    }
    a[j + 1] = v;
    order[j + 1] = o;
  }
}

function sortedQuantile(sorted: Float64Array, p: number): number {
  const x = p * (sorted.length - 1);
  const i = Math.floor(x);
  const a = sorted[i]!;
  const frac = x - i;
  if (frac === 0) return a;
  return a + frac * (sorted[Math.min(i + 1, sorted.length - 1)]! - a);
}

/** Samples of `sorted` (ascending) in [a, b]. */
function countIn(sorted: ArrayLike<number>, a: number, b: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < a) lo = mid + 1;
    else hi = mid;
  }
  const from = lo;
  hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= b) lo = mid + 1;
    else hi = mid;
  }
  return lo - from;
}

const spreadBuffer = new Map<number, Float64Array>();

/**
 * The range shown for a wait, in whole minutes as screens show it: around the point estimate,
 * holding as near RANGE_SHARE of the replay's waits as whole minutes allow (a 1-minute range
 * may hold more when the wait is nearly certain). The replay's spread is the sum of the service
 * times ahead (it grows about as the square root of the people ahead, and shrinks with more
 * counters); it draws them from the learned table as if it were exact, so the spread of the
 * learned mean itself (`meanRelSe`, shared by everyone ahead: it grows with the wait, and
 * shrinks with more history) is added to it, and `spread` is one global calibration factor.
 */
export function waitRange(
  sorted: Float64Array,
  estimate: number,
  meanRelSe = 0,
  spread = RANGE_SPREAD,
): { low: number; high: number } {
  const n = sorted.length;
  if (n === 0) return { low: 0, high: 1 };
  const q20 = sortedQuantile(sorted, RANGE_LOW);
  const q80 = sortedQuantile(sorted, RANGE_HIGH);
  if (!(estimate < NEVER_MIN)) return { low: finite(Math.floor(q20)), high: Infinity };
  const median = sortedQuantile(sorted, 0.5);
  const own = (q80 - q20) / 2;
  const learned = Z_RANGE * Math.min(median, NEVER_MIN) * meanRelSe;
  const scale = own > 0 ? (spread * Math.sqrt(own * own + learned * learned)) / own : 1;
  let xs = sorted;
  if (scale !== 1) {
    xs = spreadBuffer.get(n) ?? new Float64Array(n);
    spreadBuffer.set(n, xs);
    for (let i = 0; i < n; i++) {
      const x = sorted[i]!;
      xs[i] = x >= NEVER_MIN ? x : Math.max(0, median + (x - median) * scale);
    }
  }
  const target = RANGE_SHARE * n;
  let top = 0;
  for (let i = n - 1; i >= 0; i--) {
    if (xs[i]! < NEVER_MIN) {
      top = Math.ceil(xs[i]!);
      break;
    }
  }
  let low = Math.max(0, Math.floor(estimate));
  let high = low + 1;
  // The range grows a minute at a time (by hundreds of minutes deep in a long line). Its counts
  // are read through cursors that only move outward with it: lb(v) = samples < v and
  // ub(v) = samples ≤ v, so the growth costs one pass over the samples, not a search per minute.
  // A spread that lifted a sample past the "never" ones leaves them unsorted: searched as before.
  if (!ascending(xs)) return growBySearch(xs, low, high, target, top);
  const lbFrom = (i: number, v: number) => {
    while (i > 0 && xs[i - 1]! >= v) i--;
    while (i < n && xs[i]! < v) i++;
    return i;
  };
  const ubFrom = (i: number, v: number) => {
    while (i > 0 && xs[i - 1]! > v) i--;
    while (i < n && xs[i]! <= v) i++;
    return i;
  };
  const lbZero = lbFrom(0, 0);
  const ubNever = ubFrom(n, NEVER_MIN - 1);
  let lbLow = lbFrom(n >> 1, low);
  let lbBelow = lbFrom(lbLow, low - 1);
  let ubLow = ubFrom(lbLow, low);
  let ubHigh = ubFrom(ubLow, high);
  let ubAbove = ubFrom(ubHigh, high + 1);
  let lbHigh = lbFrom(ubLow, high);
  let inside = ubHigh - lbLow;
  while (inside < target) {
    const below = low > 0 ? lbLow - lbBelow : 0;
    const above = high < top ? ubAbove - ubHigh : 0;
    if (low === 0 && high >= top) break;
    // Grow toward the side that adds more of the replay; at a tie, toward the longer tail.
    const down =
      low > 0 &&
      (high >= top || below > above || (below === above && ubLow - lbZero > ubNever - lbHigh));
    const grown = inside + (down ? below : above);
    // Stop short when the last minute overshoots the share by more than it would fall short.
    if (grown > target && grown - target > target - inside && high - low >= 1) break;
    if (down) {
      low--;
      lbLow = lbBelow;
      lbBelow = lbFrom(lbBelow, low - 1);
      ubLow = ubFrom(ubLow, low);
    } else {
      high++;
      ubHigh = ubAbove;
      ubAbove = ubFrom(ubAbove, high + 1);
      lbHigh = lbFrom(lbHigh, high);
    }
    inside = grown;
  }
  return { low, high };
}

function ascending(xs: Float64Array): boolean {
  for (let i = 1; i < xs.length; i++) if (xs[i - 1]! > xs[i]!) return false;
  return true;
}

/** `waitRange`'s growth by binary searches, for samples that are not in ascending order. */
function growBySearch(
  xs: Float64Array,
  low: number,
  high: number,
  target: number,
  top: number,
): { low: number; high: number } {
  let inside = countIn(xs, low, high);
  while (inside < target) {
    const below = low > 0 ? countIn(xs, low - 1, low) - countIn(xs, low, low) : 0;
    const above = high < top ? countIn(xs, high, high + 1) - countIn(xs, high, high) : 0;
    if (low === 0 && high >= top) break;
    const down =
      low > 0 &&
      (high >= top ||
        below > above ||
        (below === above && countIn(xs, 0, low) > countIn(xs, high, NEVER_MIN - 1)));
    const grown = inside + (down ? below : above);
    if (grown > target && grown - target > target - inside && high - low >= 1) break;
    if (down) low--;
    else high++;
    inside = grown;
  }
  return { low, high };
}

/**
 * argmin over e of mean|x − e| + penalty · share(x > e + LATE_MARGIN_MIN), for ascending
 * samples x. The objective is piecewise linear in e, so one of its breakpoints (a sample, or a
 * sample minus the margin) at or above the median attains the minimum.
 */
export function pointEstimate(sorted: Float64Array, penalty = LATE_PENALTY_MIN): number {
  const n = sorted.length;
  const median = sortedQuantile(sorted, 0.5);
  if (!(penalty > 0) || n === 0) return median;
  let total = 0;
  for (let i = 0; i < n; i++) total += sorted[i]!;
  // Two forward-only pointers: samples ≤ e (count and sum), and samples ≤ e + margin.
  let below = 0;
  let belowSum = 0;
  let notLate = 0;
  let best = median;
  let bestCost = Infinity;
  let i = 0;
  let j = 0;
  let e = median;
  for (;;) {
    while (below < n && sorted[below]! <= e) belowSum += sorted[below++]!;
    while (notLate < n && sorted[notLate]! <= e + LATE_MARGIN_MIN) notLate++;
    const cost =
      e * below - belowSum + (total - belowSum) - e * (n - below) + penalty * (n - notLate);
    if (cost < bestCost - 1e-9) {
      bestCost = cost;
      best = e;
    }
    // Next breakpoint above e, in ascending order.
    while (i < n && sorted[i]! <= e) i++;
    while (j < n && sorted[j]! - LATE_MARGIN_MIN <= e) j++;
    if (i >= n && j >= n) break;
    const a = i < n ? sorted[i]! : Infinity;
    const b = j < n ? sorted[j]! - LATE_MARGIN_MIN : Infinity;
    e = a < b ? a : b;
  }
  return best;
}

/**
 * The learned chance that a visitor called after `waitedMin` minutes has left (those who
 * cancelled on the phone are not called): what the server adds up, call by call, as
 * `TodayStats.expectedNoShows`.
 */
export function noShowChance(
  model: ServiceTimeModel,
  serviceId: string,
  waitedMin: number,
): number {
  const service = model.services[serviceId];
  return goneWhenCalled(
    noShowAt(staticTables(service).noShow, waitedMin),
    service?.cancelShare ?? 0,
  );
}

/**
 * Estimates the wait of every waiting ticket, and of a ticket taken now, by replaying the
 * rest of the day a few dozen times: counters leave and return on their known schedule,
 * busy counters finish their current call, shared counters follow their preference order,
 * priority arrivals overtake, and a visitor who has likely left costs only the no-show time.
 */
export function simulateWaits(input: WaitEstimateInput): WaitEstimates {
  const runs = Math.max(1, Math.floor(input.runs ?? DEFAULT_RUNS));
  const penalty = input.latePenaltyMin ?? LATE_PENALTY_MIN;
  const rng = mulberry32(input.seed ?? 1);
  const now = input.now;
  const close = input.hours.close;

  const wanted = input.only ? serviceClosure(input.only, input.counters) : null;
  const serviceIndex = new Map<string, number>();
  const services: PreparedService[] = [];
  let slots = 0;
  for (const queue of input.services) {
    if (wanted && !wanted.has(queue.id)) continue;
    if (serviceIndex.has(queue.id)) continue;
    const prepared = prepareService(queue, input.model.services[queue.id], input, slots);
    slots += prepared.priorityIssued.length + prepared.normalIssued.length;
    serviceIndex.set(queue.id, services.length);
    services.push(prepared);
  }
  const volume = volumeFactor(
    input,
    services.map((s) => s.id),
  );
  const counters: PreparedCounter[] = [];
  for (const counter of input.counters) {
    const prepared = prepareCounter(counter, serviceIndex, services, now);
    if (prepared) counters.push(prepared);
  }
  const absence = absenceTable(input.model);

  const S = services.length;
  const C = counters.length;
  // Column-major: the runs of one ticket sit together, ready to sort.
  const results = scratch(slots * runs + S * runs);
  results.fill(NEVER_MIN, 0, slots * runs + S * runs);
  const takeNowBase = slots * runs;
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
  // Newcomers who have arrived in a run and wait: [head, tail) of each list, reused across runs.
  const arrivedPriorityHead = new Int32Array(S);
  const arrivedNormalHead = new Int32Array(S);
  const arrivedPriorityTail = new Int32Array(S);
  const arrivedNormalTail = new Int32Array(S);
  const takeNowSlot = services.map(
    (s) => s.firstSlot + s.priorityIssued.length + s.normalIssued.length - 1,
  );

  for (let r = 0; r < runs; r++) {
    for (let c = 0; c < C; c++) {
      periodPtr[c] = 0;
      freeAt[c] = drawReady(counters[c]!, services, absence, now, rng);
    }
    for (let s = 0; s < S; s++) {
      const service = services[s]!;
      priorityHead[s] = 0;
      normalHead[s] = 0;
      callCount[s] = 0;
      sincePriority[s] = service.normalsSincePriority;
      nextPriority[s] = nextArrival(service.tables.priorityRate, volume, now, close, rng);
      nextNormal[s] = service.simulateNormalArrivals
        ? nextArrival(service.tables.normalRate, volume, now, close, rng)
        : Infinity;
      arrivedPriorityHead[s] = 0;
      arrivedNormalHead[s] = 0;
      arrivedPriorityTail[s] = 0;
      arrivedNormalTail[s] = 0;
    }

    let remaining = slots;
    while (remaining > 0) {
      // The counter that can call first.
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

      // Its first queue with anyone waiting; within it, the class order.
      let chosen = -1;
      let issued = 0;
      let slot = -1;
      let table = 0;
      for (let k = 0; k < counter.serves.length; k++) {
        const s = counter.serves[k]!;
        const service = services[s]!;
        while (nextPriority[s]! <= t) {
          arrivedPriority[s]![arrivedPriorityTail[s]!++] = nextPriority[s]!;
          nextPriority[s] = nextArrival(
            service.tables.priorityRate,
            volume,
            nextPriority[s]!,
            close,
            rng,
          );
        }
        while (nextNormal[s]! <= t) {
          arrivedNormal[s]![arrivedNormalTail[s]!++] = nextNormal[s]!;
          nextNormal[s] = nextArrival(
            service.tables.normalRate,
            volume,
            nextNormal[s]!,
            close,
            rng,
          );
        }
        const knownPriority = priorityHead[s]! < service.priorityIssued.length;
        const hasPriority = knownPriority || arrivedPriorityHead[s]! < arrivedPriorityTail[s]!;
        const knownNormal = normalHead[s]! < service.normalIssued.length;
        const hasNormal = knownNormal || arrivedNormalHead[s]! < arrivedNormalTail[s]!;
        if (!hasPriority && !hasNormal) continue;
        const takePriority =
          hasPriority &&
          (service.strict || !hasNormal || sincePriority[s]! >= service.normalsPerPriority);
        if (takePriority) {
          sincePriority[s] = 0;
          if (knownPriority) {
            const i = priorityHead[s]!++;
            issued = service.priorityIssued[i]!;
            slot = service.firstSlot + i;
            table = service.priorityTable[i]!;
          } else {
            issued = arrivedPriority[s]![arrivedPriorityHead[s]!++]!;
          }
        } else {
          sincePriority[s] = sincePriority[s]! + 1;
          if (knownNormal) {
            const i = normalHead[s]!++;
            issued = service.normalIssued[i]!;
            slot = service.firstSlot + service.priorityIssued.length + i;
            table = service.normalTable[i]!;
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
      // A priority ticket taken now would have had the call after the priority ones waiting.
      if (++callCount[chosen]! === service.priorityIssued.length + 1) {
        results[takeNowBase + chosen * runs + r] = t - now;
      }
      if (slot >= 0) {
        results[slot * runs + r] = t - now;
        remaining--;
      }
      const tables = service.tables;
      const durations = tables.durations[table]!;
      // The "take now" ticket is hypothetical: it must not hold up anyone real. A visitor gone
      // by now left silently (the counter calls in vain) or cancelled on the phone (no time).
      let duration: number;
      if (slot === takeNowSlot[chosen]) duration = 0;
      else if (service.cancelShare > 0) {
        // Still in line now, a visitor who would cancel has not yet: of the chance F(w) of
        // being gone by the call, the part F(now) of the cancellers is already ruled out.
        const q = service.cancelShare;
        const gone = Math.min(1, noShowAt(tables.noShow, t - issued) * service.noShowFactor);
        const before =
          issued < now
            ? Math.min(gone, noShowAt(tables.noShow, now - issued) * service.noShowFactor)
            : 0;
        const u = rng() * (1 - q * before);
        duration =
          u < (1 - q) * gone
            ? service.noShowCost
            : u < gone - q * before
              ? 0
              : quantileAt(durations.quantiles, durations.tail, rng()) *
                tables.hourFactor[hourIndex(t)]! *
                service.durationFactor;
      } else {
        duration =
          rng() < noShowAt(tables.noShow, t - issued) * service.noShowFactor
            ? service.noShowCost
            : quantileAt(durations.quantiles, durations.tail, rng()) *
              tables.hourFactor[hourIndex(t)]! *
              service.durationFactor;
      }
      freeAt[c] = t + duration;
    }
  }

  const column = columnBuffer(runs);
  const order = orderBuffer(runs);
  const summarize = (offset: number, relSe: number): WaitRange => {
    // Runs in the order that sorted the previous ticket: the next one in line is called later
    // in nearly the same runs, so the column arrives almost sorted.
    for (let r = 0; r < runs; r++) column[r] = results[offset + order[r]!]!;
    sortWithOrder(column, order);
    const point = pointEstimate(column, penalty);
    const range = waitRange(column, point, relSe);
    return { minutes: finite(point), low: range.low, high: range.high };
  };

  const tickets: TicketEstimate[] = [];
  const takeNow: WaitEstimates['takeNow'] = {};
  services.forEach((service, s) => {
    const { priority, normal, firstSlot } = service;
    const waiting = priority.length + normal.length;
    let lowest = 0;
    let highest = 0;
    for (let ahead = 0; ahead < waiting; ahead++) {
      const ticket = ahead < priority.length ? priority[ahead]! : normal[ahead - priority.length]!;
      const range = summarize((firstSlot + ahead) * runs, service.meanRelSe);
      // Whole minutes can make a later ticket's range start or end a minute earlier than the
      // one ahead of it; a screen listing both must not show that.
      const low = Math.min(Math.max(range.low, lowest), Math.floor(range.minutes));
      const high = Math.max(range.high, highest, low + 1);
      lowest = low;
      highest = high;
      tickets.push({
        id: ticket.id,
        serviceId: service.id,
        ahead,
        minutes: range.minutes,
        low,
        high,
      });
    }
    takeNow[service.id] = {
      normal: summarize((firstSlot + waiting) * runs, service.meanRelSe),
      priority: summarize(takeNowBase + s * runs, service.meanRelSe),
    };
  });
  return { tickets, takeNow };
}
