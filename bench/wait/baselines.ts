// The classical wait predictors that Annae's estimate is measured against.

/** What a peer system knows of one queue at the moment it shows its estimates. */
export interface QueueSnapshot {
  now: number;
  /** Issue time of the longest-waiting ticket still in the queue, or null when it is empty. */
  oldestIssuedAt: number | null;
  /** Waits (issue → call) of today's called tickets, in call order. */
  waitsToday: readonly number[];
  /** Mean observed service time (completed services, earlier days and today). */
  meanServiceMin: number;
  /** Counters that serve this queue at all. */
  nominalCounters: number;
  /** Of those, counters open now (not away). */
  openCounters: number;
  /** Tickets issued in the last `arrivalWindowMin` minutes. */
  recentArrivals: number;
  arrivalWindowMin: number;
}

export interface TicketSnapshot {
  /** How long this ticket has waited so far. */
  waitedMin: number;
  /** Tickets ahead of it in call order. */
  ahead: number;
}

/**
 * A predictor prepares once per queue update, then estimates each waiting ticket's
 * remaining wait in minutes.
 */
export interface Baseline {
  name: string;
  forQueue(queue: QueueSnapshot): (ticket: TicketSnapshot) => number;
}

export const EWMA_ALPHA = 0.2;
export const AVG_WINDOW = 10;

/**
 * Predictors of a newcomer's whole wait (history and head-of-line ones) show a waiting
 * ticket what is left of it: the remaining part, never below zero.
 */
function remaining(newcomerWait: number): (ticket: TicketSnapshot) => number {
  return (ticket) => Math.max(0, newcomerWait - ticket.waitedMin);
}

export const avg10: Baseline = {
  name: 'AVG10',
  forQueue(q) {
    const last = q.waitsToday.slice(-AVG_WINDOW);
    const mean = last.length > 0 ? last.reduce((a, b) => a + b, 0) / last.length : 0;
    return remaining(mean);
  },
};

export const ewma: Baseline = {
  name: 'EWMA',
  forQueue(q) {
    let value = 0;
    q.waitsToday.forEach((w, i) => {
      value = i === 0 ? w : EWMA_ALPHA * w + (1 - EWMA_ALPHA) * value;
    });
    return remaining(value);
  },
};

export const les: Baseline = {
  name: 'LES',
  forQueue(q) {
    return remaining(q.waitsToday[q.waitsToday.length - 1] ?? 0);
  },
};

export const hol: Baseline = {
  name: 'HOL',
  forQueue(q) {
    return remaining(q.oldestIssuedAt === null ? 0 : q.now - q.oldestIssuedAt);
  },
};

export const qlNominal: Baseline = {
  name: 'QL-nominal',
  forQueue(q) {
    const per = q.meanServiceMin / Math.max(1, q.nominalCounters);
    return (ticket) => (ticket.ahead + 1) * per;
  },
};

export const qlLive: Baseline = {
  name: 'QL-live',
  forQueue(q) {
    const per = q.meanServiceMin / Math.max(1, q.openCounters);
    return (ticket) => (ticket.ahead + 1) * per;
  },
};

/** Probability that an arrival waits in an M/M/c queue with offered load `a` (Erlang C). */
export function erlangC(c: number, a: number): number {
  if (a >= c) return 1;
  // Erlang B by its stable recursion, then C from B.
  let b = 1;
  for (let k = 1; k <= c; k++) b = (a * b) / (k + a * b);
  return (c * b) / (c - a * (1 - b));
}

/**
 * Steady-state M/M/c wait of a newcomer, with the arrival rate of the last half hour and
 * the counters open now; falls back to QL-live when the queue is unstable or unstaffed.
 */
export const erlang: Baseline = {
  name: 'Erlang-C',
  forQueue(q) {
    const lambda = q.arrivalWindowMin > 0 ? q.recentArrivals / q.arrivalWindowMin : 0;
    const mu = 1 / q.meanServiceMin;
    const c = q.openCounters;
    const a = lambda / mu;
    if (c === 0 || a >= c) return qlLive.forQueue(q);
    const wq = erlangC(c, a) / (c * mu - lambda);
    return remaining(wq);
  },
};

/** The baselines in report order; the gain is measured against the best of `GAIN_BASELINES`. */
export const BASELINES: readonly Baseline[] = [avg10, ewma, les, hol, qlNominal, qlLive, erlang];
export const GAIN_BASELINES = ['AVG10', 'EWMA', 'HOL', 'QL-nominal'] as const;
