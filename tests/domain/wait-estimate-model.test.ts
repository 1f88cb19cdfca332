import { describe, expect, it } from 'vitest';
import {
  fitLeaveRate,
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

  it('is plain data that survives JSON', () => {
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
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

  it('makes a sequence non-decreasing by pooling neighbours', () => {
    expect(isotonic([1, 3, 2, 4], [1, 1, 1, 1])).toEqual([1, 2.5, 2.5, 4]);
    expect(isotonic([0.5, 0.1], [1, 3])).toEqual([0.2, 0.2]);
  });
});
