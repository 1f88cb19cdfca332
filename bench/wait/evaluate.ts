// Runs a scenario: trains on the first days, scores every shown estimate on the test days.
import { performance } from 'node:perf_hooks';
import { LATE_PENALTY_MIN, type ServiceTimeModel } from '../../server/domain/wait-estimate';
import { annaeEstimates, fitModel } from './annae';
import { BASELINES, GAIN_BASELINES, type QueueSnapshot } from './baselines';
import { createRng } from './random';
import type { Scenario } from './scenario';
import { simulateDay, type DayLog } from './simulate';
import type { OracleKind } from './oracle';
import { ServerView, type ViewOptions } from './view';

/**
 * The update rule, the same for every predictor: a ticket gets an estimate when it is
 * issued; its queue's estimates are shown again at every call from that queue, whenever a
 * counter serving it leaves or returns, and at least every HEARTBEAT_MIN minutes.
 */
export const HEARTBEAT_MIN = 5;
/** Window of recent arrivals for the Erlang-C baseline. */
export const ARRIVAL_WINDOW_MIN = 30;
export const BOOTSTRAP_SAMPLES = 2000;
/**
 * Late penalties tried on the training days, smallest first (see `chooseLatePenalty`), the
 * share of training days held out for it, and the margin its underestimates must keep.
 */
export const LATE_PENALTY_GRID: readonly number[] = [0, 3, 7, 12, 20];
export const PENALTY_FOLDS = 3;
/** Held-out days are few and correlated within a day: keep a tenth below the best's share. */
export const UNDER2_MARGIN = 0.1;

export const PREDICTORS: readonly string[] = [...BASELINES.map((b) => b.name), 'annae'];
const ANNAE = PREDICTORS.length - 1;
const P = PREDICTORS.length;

/** Error sums of one predictor. */
export interface Accumulator {
  n: number;
  sumAbs: number;
  sumSq: number;
  sumErr: number;
  under2: number;
  within2: number;
  lunchN: number;
  lunchAbs: number;
  /** Annae only: estimates whose range as the screens show it ("약 12–18분") held the truth. */
  rangeIn: number;
  /**
   * Estimates the screens show as "곧" (soon, `waitText` for a range of 0–1 minute): no range is
   * shown, so they are counted apart; and how many of them held the truth within 0–1 minute.
   */
  soonN: number;
  soonIn: number;
}

function accumulator(): Accumulator {
  return {
    n: 0,
    sumAbs: 0,
    sumSq: 0,
    sumErr: 0,
    under2: 0,
    within2: 0,
    lunchN: 0,
    lunchAbs: 0,
    rangeIn: 0,
    soonN: 0,
    soonIn: 0,
  };
}

/** The range as `waitText` (kiosk/ticket/TicketWaiting.tsx) shows it: whole minutes, ≥ 1 wide. */
function shownRange(low: number, high: number): [number, number] {
  const from = Math.floor(low);
  return [from, Math.max(from + 1, Math.ceil(high))];
}

/** What the day was like for the visitors: waits issue → call, no-shows and cancels. */
export interface Visits {
  called: number;
  waitSum: number;
  /** The same for the tickets issued in the lunch window. */
  lunchCalled: number;
  lunchWaitSum: number;
  noShows: number;
  cancelled: number;
}

export interface DayScore {
  day: number;
  tickets: number;
  perPredictor: Accumulator[];
  visits: Visits;
}

const EMPTY_LOG: DayLog = {
  day: -1,
  volumeFactor: 1,
  tickets: [],
  events: [],
  periods: [],
  endAt: 0,
};

function visitsOf(scenario: Scenario, log: DayLog): Visits {
  const v: Visits = {
    called: 0,
    waitSum: 0,
    lunchCalled: 0,
    lunchWaitSum: 0,
    noShows: 0,
    cancelled: 0,
  };
  const lunch = scenario.lunchWindow;
  for (const t of log.tickets) {
    if (!Number.isNaN(t.cancelledAt)) {
      v.cancelled++;
      continue;
    }
    if (Number.isNaN(t.calledAt)) continue;
    const wait = t.calledAt - t.issuedAt;
    v.called++;
    v.waitSum += wait;
    if (t.noShow) v.noShows++;
    if (lunch && t.issuedAt >= lunch[0] && t.issuedAt < lunch[1]) {
      v.lunchCalled++;
      v.lunchWaitSum += wait;
    }
  }
  return v;
}

export interface Timing {
  calls: number;
  estimates: number;
  ms: number;
}

interface Training {
  model: ServiceTimeModel;
  /** Override of the estimator's late penalty (`--late-penalty`), to show the trade-off. */
  latePenaltyMin?: number;
  /** `--oracle`: the estimator is told the hidden truth of the waiting visitors. */
  oracle?: OracleKind;
  /** Completed services on the training days, per service: count and total minutes. */
  served: { n: number; sum: number }[];
  view: ViewOptions;
}

export function train(
  scenario: Scenario,
  logs: readonly DayLog[],
  view: ViewOptions = { tasks: true },
): Training {
  const served = scenario.services.map(() => ({ n: 0, sum: 0 }));
  for (const log of logs) {
    for (const event of log.events) {
      if (event.kind === 'done' && !event.noShow) {
        const s = served[log.tickets[event.ticket]!.service]!;
        s.n++;
        s.sum += event.durationMin;
      }
    }
  }
  return { model: fitModel(scenario, logs, view), served, view };
}

export function queueSnapshot(
  view: ServerView,
  training: Training,
  service: number,
): QueueSnapshot {
  const now = view.now;
  let oldest: number | null = null;
  for (const t of view.waiting(service))
    if (oldest === null || t.issuedAt < oldest) oldest = t.issuedAt;
  const today = view.today[service]!;
  const trained = training.served[service]!;
  const n = trained.n + today.served;
  let nominal = 0;
  let open = 0;
  for (const c of view.counters) {
    if (!c.serves.includes(service)) continue;
    nominal++;
    if (c.status === 'open') open++;
  }
  let recent = 0;
  const times = today.arrivalTimes;
  for (let i = times.length - 1; i >= 0 && times[i]! > now - ARRIVAL_WINDOW_MIN; i--) recent++;
  return {
    now,
    oldestIssuedAt: oldest,
    waitsToday: today.waits,
    meanServiceMin: n > 0 ? (trained.sum + today.servedMinSum) / n : 5,
    nominalCounters: nominal,
    openCounters: open,
    recentArrivals: recent,
    arrivalWindowMin: Math.min(ARRIVAL_WINDOW_MIN, Math.max(0, now - view.scenario.open)),
  };
}

/** Replays one test day through the server view, scoring every shown estimate. */
export function scoreDay(
  scenario: Scenario,
  log: DayLog,
  training: Training,
  timing: Timing,
): DayScore {
  const view = new ServerView(scenario, log, training.view);
  const perPredictor = PREDICTORS.map(accumulator);
  const pending = new Map<number, number[]>();
  const lunch = scenario.lunchWindow;
  const serviceIds = scenario.services.map((s) => s.id);
  const lastUpdate = scenario.services.map(() => scenario.open);

  const record = (ticketId: number, values: number[]): void => {
    const list = pending.get(ticketId);
    if (list) list.push(...values);
    else pending.set(ticketId, values);
  };

  /** Estimates of every predictor for `only` (one ticket) or the whole queue of `service`. */
  const show = (service: number, only: number | null): void => {
    const waiting = view.waiting(service);
    if (waiting.length === 0) return;
    const now = view.now;
    const inLunch = lunch !== null && now >= lunch[0] && now < lunch[1] ? 1 : 0;
    const snapshot = queueSnapshot(view, training, service);
    const fns = BASELINES.map((b) => b.forQueue(snapshot));
    const start = performance.now();
    const annae = annaeEstimates(
      view,
      training.model,
      [serviceIds[service]!],
      training.latePenaltyMin,
      training.oracle ? { kind: training.oracle, log } : undefined,
    );
    timing.ms += performance.now() - start;
    timing.calls++;
    const byId = new Map<string, { minutes: number; low: number; high: number }>();
    for (const e of annae.tickets) byId.set(e.id, e);
    waiting.forEach((ticket, ahead) => {
      if (only !== null && ticket.id !== only) return;
      const snap = { waitedMin: now - ticket.issuedAt, ahead };
      const values = [now, inLunch];
      for (const fn of fns) values.push(fn(snap));
      const e = byId.get(String(ticket.id));
      values.push(e?.minutes ?? 0, ...shownRange(e?.low ?? 0, e?.high ?? 0));
      timing.estimates++;
      record(ticket.id, values);
    });
  };

  const resolve = (ticketId: number, calledAt: number): void => {
    const values = pending.get(ticketId);
    if (!values) return;
    pending.delete(ticketId);
    const stride = P + 4;
    for (let k = 0; k < values.length; k += stride) {
      const truth = calledAt - values[k]!;
      const inLunch = values[k + 1] === 1;
      for (let p = 0; p < P; p++) {
        const err = values[k + 2 + p]! - truth;
        const acc = perPredictor[p]!;
        const abs = Math.abs(err);
        acc.n++;
        acc.sumAbs += abs;
        acc.sumSq += err * err;
        acc.sumErr += err;
        if (err < -2) acc.under2++;
        if (abs <= 2) acc.within2++;
        if (inLunch) {
          acc.lunchN++;
          acc.lunchAbs += abs;
        }
      }
      const held = truth >= values[k + 2 + P]! && truth <= values[k + 3 + P]!;
      if (held) perPredictor[ANNAE]!.rangeIn++;
      if (values[k + 2 + P]! === 0 && values[k + 3 + P]! <= 1) {
        perPredictor[ANNAE]!.soonN++;
        if (held) perPredictor[ANNAE]!.soonIn++;
      }
    }
  };

  for (const event of log.events) {
    for (let s = 0; s < lastUpdate.length; s++) {
      while (lastUpdate[s]! + HEARTBEAT_MIN <= event.t) {
        lastUpdate[s] = lastUpdate[s]! + HEARTBEAT_MIN;
        view.now = lastUpdate[s]!;
        show(s, null);
      }
    }
    view.apply(event, log);
    switch (event.kind) {
      case 'issue':
        show(log.tickets[event.ticket]!.service, event.ticket);
        break;
      case 'call': {
        const service = log.tickets[event.ticket]!.service;
        resolve(event.ticket, event.t);
        show(service, null);
        lastUpdate[service] = event.t;
        break;
      }
      case 'away':
      case 'back':
        for (const s of view.counters[event.counter]!.serves) {
          show(s, null);
          lastUpdate[s] = event.t;
        }
        break;
      case 'done':
        break;
    }
  }
  return {
    day: log.day,
    tickets: log.tickets.length,
    perPredictor,
    visits: visitsOf(scenario, log),
  };
}

export interface PredictorResult {
  mae: number;
  rmse: number;
  bias: number;
  under2: number;
  within2: number;
  maeLunch: number | null;
}

/** The `--json` result, exactly the shape of shared/reference/wait-scenarios/README.md. */
export interface ScenarioResult {
  scenario: string;
  testTickets: number;
  predictors: Record<string, PredictorResult>;
  bestBaseline: string;
  gain: { mae: number; maeLunch: number | null; maeCi95: [number, number] };
  annaeMsPerEstimate: number;
}

/** What the printed report shows beyond the JSON result. */
export interface ScenarioDetails {
  estimates: number;
  lunchEstimates: number;
  annaeCalls: number;
  annaeMsPerTicket: number;
  /** Best of the gain baselines by lunch MAE, and annae's gain against it. */
  bestLunchBaseline: string | null;
  lunchGainVsBestLunch: number | null;
  trainDays: number;
  testDays: number;
  /** Index of the first scored day: `trainDays`, or later with `validation`. */
  firstTestDay: number;
  latePenalty: PenaltyChoice;
  /** Whether the server knew the visitors' tasks (`--task-blind` hides them). */
  tasks: 'known' | 'hidden';
  oracle: OracleKind | null;
  /** Share of annae's estimates whose shown range held the true wait (nominal: 60 %). */
  rangeShare: number | null;
  /** The same for the estimates shown as a range "약 a–b분", not as "곧" (see `soonN`). */
  shownRangeShare: number | null;
  /** Share of annae's estimates shown as "곧", and the share of those called within a minute. */
  soonShare: number | null;
  soonHeld: number | null;
  /** Mean wait issue → call of the visitors called (all day, and issued at lunch). */
  meanWaitMin: number | null;
  meanWaitLunchMin: number | null;
  /** Shares of the tickets: no-shows at the call, and cancelled on the phone. */
  noShowShare: number;
  cancelShare: number;
  seconds: number;
}

function merge(scores: readonly DayScore[], p: number): Accumulator {
  const total = accumulator();
  for (const score of scores) {
    const a = score.perPredictor[p]!;
    total.n += a.n;
    total.sumAbs += a.sumAbs;
    total.sumSq += a.sumSq;
    total.sumErr += a.sumErr;
    total.under2 += a.under2;
    total.within2 += a.within2;
    total.lunchN += a.lunchN;
    total.lunchAbs += a.lunchAbs;
    total.rangeIn += a.rangeIn;
    total.soonN += a.soonN;
    total.soonIn += a.soonIn;
  }
  return total;
}

function summary(a: Accumulator, hasLunch: boolean): PredictorResult {
  const n = Math.max(1, a.n);
  return {
    mae: a.sumAbs / n,
    rmse: Math.sqrt(a.sumSq / n),
    bias: a.sumErr / n,
    under2: a.under2 / n,
    within2: a.within2 / n,
    maeLunch: hasLunch && a.lunchN > 0 ? a.lunchAbs / a.lunchN : null,
  };
}

/** Paired bootstrap over days of 1 − Σ|annae error| / Σ|baseline error|: a 95% interval. */
export function bootstrapGain(
  annae: readonly number[],
  baseline: readonly number[],
  seed: number,
  samples = BOOTSTRAP_SAMPLES,
): [number, number] {
  const rng = createRng(seed, 0xb007);
  const days = annae.length;
  const gains: number[] = [];
  for (let b = 0; b < samples; b++) {
    let a = 0;
    let base = 0;
    for (let i = 0; i < days; i++) {
      const d = Math.floor(rng() * days);
      a += annae[d]!;
      base += baseline[d]!;
    }
    gains.push(base > 0 ? 1 - a / base : 0);
  }
  gains.sort((x, y) => x - y);
  const at = (p: number): number => gains[Math.min(samples - 1, Math.floor(p * samples))]!;
  return [at(0.025), at(0.975)];
}

export interface RunOptions {
  trainDays?: number;
  testDays?: number;
  latePenaltyMin?: number;
  /**
   * Score days after every test day instead (`--validation`): for trying changes to the
   * estimator without looking at the days the table reports.
   */
  validation?: boolean;
  /** The kiosk issues by service alone: the server does not know the visitor's task. */
  taskBlind?: boolean;
  /** Tell the estimator what the server cannot know, to measure the error that is left. */
  oracle?: OracleKind;
  /** Hold out no training days for the late penalty: use LATE_PENALTY_MIN (faster, for tests). */
  fixedPenalty?: boolean;
  onDay?: (done: number, total: number) => void;
}

/** The late penalty chosen on the training days, and what it was chosen against. */
export interface PenaltyChoice {
  penalty: number;
  /** `held-out`: chosen on the training days, each held out once; `fixed`: LATE_PENALTY_MIN or `--late-penalty`. */
  how: 'held-out' | 'fixed';
  heldOutDays: number;
  /** On the held-out days at the chosen penalty: annae's and the best baseline's under2. */
  under2?: { annae: number; best: number; bestName: string };
}

/**
 * The estimator's point estimate trades absolute error against being called more than
 * 2 minutes later than shown (LATE_PENALTY_MIN). A hall can set that trade from its own
 * history; the benchmark does the same on the training days only: it splits them in
 * PENALTY_FOLDS folds, scores each fold with a model fitted on the others, and takes the
 * smallest penalty of LATE_PENALTY_GRID whose share of such underestimates over all of them
 * is at most (1 − UNDER2_MARGIN) times that of the best classical predictor (by MAE) on the
 * same days. Test days are never looked at.
 */
export function chooseLatePenalty(
  scenario: Scenario,
  trainLogs: readonly DayLog[],
  view?: ViewOptions,
): PenaltyChoice {
  const folds = PENALTY_FOLDS;
  const held = Math.floor(trainLogs.length / folds);
  if (held < 2) return { penalty: LATE_PENALTY_MIN, how: 'fixed', heldOutDays: 0 };
  // Each fold's days are scored by a model fitted on the other folds: every training day is
  // held out once, which steadies the choice more than one third held out would.
  const fitted = Array.from({ length: folds }, (_, k) => {
    const from = k * held;
    const to = k === folds - 1 ? trainLogs.length : from + held;
    return {
      training: train(scenario, [...trainLogs.slice(0, from), ...trainLogs.slice(to)], view),
      holdout: trainLogs.slice(from, to),
    };
  });
  const gainIndexes = GAIN_BASELINES.map((name) => PREDICTORS.indexOf(name));
  let choice: PenaltyChoice | null = null;
  for (const penalty of LATE_PENALTY_GRID) {
    const timing: Timing = { calls: 0, estimates: 0, ms: 0 };
    const scores = fitted.flatMap(({ training, holdout }) =>
      holdout.map((log) =>
        scoreDay(scenario, log, { ...training, latePenaltyMin: penalty }, timing),
      ),
    );
    const totals = PREDICTORS.map((_, p) => merge(scores, p));
    const best = gainIndexes.reduce((a, b) => (totals[b]!.sumAbs < totals[a]!.sumAbs ? b : a));
    const share = (a: Accumulator): number => a.under2 / Math.max(1, a.n);
    const under2 = {
      annae: share(totals[ANNAE]!),
      best: share(totals[best]!),
      bestName: PREDICTORS[best]!,
    };
    choice = { penalty, how: 'held-out', heldOutDays: trainLogs.length, under2 };
    if (under2.annae <= (1 - UNDER2_MARGIN) * under2.best) break;
  }
  return choice!;
}

export function runScenario(
  scenario: Scenario,
  options: RunOptions = {},
): { result: ScenarioResult; details: ScenarioDetails; model: ServiceTimeModel } {
  const started = performance.now();
  const trainDays = options.trainDays ?? scenario.days.train;
  const testDays = options.testDays ?? scenario.days.test;
  const view: ViewOptions = { tasks: !options.taskBlind };
  const trainLogs: DayLog[] = [];
  for (let d = 0; d < trainDays; d++) trainLogs.push(simulateDay(scenario, d));
  const penalty: PenaltyChoice =
    options.latePenaltyMin !== undefined
      ? { penalty: options.latePenaltyMin, how: 'fixed', heldOutDays: 0 }
      : options.fixedPenalty
        ? { penalty: LATE_PENALTY_MIN, how: 'fixed', heldOutDays: 0 }
        : chooseLatePenalty(scenario, trainLogs, view);
  const training: Training = {
    ...train(scenario, trainLogs, view),
    latePenaltyMin: penalty.penalty,
    ...(options.oracle ? { oracle: options.oracle } : {}),
  };

  const timing: Timing = { calls: 0, estimates: 0, ms: 0 };
  const scores: DayScore[] = [];
  const firstTestDay = options.validation
    ? Math.max(trainDays, scenario.days.train) + Math.max(testDays, scenario.days.test)
    : trainDays;
  for (let d = 0; d < testDays; d++) {
    const log = simulateDay(scenario, firstTestDay + d);
    scores.push(scoreDay(scenario, log, training, timing));
    options.onDay?.(d + 1, testDays);
  }

  const hasLunch = scenario.lunchWindow !== null;
  const totals = PREDICTORS.map((_, p) => merge(scores, p));
  const predictors: Record<string, PredictorResult> = {};
  PREDICTORS.forEach((name, p) => (predictors[name] = summary(totals[p]!, hasLunch)));

  const gainIndexes = GAIN_BASELINES.map((name) => PREDICTORS.indexOf(name));
  const best = gainIndexes.reduce((a, b) => (totals[b]!.sumAbs < totals[a]!.sumAbs ? b : a));
  const bestName = PREDICTORS[best]!;
  const annae = predictors.annae!;
  const bestResult = predictors[bestName]!;
  const ci = bootstrapGain(
    scores.map((s) => s.perPredictor[ANNAE]!.sumAbs),
    scores.map((s) => s.perPredictor[best]!.sumAbs),
    scenario.seed,
  );

  let bestLunch: number | null = null;
  if (hasLunch) {
    for (const i of gainIndexes) {
      const m = predictors[PREDICTORS[i]!]!.maeLunch;
      if (m === null) continue;
      if (bestLunch === null || m < predictors[PREDICTORS[bestLunch]!]!.maeLunch!) bestLunch = i;
    }
  }
  const lunchGain = (against: PredictorResult): number | null =>
    annae.maeLunch !== null && against.maeLunch ? 1 - annae.maeLunch / against.maeLunch : null;

  const result: ScenarioResult = {
    scenario: scenario.name,
    testTickets: scores.reduce((a, s) => a + s.tickets, 0),
    predictors,
    bestBaseline: bestName,
    gain: { mae: 1 - annae.mae / bestResult.mae, maeLunch: lunchGain(bestResult), maeCi95: ci },
    annaeMsPerEstimate: timing.calls > 0 ? timing.ms / timing.calls : 0,
  };
  const visits = scores.reduce(
    (a, d) => ({
      called: a.called + d.visits.called,
      waitSum: a.waitSum + d.visits.waitSum,
      lunchCalled: a.lunchCalled + d.visits.lunchCalled,
      lunchWaitSum: a.lunchWaitSum + d.visits.lunchWaitSum,
      noShows: a.noShows + d.visits.noShows,
      cancelled: a.cancelled + d.visits.cancelled,
    }),
    visitsOf(scenario, { ...EMPTY_LOG }),
  );
  const details: ScenarioDetails = {
    estimates: totals[ANNAE]!.n,
    lunchEstimates: totals[ANNAE]!.lunchN,
    annaeCalls: timing.calls,
    annaeMsPerTicket: timing.estimates > 0 ? timing.ms / timing.estimates : 0,
    bestLunchBaseline: bestLunch === null ? null : PREDICTORS[bestLunch]!,
    lunchGainVsBestLunch:
      bestLunch === null ? null : lunchGain(predictors[PREDICTORS[bestLunch]!]!),
    trainDays,
    testDays,
    firstTestDay,
    latePenalty: penalty,
    tasks: view.tasks ? 'known' : 'hidden',
    oracle: options.oracle ?? null,
    rangeShare: totals[ANNAE]!.n > 0 ? totals[ANNAE]!.rangeIn / totals[ANNAE]!.n : null,
    shownRangeShare:
      totals[ANNAE]!.n > totals[ANNAE]!.soonN
        ? (totals[ANNAE]!.rangeIn - totals[ANNAE]!.soonIn) /
          (totals[ANNAE]!.n - totals[ANNAE]!.soonN)
        : null,
    soonShare: totals[ANNAE]!.n > 0 ? totals[ANNAE]!.soonN / totals[ANNAE]!.n : null,
    soonHeld: totals[ANNAE]!.soonN > 0 ? totals[ANNAE]!.soonIn / totals[ANNAE]!.soonN : null,
    meanWaitMin: visits.called > 0 ? visits.waitSum / visits.called : null,
    meanWaitLunchMin: visits.lunchCalled > 0 ? visits.lunchWaitSum / visits.lunchCalled : null,
    noShowShare: visits.noShows / Math.max(1, result.testTickets),
    cancelShare: visits.cancelled / Math.max(1, result.testTickets),
    seconds: (performance.now() - started) / 1000,
  };
  return { result, details, model: training.model };
}
