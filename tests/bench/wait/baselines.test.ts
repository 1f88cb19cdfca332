import { describe, expect, it } from 'vitest';
import {
  BASELINES,
  avg10,
  erlang,
  erlangC,
  ewma,
  hol,
  les,
  qlLive,
  qlNominal,
  type QueueSnapshot,
} from '../../../bench/wait/baselines';

function queue(patch: Partial<QueueSnapshot> = {}): QueueSnapshot {
  return {
    now: 620,
    oldestIssuedAt: 608,
    waitsToday: [],
    meanServiceMin: 4,
    nominalCounters: 4,
    openCounters: 2,
    recentArrivals: 15,
    arrivalWindowMin: 30,
    ...patch,
  };
}

const newcomer = { waitedMin: 0, ahead: 5 };

describe('baseline predictors', () => {
  it('AVG10 averages the last ten waits and shows what is left of it', () => {
    const q = queue({ waitsToday: [100, 100, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] });
    expect(avg10.forQueue(q)(newcomer)).toBeCloseTo(5.5);
    expect(avg10.forQueue(q)({ waitedMin: 2, ahead: 0 })).toBeCloseTo(3.5);
    expect(avg10.forQueue(q)({ waitedMin: 9, ahead: 0 })).toBe(0);
    expect(avg10.forQueue(queue())(newcomer)).toBe(0);
  });

  it('EWMA weighs recent waits by 0.2', () => {
    expect(ewma.forQueue(queue({ waitsToday: [10] }))(newcomer)).toBeCloseTo(10);
    expect(ewma.forQueue(queue({ waitsToday: [10, 0] }))(newcomer)).toBeCloseTo(8);
    expect(ewma.forQueue(queue({ waitsToday: [10, 0, 5] }))(newcomer)).toBeCloseTo(7.4);
  });

  it('LES takes the wait of the last ticket called', () => {
    expect(les.forQueue(queue({ waitsToday: [3, 12, 7] }))(newcomer)).toBe(7);
    expect(les.forQueue(queue({ waitsToday: [3, 12, 7] }))({ waitedMin: 3, ahead: 0 })).toBe(4);
  });

  it('HOL takes how long the longest waiting ticket has waited', () => {
    expect(hol.forQueue(queue())(newcomer)).toBe(12);
    expect(hol.forQueue(queue())({ waitedMin: 12, ahead: 0 })).toBe(0);
    expect(hol.forQueue(queue({ oldestIssuedAt: null }))(newcomer)).toBe(0);
  });

  it('QL divides the people ahead plus one by the nominal or the open counters', () => {
    expect(qlNominal.forQueue(queue())(newcomer)).toBeCloseTo(6);
    expect(qlLive.forQueue(queue())(newcomer)).toBeCloseTo(12);
    expect(qlLive.forQueue(queue({ openCounters: 0 }))(newcomer)).toBeCloseTo(24);
    expect(qlNominal.forQueue(queue())({ waitedMin: 30, ahead: 0 })).toBeCloseTo(1);
  });

  it('Erlang C matches M/M/1 and M/M/2 and falls back to QL-live when overloaded', () => {
    expect(erlangC(1, 0.5)).toBeCloseTo(0.5);
    expect(erlangC(2, 1)).toBeCloseTo(1 / 3);
    expect(erlangC(2, 2)).toBe(1);
    // M/M/1 at ρ = 0.5 with a 4-minute mean: Wq = ρ / (μ − λ) = 4.
    const mm1 = queue({ openCounters: 1, recentArrivals: 3.75, arrivalWindowMin: 30 });
    expect(erlang.forQueue(mm1)(newcomer)).toBeCloseTo(4);
    expect(erlang.forQueue(mm1)({ waitedMin: 1, ahead: 0 })).toBeCloseTo(3);
    const overloaded = queue({ openCounters: 1, recentArrivals: 30 });
    expect(erlang.forQueue(overloaded)(newcomer)).toBeCloseTo(
      qlLive.forQueue(overloaded)(newcomer),
    );
  });

  it('lists the seven baselines in report order', () => {
    expect(BASELINES.map((b) => b.name)).toEqual([
      'AVG10',
      'EWMA',
      'LES',
      'HOL',
      'QL-nominal',
      'QL-live',
      'Erlang-C',
    ]);
  });
});
