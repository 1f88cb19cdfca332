// What the wait estimator learns from earlier days: a serializable model fitted from call records.

import type { TicketClass } from '../../shared/schemas/queue';

// The one ticket class of the queue (shared/schemas/queue.ts), re-exported for the estimator.
export type { TicketClass };

/** One call of a ticket, as the store records it. Times are minutes since local midnight. */
export interface CallRecord {
  /** Any key that tells days apart (e.g. '2025-03-04'); used to count days. */
  day: string | number;
  serviceId: string;
  ticketClass: TicketClass;
  issuedAt: number;
  calledAt: number;
  /** The visitor did not come when called, or left the line (then `calledAt` is when). */
  noShow: boolean;
  /**
   * The visitor left the line from the phone (대기 취소) at `calledAt`: gone like a no-show for the
   * chance of being gone after a wait, but it cost no counter time.
   */
  cancelled?: boolean;
  /** From the call to done (or to the no-show mark). */
  durationMin: number;
  /** The task the visitor chose at the kiosk within the service (e.g. '등본'), if asked. */
  task?: string;
}

export interface FitInput {
  calls: readonly CallRecord[];
  /** Lengths of the counters' unannounced absences (away without a planned return), in minutes. */
  unannouncedAbsencesMin?: readonly number[];
}

/** Pseudo-observations of today's tilt when the history is too short to learn them. */
export const DEFAULT_TODAY_WEIGHT = 100;
/** When days never differed beyond chance: today's observations barely count. */
const MAX_TODAY_WEIGHT = 100_000;
/** Groups (days, hours) needed to tell their differences from chance. */
const MIN_GROUPS_FOR_WEIGHT = 5;

/** Number of quantile points kept per service: probabilities (i + 0.5) / QUANTILES. */
export const QUANTILES = 200;
/** Width of the waiting-time bins of the no-show curve, in minutes. */
export const NO_SHOW_BIN_MIN = 5;
const NO_SHOW_BINS = 48;
/** Services in an hour count against this many of the all-day mean when it cannot be learned. */
const DEFAULT_HOUR_WEIGHT = 200;
/** A task needs this many completed services of its own before its durations are used. */
export const TASK_MIN_COUNT = 30;

/** Durations of one task within a service: the same quantile table as the service's. */
export interface TaskModel {
  count: number;
  meanMin: number;
  quantiles: number[];
  tailMeanMin: number;
}

export interface ServiceModel {
  /** Completed (not no-show) services seen. */
  count: number;
  meanMin: number;
  /** Service durations at probabilities (i + 0.5) / QUANTILES, ascending. */
  quantiles: number[];
  /**
   * Mean excess of the durations beyond the last quantile point: past it the estimator draws an
   * exponential tail, so that a call already running long is expected to run on, not to stop.
   */
  tailMeanMin: number;
  /** 24 multipliers of the duration by hour of day, shrunk toward 1 where data are thin. */
  hourFactor: number[];
  /** Counter time a no-show costs (median of observed no-show calls). */
  noShowCostMin: number;
  /**
   * P(no-show | waited w) for w in bins of NO_SHOW_BIN_MIN minutes (last bin open-ended),
   * non-decreasing: the longer a visitor waits, the likelier they have left.
   */
  noShowByWait: number[];
  /** Mean arrivals per day in each hour of day (24 values), by class. */
  arrivalsPerDay: { normal: number[]; priority: number[] };
  /**
   * Durations by the task the visitor chose, for tasks seen at least TASK_MIN_COUNT times.
   * A ticket whose task is known is replayed with its task's durations: a 등본 is short, a
   * 전입 long, and knowing which of them wait ahead narrows the estimate.
   */
  tasks?: Record<string, TaskModel>;
  /**
   * Share of the visitors who left the line that cancelled on the phone (대기 취소) rather than
   * just went: they leave the line when they cancel and cost no counter time. Absent: none did.
   */
  cancelShare?: number;
  /**
   * How much today's own observations count, in pseudo-observations of the learned ones:
   * service times (completed services) and no-shows (expected no-shows). Learned from how much
   * whole days differed beyond chance; absent for a model fitted before they were.
   */
  todayWeight?: { durations: number; noShows: number };
}

export interface ServiceTimeModel {
  version: 1;
  days: number;
  services: Record<string, ServiceModel>;
  /** Quantiles of unannounced absence lengths (minutes, ascending), or empty when none were seen. */
  absenceQuantiles: number[];
  /** Day-to-day variation of the total volume (coefficient of variation beyond Poisson noise). */
  dailyVolumeCv: number;
}

export function emptyModel(): ServiceTimeModel {
  return { version: 1, days: 0, services: {}, absenceQuantiles: [], dailyVolumeCv: 0 };
}

/** Quantile of an ascending sample by linear interpolation. */
export function sampleQuantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const x = p * (sorted.length - 1);
  const i = Math.floor(x);
  const a = sorted[i]!;
  const b = sorted[Math.min(i + 1, sorted.length - 1)]!;
  return a + (x - i) * (b - a);
}

function quantileTable(sorted: readonly number[], points: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < points; i++) out.push(sampleQuantile(sorted, (i + 0.5) / points));
  return out;
}

/** Weighted pool-adjacent-violators: the non-decreasing fit closest to `values`. */
export function isotonic(values: readonly number[], weights: readonly number[]): number[] {
  const blockValue: number[] = [];
  const blockWeight: number[] = [];
  const blockSize: number[] = [];
  for (let i = 0; i < values.length; i++) {
    let v = values[i]!;
    let w = weights[i]!;
    let size = 1;
    while (blockValue.length > 0 && blockValue[blockValue.length - 1]! > v) {
      const pw = blockWeight.pop()!;
      const pv = blockValue.pop()!;
      size += blockSize.pop()!;
      v = w + pw > 0 ? (v * w + pv * pw) / (w + pw) : Math.max(v, pv);
      w += pw;
    }
    blockValue.push(v);
    blockWeight.push(w);
    blockSize.push(size);
  }
  const out: number[] = [];
  blockValue.forEach((v, i) => {
    for (let k = 0; k < blockSize[i]!; k++) out.push(v);
  });
  return out;
}

/** P(no-show | waited) from a curve of NO_SHOW_BIN_MIN bins, linear between bin centres. */
export function noShowAt(table: ArrayLike<number>, waited: number): number {
  const x = waited / NO_SHOW_BIN_MIN - 0.5;
  if (x <= 0) return waited > 0 ? table[0]! * (x + 0.5) * 2 : 0;
  const last = table.length - 1;
  if (x >= last) return table[last]!;
  const i = x | 0;
  return table[i]! + (x - i) * (table[i + 1]! - table[i]!);
}

/**
 * The weight, in pseudo-observations, that makes a Bayesian shrink of one group's ratio (a
 * day's, an hour's) toward 1: `noise` is the variance of one observation's ratio and `ratios`
 * the groups' ratios with their number of observations. Their spread beyond `noise / n` is
 * the real variance between groups; `fallback` when there are too few groups to tell.
 */
export function learnedWeight(
  ratios: readonly { ratio: number; n: number }[],
  noise: number,
  fallback = DEFAULT_TODAY_WEIGHT,
): number {
  const groups = ratios.filter((g) => g.n > 0);
  if (groups.length < MIN_GROUPS_FOR_WEIGHT) return fallback;
  const mean = groups.reduce((a, g) => a + g.ratio, 0) / groups.length;
  const spread = groups.reduce((a, g) => a + (g.ratio - mean) ** 2, 0) / (groups.length - 1);
  const chance = groups.reduce((a, g) => a + noise / g.n, 0) / groups.length;
  const real = spread - chance;
  return real > noise / MAX_TODAY_WEIGHT ? noise / real : MAX_TODAY_WEIGHT;
}

/** Centre of a no-show bin, in minutes waited. */
function binCentre(b: number): number {
  return (b + 0.5) * NO_SHOW_BIN_MIN;
}

/**
 * Waits at call of the visitors who came and of those who had left; and the waits at which
 * visitors cancelled on the phone, which tell when their patience ran out exactly.
 */
export interface NoShowSample {
  shownWaitsMin: readonly number[];
  goneWaitsMin: readonly number[];
  cancelledWaitsMin?: readonly number[];
}

/** Share of the leavers who cancelled: cancels ÷ (cancels + no-shows at the call). */
export function cancelShareOf(sample: NoShowSample): number {
  const cancels = sample.cancelledWaitsMin?.length ?? 0;
  const total = cancels + sample.goneWaitsMin.length;
  return total > 0 ? cancels / total : 0;
}

/**
 * Rate of leaving per minute of waiting if patience were exponential: the maximum-likelihood
 * fit to "gone when called after w minutes" (patience < w) and "there" (patience > w).
 */
export function fitLeaveRate(sample: NoShowSample): number {
  const gone = sample.goneWaitsMin;
  const cancelled = sample.cancelledWaitsMin ?? [];
  if (gone.length === 0 && cancelled.length === 0) return 0;
  // A cancel is a patience seen exactly: density θ·e^(−θw), score 1/θ − w.
  let shownTotal = 0;
  for (const w of sample.shownWaitsMin) shownTotal += w;
  for (const w of cancelled) shownTotal += w;
  if (shownTotal === 0) return 1;
  // d/dθ log-likelihood = Σ_gone w·e^(−θw)/(1 − e^(−θw)) + Σ_cancelled (1/θ − w) − Σ_shown w,
  // falling in θ: bisect.
  const score = (rate: number): number => {
    let s = -shownTotal + cancelled.length / rate;
    for (const w of gone) {
      const x = rate * w;
      s += x < 1e-9 ? 1 / rate : w / Math.expm1(x);
    }
    return s;
  };
  let lo = 1e-6;
  let hi = 10;
  for (let i = 0; i < 50; i++) {
    const mid = Math.sqrt(lo * hi);
    if (score(mid) > 0) lo = mid;
    else hi = mid;
  }
  return Math.sqrt(lo * hi);
}

/** Weight, in expected no-shows, of the exponential fit against what a bin observed. */
const NO_SHOW_PRIOR = 40;

/**
 * P(gone | waited) per bin of NO_SHOW_BIN_MIN minutes — gone before the call, by leaving or by
 * cancelling: the exponential-patience fit F, corrected in each bin by observed ÷ expected
 * no-shows among the visitors called (shrunk toward 1 where data are thin), then made
 * non-decreasing. The fit fills the bins no one reached. When a share q of leavers cancel,
 * those called after w are the ones who had not cancelled, so a called visitor is gone with
 * chance g = (1 − q)F / (1 − qF) (`goneWhenCalled`): that is what each bin expects.
 */
export function fitNoShowCurve(sample: NoShowSample, bins: number): number[] {
  const rate = fitLeaveRate(sample);
  const q = cancelShareOf(sample);
  const calledGone = (f: number): number => ((1 - q) * f) / (1 - q * f);
  const expected = new Array<number>(bins).fill(0);
  const observed = new Array<number>(bins).fill(0);
  const weight = new Array<number>(bins).fill(0);
  const bin = (w: number): number =>
    Math.min(bins - 1, Math.floor(Math.max(0, w) / NO_SHOW_BIN_MIN));
  const add = (w: number, gone: boolean): void => {
    const b = bin(w);
    expected[b]! += calledGone(-Math.expm1(-rate * w));
    weight[b]! += 1;
    if (gone) observed[b]! += 1;
  };
  for (const w of sample.shownWaitsMin) add(w, false);
  for (const w of sample.goneWaitsMin) add(w, true);
  // The called visitors' observed ÷ expected no-shows corrects F itself: stable when nearly
  // every leaver cancels (then no one called is gone, and the fit of the cancels stands).
  const curve = expected.map((e, b) => {
    const base = -Math.expm1(-rate * binCentre(b));
    return Math.min(1, (base * (observed[b]! + NO_SHOW_PRIOR)) / (e + NO_SHOW_PRIOR));
  });
  return isotonic(
    curve,
    weight.map((n) => n + NO_SHOW_PRIOR),
  );
}

/** The chance that a visitor called after a wait with chance `gone` of being gone has left. */
export function goneWhenCalled(gone: number, cancelShare = 0): number {
  return cancelShare > 0 ? ((1 - cancelShare) * gone) / (1 - cancelShare * gone) : gone;
}

function fitService(calls: readonly CallRecord[], days: number): ServiceModel {
  const durations = calls
    .filter((c) => !c.noShow)
    .map((c) => c.durationMin)
    .sort((a, b) => a - b);
  const count = durations.length;
  const meanMin = count > 0 ? durations.reduce((a, b) => a + b, 0) / count : 5;

  const hourSum = new Array<number>(24).fill(0);
  const hourN = new Array<number>(24).fill(0);
  for (const c of calls) {
    if (c.noShow) continue;
    const h = hourOf(c.calledAt);
    hourSum[h]! += c.durationMin;
    hourN[h]! += 1;
  }
  // One service's duration relative to the mean varies by this much (its squared CV).
  const ratioNoise =
    count > 1 ? durations.reduce((a, d) => a + (d / meanMin - 1) ** 2, 0) / (count - 1) : 1;
  // Hours differ as much as they did beyond chance: no more, so that noise is not learned.
  const hourWeight = learnedWeight(
    hourN.map((n, h) => ({ ratio: n > 0 ? hourSum[h]! / n / meanMin : 1, n })),
    ratioNoise,
    DEFAULT_HOUR_WEIGHT,
  );
  const hourFactor = hourSum.map(
    (sum, h) => (sum + hourWeight * meanMin) / (hourN[h]! + hourWeight) / meanMin,
  );

  const noShowDurations = calls
    .filter((c) => c.noShow && !c.cancelled)
    .map((c) => c.durationMin)
    .sort((a, b) => a - b);
  const noShowCostMin = noShowDurations.length > 0 ? sampleQuantile(noShowDurations, 0.5) : 0.5;

  const wait = (c: CallRecord): number => c.calledAt - c.issuedAt;
  const leaving: NoShowSample = {
    shownWaitsMin: calls.filter((c) => !c.noShow).map(wait),
    goneWaitsMin: calls.filter((c) => c.noShow && !c.cancelled).map(wait),
    cancelledWaitsMin: calls.filter((c) => c.cancelled).map(wait),
  };
  const noShowByWait = fitNoShowCurve(leaving, NO_SHOW_BINS);
  const cancelShare = cancelShareOf(leaving);

  const normal = new Array<number>(24).fill(0);
  const priority = new Array<number>(24).fill(0);
  for (const c of calls)
    (c.ticketClass === 'priority' ? priority : normal)[hourOf(c.issuedAt)]! += 1;
  const perDay = (xs: number[]): number[] => xs.map((x) => (days > 0 ? x / days : 0));

  const quantiles = count > 0 ? quantileTable(durations, QUANTILES) : defaultQuantiles(meanMin);
  return {
    count,
    meanMin,
    quantiles,
    tailMeanMin: tailMean(durations, quantiles[quantiles.length - 1]!),
    hourFactor,
    noShowCostMin,
    noShowByWait,
    arrivalsPerDay: { normal: perDay(normal), priority: perDay(priority) },
    tasks: fitTasks(calls),
    ...(cancelShare > 0 ? { cancelShare } : {}),
    todayWeight: fitTodayWeight(calls, meanMin, ratioNoise, noShowByWait, cancelShare),
  };
}

/**
 * How much a day's own service times and no-shows should move today's estimate: days whose
 * mean service time (or no-show count against the curve) differed beyond chance make today's
 * observations count; days that differed only by chance make them count for little.
 */
function fitTodayWeight(
  calls: readonly CallRecord[],
  meanMin: number,
  ratioNoise: number,
  noShowByWait: readonly number[],
  cancelShare: number,
): { durations: number; noShows: number } {
  const byDay = new Map<
    string | number,
    { n: number; sum: number; gone: number; expected: number }
  >();
  for (const c of calls) {
    // Today's no-show tilt counts the visitors called (cancels are not), as the server does.
    if (c.cancelled) continue;
    let day = byDay.get(c.day);
    if (!day) byDay.set(c.day, (day = { n: 0, sum: 0, gone: 0, expected: 0 }));
    day.expected += goneWhenCalled(noShowAt(noShowByWait, c.calledAt - c.issuedAt), cancelShare);
    if (c.noShow) {
      day.gone++;
    } else {
      day.n++;
      day.sum += c.durationMin;
    }
  }
  const days = [...byDay.values()];
  return {
    durations: learnedWeight(
      days.map((d) => ({ ratio: d.n > 0 ? d.sum / d.n / meanMin : 1, n: d.n })),
      ratioNoise,
    ),
    // No-shows are about Poisson: a day's count against its expectation varies by 1 / expected.
    noShows: learnedWeight(
      days.map((d) => ({ ratio: d.expected > 0 ? d.gone / d.expected : 1, n: d.expected })),
      1,
    ),
  };
}

/** Duration tables of the tasks with enough completed services. */
function fitTasks(calls: readonly CallRecord[]): Record<string, TaskModel> {
  const byTask = new Map<string, number[]>();
  for (const c of calls) {
    if (c.noShow || c.task === undefined) continue;
    const list = byTask.get(c.task);
    if (list) list.push(c.durationMin);
    else byTask.set(c.task, [c.durationMin]);
  }
  const tasks: Record<string, TaskModel> = {};
  for (const [task, durations] of byTask) {
    if (durations.length < TASK_MIN_COUNT) continue;
    durations.sort((a, b) => a - b);
    const quantiles = quantileTable(durations, QUANTILES);
    tasks[task] = {
      count: durations.length,
      meanMin: durations.reduce((a, b) => a + b, 0) / durations.length,
      quantiles,
      tailMeanMin: tailMean(durations, quantiles[quantiles.length - 1]!),
    };
  }
  return tasks;
}

/**
 * Mean excess over `top` of the sorted durations beyond it; with fewer than ten of those, the
 * mean excess beyond the 90th percentile (tails of service times are roughly exponential).
 */
export function tailMean(sorted: readonly number[], top: number): number {
  const excess = (threshold: number): number[] =>
    sorted.filter((x) => x > threshold).map((x) => x - threshold);
  let beyond = excess(top);
  if (beyond.length < 10 && sorted.length >= 10) beyond = excess(sampleQuantile(sorted, 0.9));
  if (beyond.length === 0) return 0.3 * top;
  return beyond.reduce((a, b) => a + b, 0) / beyond.length;
}

/** A wide lognormal guess (σ 0.7) for a service with no history yet. */
export function defaultQuantiles(meanMin: number): number[] {
  const sigma = 0.7;
  const median = meanMin / Math.exp((sigma * sigma) / 2);
  return Array.from(
    { length: QUANTILES },
    (_, i) => median * Math.exp(sigma * normalQuantile((i + 0.5) / QUANTILES)),
  );
}

/** Acklam's rational approximation of the standard normal quantile (error < 1.2e-9). */
export function normalQuantile(p: number): number {
  const a = [
    -39.69683028665376, 220.9460984245205, -275.928510446969, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ];
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972,
    -13.28068155288572,
  ];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734,
    4.374664141464968, 2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const lo = 0.02425;
  if (p < lo) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) /
      ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1)
    );
  }
  if (p > 1 - lo) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) /
    (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1)
  );
}

function hourOf(minutes: number): number {
  return Math.min(23, Math.max(0, Math.floor(minutes / 60)));
}

/** Fits the model from the calls of earlier days; the server rebuilds it nightly from its store. */
export function fitServiceTimeModel(input: FitInput): ServiceTimeModel {
  const dayKeys = new Set(input.calls.map((c) => c.day));
  const days = dayKeys.size;
  const byService = new Map<string, CallRecord[]>();
  for (const call of input.calls) {
    const list = byService.get(call.serviceId);
    if (list) list.push(call);
    else byService.set(call.serviceId, [call]);
  }
  const services: Record<string, ServiceModel> = {};
  for (const [id, calls] of byService) services[id] = fitService(calls, days);

  const absences = [...(input.unannouncedAbsencesMin ?? [])]
    .filter((x) => x > 0)
    .sort((a, b) => a - b);
  // Few absences are kept as they are: each stands for an equal share of the distribution.
  const absenceQuantiles =
    absences.length > QUANTILES ? quantileTable(absences, QUANTILES) : absences;

  // Day totals vary by Poisson noise (variance = mean) plus the day's volume factor.
  const totals = new Map<string | number, number>();
  for (const call of input.calls) totals.set(call.day, (totals.get(call.day) ?? 0) + 1);
  let dailyVolumeCv = 0;
  if (totals.size >= 3) {
    const xs = [...totals.values()];
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1);
    dailyVolumeCv = Math.sqrt(Math.max(0, variance - mean)) / mean;
  }
  return { version: 1, days, services, absenceQuantiles, dailyVolumeCv };
}
