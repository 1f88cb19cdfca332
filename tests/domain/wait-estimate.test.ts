import { describe, expect, it } from 'vitest';
import {
  emptyModel,
  simulateWaits,
  noShowChance,
  pointEstimate,
  waitRange,
  type SimCounter,
  type ServiceModel,
  type ServiceTimeModel,
  type WaitEstimateInput,
  type SimTicket,
} from '../../server/domain/wait-estimate';

const NOW = 600; // 10:00
const HOURS = { open: 540, close: 1080 };

/** A service whose every call takes exactly `minutes`, nobody leaves and nobody arrives. */
function fixedService(minutes = 4, patch: Partial<ServiceModel> = {}): ServiceModel {
  return {
    count: 1000,
    meanMin: minutes,
    quantiles: new Array<number>(48).fill(minutes),
    tailMeanMin: 0,
    hourFactor: new Array<number>(24).fill(1),
    noShowCostMin: 0.5,
    noShowByWait: new Array<number>(48).fill(0),
    arrivalsPerDay: {
      normal: new Array<number>(24).fill(0),
      priority: new Array<number>(24).fill(0),
    },
    ...patch,
  };
}

function model(services: Record<string, ServiceModel>, patch: Partial<ServiceTimeModel> = {}) {
  return {
    version: 1 as const,
    days: 60,
    services,
    absenceQuantiles: [],
    dailyVolumeCv: 0,
    ...patch,
  };
}

function tickets(prefix: string, n: number, issuedFrom = 590): SimTicket[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `${prefix}${i + 1}`,
    ticketClass: 'normal' as const,
    issuedAt: issuedFrom + i * 0.1,
  }));
}

function open(id: string, serves: string[], patch: Partial<SimCounter> = {}): SimCounter {
  return { id, serves, status: 'open', ...patch };
}

function input(patch: Partial<WaitEstimateInput>): WaitEstimateInput {
  return {
    now: NOW,
    hours: HOURS,
    services: [],
    counters: [],
    model: model({ G: fixedService() }),
    ...patch,
  };
}

function minutes(result: ReturnType<typeof simulateWaits>): Record<string, number> {
  return Object.fromEntries(result.tickets.map((t) => [t.id, t.minutes]));
}

describe('simulateWaits', () => {
  it('gives an empty queue with an idle counter a zero wait', () => {
    const result = simulateWaits(
      input({ services: [{ id: 'G', waiting: [] }], counters: [open('G1', ['G'])] }),
    );
    expect(result.tickets).toEqual([]);
    expect(result.takeNow.G).toEqual({
      normal: { minutes: 0, low: 0, high: 1 },
      priority: { minutes: 0, low: 0, high: 1 },
    });
  });

  it('reflects the return time when every counter is away', () => {
    const away: Partial<SimCounter> = { status: 'away', returnsAt: NOW + 30 };
    const result = simulateWaits(
      input({
        services: [{ id: 'G', waiting: tickets('G', 3) }],
        counters: [open('G1', ['G'], away), open('G2', ['G'], away)],
      }),
    );
    expect(minutes(result)).toEqual({ G1: 30, G2: 30, G3: 34 });
    expect(result.takeNow.G!.normal.minutes).toBe(34);
    expect(result.tickets.map((t) => t.ahead)).toEqual([0, 1, 2]);
  });

  it('counts on a counter returning in 5 minutes and on a busy one finishing', () => {
    const result = simulateWaits(
      input({
        services: [{ id: 'G', waiting: tickets('G', 3) }],
        counters: [
          open('G1', ['G'], { busy: { serviceId: 'G', since: NOW - 1 } }),
          open('G2', ['G'], { status: 'away', returnsAt: NOW + 5 }),
        ],
      }),
    );
    // G1 is free at +3 and again at +7; G2 comes back at +5.
    expect(minutes(result)).toEqual({ G1: 3, G2: 5, G3: 7 });
  });

  it('replays a ticket whose task is known with that task’s durations', () => {
    const tasks = {
      등본: { count: 500, meanMin: 1, quantiles: new Array<number>(48).fill(1), tailMeanMin: 0 },
      전입: { count: 500, meanMin: 9, quantiles: new Array<number>(48).fill(9), tailMeanMin: 0 },
    };
    const [a, b, c, d] = tickets('G', 4);
    const result = simulateWaits(
      input({
        services: [
          {
            id: 'G',
            // A task the model has not learned yet (신규) counts as the service's mean, like none.
            waiting: [
              { ...a!, task: '전입' },
              { ...b!, task: '등본' },
              { ...c!, task: '신규' },
              d!,
            ],
          },
        ],
        // The 전입 at the counter began a minute ago: 8 minutes are left of it.
        counters: [open('G1', ['G'], { busy: { serviceId: 'G', since: NOW - 1, task: '전입' } })],
        model: model({ G: fixedService(4, { tasks }) }),
      }),
    );
    expect(minutes(result)).toEqual({ G1: 8, G2: 17, G3: 18, G4: 22 });
    expect(result.takeNow.G!.normal.minutes).toBe(26);
  });

  it('guesses the end of an unannounced absence from the lengths seen before', () => {
    const result = simulateWaits(
      input({
        services: [{ id: 'G', waiting: tickets('G', 1) }],
        counters: [open('G1', ['G'], { status: 'away', returnsAt: null, awaySince: NOW - 10 })],
        model: model({ G: fixedService() }, { absenceQuantiles: [30, 30, 30] }),
      }),
    );
    expect(result.tickets[0]!.minutes).toBeCloseTo(20, 6);
  });

  it('lets a counter finish its call before a planned absence, then waits for its return', () => {
    const result = simulateWaits(
      input({
        services: [{ id: 'G', waiting: tickets('G', 3) }],
        counters: [open('G1', ['G'], { plannedAway: [{ from: NOW + 2, to: NOW + 32 }] })],
      }),
    );
    expect(minutes(result)).toEqual({ G1: 0, G2: 32, G3: 36 });
  });

  it('calls priority tickets first, and expects priority arrivals to overtake', () => {
    const waiting: SimTicket[] = [
      ...tickets('N', 4),
      { id: 'P1', ticketClass: 'priority', issuedAt: 599 },
    ];
    const counters = [open('G1', ['G'])];
    const calm = simulateWaits(input({ services: [{ id: 'G', waiting }], counters }));
    expect(minutes(calm)).toEqual({ P1: 0, N1: 4, N2: 8, N3: 12, N4: 16 });
    expect(calm.takeNow.G!.priority.minutes).toBe(4);
    expect(calm.takeNow.G!.normal.minutes).toBe(20);

    const busyHour = new Array<number>(24).fill(0);
    busyHour[10] = 12; // 12 priority visitors an hour from 10:00
    const overtaken = simulateWaits(
      input({
        services: [{ id: 'G', waiting }],
        counters,
        model: model({
          G: fixedService(4, {
            arrivalsPerDay: { normal: new Array<number>(24).fill(0), priority: busyHour },
          }),
        }),
      }),
    );
    expect(minutes(overtaken).P1).toBe(0);
    expect(minutes(overtaken).N4!).toBeGreaterThan(18);
    expect(overtaken.takeNow.G!.priority.minutes).toBe(4);
  });

  it('alternates classes under a ratio order', () => {
    const waiting: SimTicket[] = [
      ...tickets('N', 3),
      { id: 'P1', ticketClass: 'priority', issuedAt: 599 },
    ];
    const result = simulateWaits(
      input({
        services: [
          {
            id: 'G',
            waiting,
            classOrder: { kind: 'ratio', normalsPerPriority: 2 },
            normalsSincePriority: 0,
          },
        ],
        counters: [open('G1', ['G'])],
      }),
    );
    expect(minutes(result)).toEqual({ N1: 0, N2: 4, P1: 8, N3: 12 });
  });

  it('follows a shared counter’s preference order', () => {
    const services = [
      { id: 'A', waiting: tickets('A', 10) },
      { id: 'B', waiting: tickets('B', 1) },
    ];
    const m = model({ A: fixedService(), B: fixedService() });
    const prefersA = simulateWaits(
      input({ services, counters: [open('X', ['A', 'B'])], model: m }),
    );
    expect(minutes(prefersA).B1).toBe(40);
    const prefersB = simulateWaits(
      input({ services, counters: [open('X', ['B', 'A'])], model: m }),
    );
    expect(minutes(prefersB).B1).toBe(0);
    expect(minutes(prefersB).A1).toBe(4);
    // Estimating only B still simulates A, which shares the counter.
    const onlyB = simulateWaits(
      input({ services, counters: [open('X', ['A', 'B'])], model: m, only: ['B'] }),
    );
    expect(minutes(onlyB)).toEqual(minutes(prefersA));
  });

  it('discounts visitors who have likely left to the no-show time', () => {
    const gone = model({ G: fixedService(4, { noShowByWait: new Array<number>(48).fill(1) }) });
    const result = simulateWaits(
      input({
        services: [{ id: 'G', waiting: tickets('G', 4) }],
        counters: [open('G1', ['G'])],
        model: gone,
      }),
    );
    expect(minutes(result)).toEqual({ G1: 0, G2: 0.5, G3: 1, G4: 1.5 });
  });

  it('expects visitors who cancel on the phone to cost no counter time', () => {
    // The longer the wait, the likelier a visitor is gone; a silent no-show costs 6 minutes.
    const leaving = (cancelShare: number) =>
      fixedService(8, {
        noShowCostMin: 6,
        noShowByWait: Array.from({ length: 48 }, (_, b) => Math.min(0.9, 0.05 * b)),
        ...(cancelShare > 0 ? { cancelShare } : {}),
      });
    const m = (q: number) => model({ G: leaving(q) });
    const last = (q: number) =>
      simulateWaits(
        input({
          services: [{ id: 'G', waiting: tickets('G', 10, 599) }],
          counters: [open('G1', ['G'])],
          model: m(q),
          runs: 400,
        }),
      ).tickets.at(-1)!.minutes;
    expect(last(1)).toBeLessThan(last(0.5));
    expect(last(0.5)).toBeLessThan(last(0));
    // Where leaving stops after 10 minutes, those still in line after 40 have stayed: when every
    // leaver cancels, none of them will be gone when called; when none does, half of them.
    const flat = (q: number) =>
      simulateWaits(
        input({
          services: [{ id: 'G', waiting: tickets('G', 10, 560) }],
          counters: [open('G1', ['G'])],
          model: model({
            G: fixedService(8, {
              noShowCostMin: 0,
              noShowByWait: Array.from({ length: 48 }, (_, b) => (b >= 2 ? 0.5 : 0)),
              ...(q > 0 ? { cancelShare: q } : {}),
            }),
          }),
          runs: 400,
        }),
      ).tickets.at(-1)!.minutes;
    expect(flat(1)).toBe(72);
    expect(flat(0)).toBeLessThan(50);
    // A visitor called has not cancelled: fewer of those called are gone when leavers cancel.
    const f = noShowChance(m(0), 'G', 30);
    expect(f).toBeGreaterThan(0.2);
    expect(noShowChance(m(0.5), 'G', 30)).toBeCloseTo((0.5 * f) / (1 - 0.5 * f), 9);
  });

  it('reports Infinity when no counter will call the queue', () => {
    const result = simulateWaits(
      input({
        services: [{ id: 'G', waiting: tickets('G', 2) }],
        counters: [open('G1', ['G'], { status: 'closed' })],
      }),
    );
    expect(result.tickets.every((t) => t.minutes === Infinity)).toBe(true);
  });

  it('gives a range around a point at or above the median, the same for the same input', () => {
    const varied: ServiceModel = fixedService(4, {
      quantiles: Array.from({ length: 48 }, (_, i) => 1 + (i / 47) * 8),
      meanMin: 5,
      noShowByWait: Array.from({ length: 48 }, (_, b) => 1 - Math.exp(-(b * 5 + 2.5) / 45)),
    });
    const request = input({
      services: [{ id: 'G', waiting: tickets('G', 12) }],
      counters: [
        open('G1', ['G'], { busy: { serviceId: 'G', since: NOW - 2 } }),
        open('G2', ['G']),
      ],
      model: model({ G: varied }),
    });
    const a = simulateWaits(request);
    expect(simulateWaits(request)).toEqual(a);
    let previous = -1;
    for (const t of a.tickets) {
      expect(t.low).toBeLessThanOrEqual(t.high);
      expect(t.minutes).toBeGreaterThanOrEqual(t.low);
      expect(t.minutes).toBeGreaterThanOrEqual(previous);
      previous = t.minutes;
    }
    expect(a.tickets[11]!.high - a.tickets[11]!.low).toBeGreaterThan(3);
  });
});

describe('pointEstimate', () => {
  it('is the median without a penalty and leans late where the tail is long', () => {
    const samples = Float64Array.from([1, 2, 3, 4, 5, 6, 7, 20, 21, 22, 23]);
    expect(pointEstimate(samples, 0)).toBe(6);
    // A far tail is not worth chasing at a small penalty, but is at a large one.
    expect(pointEstimate(samples, 10)).toBe(6);
    expect(pointEstimate(samples, 30)).toBe(21);
    // On an even spread it stops where the late share no longer pays for the added error.
    expect(pointEstimate(Float64Array.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), 3)).toBe(6);
    expect(pointEstimate(Float64Array.from([5, 5, 5, 5, 5]), 10)).toBe(5);
  });
});

describe('today’s no-shows', () => {
  it('tilt the learned no-show curve toward what today shows', () => {
    const half = model({ G: fixedService(4, { noShowByWait: new Array<number>(48).fill(0.5) }) });
    expect(noShowChance(half, 'G', 12)).toBe(0.5);
    const request = (noShows: number): WaitEstimateInput =>
      input({
        services: [{ id: 'G', waiting: tickets('G', 20) }],
        counters: [open('G1', ['G'])],
        model: half,
        today: { G: { noShows, expectedNoShows: 100 } },
        latePenaltyMin: 0,
      });
    const fewGone = minutes(simulateWaits(request(0))).G20!;
    const asExpected = minutes(simulateWaits(request(100))).G20!;
    const manyGone = minutes(simulateWaits(request(200))).G20!;
    expect(fewGone).toBeGreaterThan(asExpected);
    expect(asExpected).toBeGreaterThan(manyGone);
  });
});

describe('a hall with no history yet', () => {
  it('still estimates, from a default service time', () => {
    const result = simulateWaits(
      input({
        services: [{ id: 'G', waiting: tickets('G', 3) }],
        counters: [open('G1', ['G'])],
        model: emptyModel(),
        latePenaltyMin: 0,
      }),
    );
    expect(result.tickets[0]!.minutes).toBe(0);
    // Two default calls of about five minutes each.
    expect(result.tickets[2]!.minutes).toBeGreaterThan(5);
    expect(result.tickets[2]!.minutes).toBeLessThan(15);
  });
});

describe('the range shown (waitRange)', () => {
  /** Services of 2–8 minutes, learned from `count` of them. */
  const spreadService = (count: number): ServiceModel =>
    fixedService(5, {
      count,
      quantiles: Array.from({ length: 48 }, (_, i) => 2 + (i / 47) * 6),
    });
  const ranges = (count: number, counters = 2, n = 20) =>
    simulateWaits(
      input({
        services: [{ id: 'G', waiting: tickets('G', n) }],
        counters: Array.from({ length: counters }, (_, i) => open(`G${i + 1}`, ['G'])),
        model: model({ G: spreadService(count) }),
      }),
    ).tickets;

  it('holds the estimate, in whole minutes, never below zero', () => {
    for (const t of ranges(1000)) {
      expect(Number.isInteger(t.low) && Number.isInteger(t.high)).toBe(true);
      expect(t.low).toBeGreaterThanOrEqual(0);
      expect(t.low).toBeLessThanOrEqual(t.minutes);
      expect(t.minutes).toBeLessThanOrEqual(t.high);
      expect(t.high).toBeGreaterThanOrEqual(t.low + 1);
    }
  });

  it('moves later and widens with the people ahead, about as their square root', () => {
    const list = ranges(1000);
    for (let i = 1; i < list.length; i++) {
      expect(list[i]!.low).toBeGreaterThanOrEqual(list[i - 1]!.low);
      expect(list[i]!.high).toBeGreaterThanOrEqual(list[i - 1]!.high);
    }
    const width = (i: number) => list[i]!.high - list[i]!.low;
    expect(width(19)).toBeGreaterThan(width(3));
    // Sixteen times the sum of four: √n spreads it four times as wide, not sixteen times.
    expect(width(19)).toBeLessThan(4 * width(4) + 2);
  });

  it('is narrower with more counters sharing the people ahead', () => {
    const two = ranges(1000, 2);
    const four = ranges(1000, 4);
    expect(four[19]!.high - four[19]!.low).toBeLessThan(two[19]!.high - two[19]!.low);
  });

  it('is narrower with more history of service times', () => {
    const few = ranges(3);
    const many = ranges(3000);
    few.forEach((t, i) => {
      expect(many[i]!.high - many[i]!.low).toBeLessThanOrEqual(t.high - t.low);
    });
    expect(many[19]!.high - many[19]!.low).toBeLessThan(few[19]!.high - few[19]!.low);
  });

  it('holds about 60 % of the replay, as near as whole minutes allow', () => {
    // Waits spread evenly over 10–30 minutes: 12 of 20 minutes hold 60 % (no calibration factor).
    const sorted = Float64Array.from({ length: 400 }, (_, i) => 10 + (i / 399) * 20);
    const range = waitRange(sorted, 20, 0, 1);
    expect(range.high - range.low).toBe(12);
    expect(range.low).toBeLessThanOrEqual(20);
    expect(range.high).toBeGreaterThanOrEqual(20);
    // A nearly certain wait still gets a one-minute range, never a negative one.
    expect(
      waitRange(
        Float64Array.from({ length: 96 }, () => 0.2),
        0.2,
      ),
    ).toEqual({
      low: 0,
      high: 1,
    });
    // The learned mean's own uncertainty widens it.
    const unsure = waitRange(sorted, 20, 0.2, 1);
    expect(unsure.high - unsure.low).toBeGreaterThan(12);
  });
});
