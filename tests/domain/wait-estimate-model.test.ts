import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TODAY_WEIGHT,
  cancelShareOf,
  fitLeaveRate,
  learnedWeight,
  fitNoShowCurve,
  fitServiceTimeModel,
  isotonic,
  NO_SHOW_BIN_MIN,
  type CallRecord,
} from '../../server/domain/wait-estimate-model';

/** Deterministic uniform numbers for synthetic histories. */
function uniforms(seed: number): () => number {
  let a = seed;
  return () => {
    a = (Math.imul(a, 1664525) + 1013904223) >>> 0;
    return (a + 0.5) / 4294967296;
  };
}

/** Ten days of one service: 30 tickets an hour 09–12, 4–8 minute services, patience Exp(40). */
function history(): CallRecord[] {
  const u = uniforms(3);
  const calls: CallRecord[] = [];
  for (let day = 0; day < 10; day++) {
    for (let i = 0; i < 90; i++) {
      const issuedAt = 540 + i * 2;
      const wait = u() * 60;
      const noShow = -40 * Math.log(u()) < wait;
      calls.push({
        day,
        serviceId: 'G',
        ticketClass: i % 10 === 0 ? 'priority' : 'normal',
        issuedAt,
        calledAt: issuedAt + wait,
        noShow,
        durationMin: noShow ? 0.5 : 4 + 4 * u(),
      });
    }
  }
  return calls;
}

describe('fitServiceTimeModel', () => {
  const model = fitServiceTimeModel({ calls: history(), unannouncedAbsencesMin: [20, 40, 30] });
  const g = model.services.G!;

  it('learns the service-time distribution from completed services only', () => {
    expect(model.days).toBe(10);
    expect(g.meanMin).toBeGreaterThan(5.7);
    expect(g.meanMin).toBeLessThan(6.3);
    expect(g.quantiles[0]).toBeGreaterThanOrEqual(4);
    expect(g.quantiles[g.quantiles.length - 1]).toBeLessThanOrEqual(8);
    for (let i = 1; i < g.quantiles.length; i++) {
      expect(g.quantiles[i]).toBeGreaterThanOrEqual(g.quantiles[i - 1]!);
    }
    expect(g.noShowCostMin).toBe(0.5);
    expect(g.hourFactor).toHaveLength(24);
    // Service times here do not depend on the hour: the factors stay at about 1.
    for (const h of [9, 10, 11]) expect(Math.abs(g.hourFactor[h]! - 1)).toBeLessThan(0.02);
  });

  it('learns a rising no-show curve close to the patience behind it', () => {
    g.noShowByWait.forEach((p, b) => {
      if (b > 0) expect(p).toBeGreaterThanOrEqual(g.noShowByWait[b - 1]!);
      const w = (b + 0.5) * NO_SHOW_BIN_MIN;
      if (w < 60) expect(Math.abs(p - (1 - Math.exp(-w / 40)))).toBeLessThan(0.12);
    });
  });

  it('counts arrivals per day by hour and class, and keeps absences', () => {
    expect(g.arrivalsPerDay.normal[9]! + g.arrivalsPerDay.priority[9]!).toBe(30);
    expect(g.arrivalsPerDay.priority[9]).toBe(3);
    expect(g.arrivalsPerDay.normal[13]).toBe(0);
    expect(model.absenceQuantiles).toEqual([20, 30, 40]);
    expect(model.dailyVolumeCv).toBe(0);
  });

  it('learns each task’s durations once it has enough services, and no others', () => {
    const u = uniforms(5);
    const calls: CallRecord[] = history().map((c, i) => ({
      ...c,
      ...(i % 3 === 2 ? {} : { task: i % 3 === 0 ? '등본' : '전입' }),
      durationMin: c.noShow ? 0.5 : i % 3 === 0 ? 1 + u() : 8 + 2 * u(),
    }));
    calls.push({ ...calls[0]!, task: '드문 업무', noShow: false, durationMin: 30 });
    const tasks = fitServiceTimeModel({ calls }).services.G!.tasks!;
    expect(Object.keys(tasks).sort()).toEqual(['등본', '전입']);
    expect(tasks['등본']!.meanMin).toBeGreaterThan(1.3);
    expect(tasks['등본']!.meanMin).toBeLessThan(1.7);
    expect(tasks['전입']!.quantiles[0]).toBeGreaterThanOrEqual(8);
    expect(tasks['전입']!.quantiles.at(-1)).toBeLessThanOrEqual(10);
  });

  it('is plain data that survives JSON', () => {
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });
});

describe('how much today counts', () => {
  it('learns a small weight when days truly differ, and a large one when they differ by chance', () => {
    const u = uniforms(9);
    const days = (spread: number) =>
      Array.from({ length: 40 }, (_, d) => {
        const n = 100;
        let sum = 0;
        // Each day's services are Uniform(0.5, 1.5) × a day factor of ±spread.
        const factor = 1 + spread * (d % 2 === 0 ? 1 : -1);
        for (let i = 0; i < n; i++) sum += factor * (0.5 + u());
        return { ratio: sum / n, n };
      });
    const noise = 1 / 12;
    // Days ±20% apart: the real variance is 0.04, so today counts against about 2 services.
    expect(learnedWeight(days(0.2), noise)).toBeGreaterThan(1.5);
    expect(learnedWeight(days(0.2), noise)).toBeLessThan(2.7);
    // No day effect: the spread is chance alone and today counts for little.
    expect(learnedWeight(days(0), noise)).toBeGreaterThan(1000);
    // Too few days to tell: the default.
    expect(learnedWeight(days(0.2).slice(0, 3), noise)).toBe(DEFAULT_TODAY_WEIGHT);
  });
});

describe('no-show fitting', () => {
  it('recovers an exponential leaving rate', () => {
    const u = uniforms(11);
    const shown: number[] = [];
    const gone: number[] = [];
    for (let i = 0; i < 20000; i++) {
      const wait = u() * 90;
      (-30 * Math.log(u()) < wait ? gone : shown).push(wait);
    }
    expect(fitLeaveRate({ shownWaitsMin: shown, goneWaitsMin: gone })).toBeCloseTo(1 / 30, 3);
    const curve = fitNoShowCurve({ shownWaitsMin: shown, goneWaitsMin: gone }, 24);
    expect(curve[5]).toBeCloseTo(1 - Math.exp(-27.5 / 30), 1);
  });

  it('learns from visitors who cancel on the phone as from those who do not show', () => {
    // Patience 30 minutes on average; a share q of those whose patience runs out before the call
    // cancel at that moment (an exact patience, never called), the others are called in vain.
    const sample = (q: number) => {
      const u = uniforms(23);
      const shown: number[] = [];
      const gone: number[] = [];
      const cancelled: number[] = [];
      for (let i = 0; i < 20000; i++) {
        const wait = u() * 90;
        const patience = -30 * Math.log(u());
        const cancels = u() < q;
        if (patience >= wait) shown.push(wait);
        else if (cancels) cancelled.push(patience);
        else gone.push(wait);
      }
      return { shownWaitsMin: shown, goneWaitsMin: gone, cancelledWaitsMin: cancelled };
    };
    for (const q of [0.5, 1]) {
      const s = sample(q);
      expect(cancelShareOf(s)).toBeCloseTo(q, 1);
      expect(fitLeaveRate(s)).toBeCloseTo(1 / 30, 2);
      // The curve is the chance of being gone by then, cancelled or not.
      const curve = fitNoShowCurve(s, 24);
      expect(curve.every(Number.isFinite)).toBe(true);
      expect(curve[5]).toBeCloseTo(1 - Math.exp(-27.5 / 30), 1);
    }
    // Ignoring the cancels would learn that hardly anyone leaves.
    const s = sample(1);
    expect(fitLeaveRate({ shownWaitsMin: s.shownWaitsMin, goneWaitsMin: [] })).toBe(0);
  });

  it('keeps the share of leavers who cancel in the model, and their time off the no-show cost', () => {
    const calls: CallRecord[] = [];
    for (let i = 0; i < 40; i++) {
      const base = { day: i % 4, serviceId: 'G', ticketClass: 'normal' as const, issuedAt: 600 };
      calls.push({ ...base, calledAt: 610, noShow: false, durationMin: 5 });
      calls.push({ ...base, calledAt: 640, noShow: true, durationMin: 1 });
      if (i % 2 === 0) {
        calls.push({ ...base, calledAt: 625, noShow: true, cancelled: true, durationMin: 0 });
      }
    }
    const model = fitServiceTimeModel({ calls }).services.G!;
    expect(model.cancelShare).toBeCloseTo(1 / 3, 5);
    expect(model.noShowCostMin).toBe(1);
    expect(
      fitServiceTimeModel({ calls: calls.filter((c) => !c.cancelled) }).services.G!.cancelShare,
    ).toBeUndefined();
  });

  it('makes a sequence non-decreasing by pooling neighbours', () => {
    expect(isotonic([1, 3, 2, 4], [1, 1, 1, 1])).toEqual([1, 2.5, 2.5, 4]);
    expect(isotonic([0.5, 0.1], [1, 3])).toEqual([0.2, 0.2]);
  });
});
