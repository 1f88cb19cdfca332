import { describe, expect, it } from 'vitest';
import {
  LATE_PENALTY_GRID,
  bootstrapGain,
  chooseLatePenalty,
  runScenario,
} from '../../../bench/wait/evaluate';
import { simulateDay } from '../../../bench/wait/simulate';
import { LATE_PENALTY_MIN } from '../../../server/domain/wait-estimate';
import { checkGoals, formatReport } from '../../../bench/wait/report';
import { microMeasure } from '../../../bench/wait/micro';
import { parseScenario } from '../../../bench/wait/scenario';
import { scenario, scenarioFile } from './fixtures';

describe('benchmark run', () => {
  it('returns exactly the README result shape, scored against the best baseline', () => {
    const s = scenario();
    const { result, details, model } = runScenario(s, { trainDays: 3, testDays: 3 });
    expect(Object.keys(result)).toEqual([
      'scenario',
      'testTickets',
      'predictors',
      'bestBaseline',
      'gain',
      'annaeMsPerEstimate',
    ]);
    expect(Object.keys(result.predictors)).toEqual([
      'AVG10',
      'EWMA',
      'LES',
      'HOL',
      'QL-nominal',
      'QL-live',
      'Erlang-C',
      'annae',
    ]);
    for (const p of Object.values(result.predictors)) {
      expect(Object.keys(p)).toEqual(['mae', 'rmse', 'bias', 'under2', 'within2', 'maeLunch']);
      expect(p.rmse).toBeGreaterThanOrEqual(p.mae);
      expect(p.maeLunch).not.toBeNull();
    }
    expect(['AVG10', 'EWMA', 'HOL', 'QL-nominal']).toContain(result.bestBaseline);
    const best = result.predictors[result.bestBaseline]!.mae;
    for (const name of ['AVG10', 'EWMA', 'HOL', 'QL-nominal']) {
      expect(result.predictors[name]!.mae).toBeGreaterThanOrEqual(best);
    }
    expect(result.gain.mae).toBeCloseTo(1 - result.predictors.annae!.mae / best, 9);
    expect(result.gain.maeCi95[0]).toBeLessThanOrEqual(result.gain.maeCi95[1]);
    expect(result.testTickets).toBeGreaterThan(100);
    expect(details.estimates).toBeGreaterThan(result.testTickets);
    expect(result.annaeMsPerEstimate).toBeGreaterThan(0);

    const text = formatReport({
      result,
      details,
      micro: microMeasure(s, model, 50, 2),
      lunchWindow: s.lunchWindow,
    });
    expect(text).toContain('annae');
    expect(text).toContain('goals:');
    expect(checkGoals(result).map((c) => c.name)).toHaveLength(4);
    // The range's share held, against the nominal 60 %, with its verdict.
    expect(details.shownRangeShare).toBeGreaterThan(0);
    expect(text).toMatch(/held the true wait \d+\.\d% of the time \(nominal 60\.0%\) (pass|FAIL)/);
    expect(details.cancelShare).toBe(0);
  });

  it('scores no estimate of a ticket cancelled on the phone, and counts the cancels', () => {
    const file = scenarioFile();
    const s = parseScenario({
      ...file,
      services: file.services.map((svc) => ({ ...svc, patienceMeanMin: 10, cancelShare: 1 })),
    });
    const { details } = runScenario(s, { trainDays: 3, testDays: 3, fixedPenalty: true });
    expect(details.cancelShare).toBeGreaterThan(0.05);
    expect(details.noShowShare).toBe(0);
    expect(details.meanWaitMin).toBeGreaterThan(0);
  });

  it('chooses the late penalty on held-out training days only', () => {
    const file = scenarioFile();
    file.services[0]!.arrivalsPerHour = [10, 16, 10];
    const s = parseScenario(file, 'test');
    const logs = [0, 1, 2, 3, 4, 5].map((d) => simulateDay(s, d));
    const choice = chooseLatePenalty(s, logs);
    expect(choice.how).toBe('held-out');
    // Three folds of two days: every training day is held out once.
    expect(choice.heldOutDays).toBe(6);
    expect(LATE_PENALTY_GRID).toContain(choice.penalty);
    const { annae, best } = choice.under2!;
    // Either the first penalty that keeps a tenth below the best baseline, or the largest.
    expect(
      annae <= 0.9 * best || choice.penalty === LATE_PENALTY_GRID[LATE_PENALTY_GRID.length - 1],
    ).toBe(true);
    // Too few training days to hold any out: the server's default.
    expect(chooseLatePenalty(s, logs.slice(0, 3))).toMatchObject({
      penalty: LATE_PENALTY_MIN,
      how: 'fixed',
    });
    // --late-penalty fixes it; --validation scores days after the test days.
    const fixed = runScenario(s, { trainDays: 2, testDays: 1, latePenaltyMin: 3 });
    expect(fixed.details.latePenalty).toMatchObject({ penalty: 3, how: 'fixed' });
    expect(fixed.details.firstTestDay).toBe(2);
    const validation = runScenario(s, { trainDays: 2, testDays: 1, validation: true });
    expect(validation.details.firstTestDay).toBe(2 + s.days.test);
    expect(validation.result.testTickets).toBe(simulateDay(s, 2 + s.days.test).tickets.length);
    // --task-blind: the same days, scored without the visitors' tasks.
    const blind = runScenario(s, { trainDays: 2, testDays: 1, latePenaltyMin: 3, taskBlind: true });
    expect(blind.result.testTickets).toBe(fixed.result.testTickets);
    expect(blind.model.services[s.services[0]!.id]!.tasks).toEqual({});
    expect(fixed.details.oracle).toBeNull();
  });

  it('measures with --oracle how much of the error is unknowable', () => {
    // Told every waiting visitor's true service time and whether they left, annae's error
    // shrinks to what arrivals and the calls in progress leave; the report says so.
    const s = parseScenario(scenarioFile(), 'test');
    const days = { trainDays: 6, testDays: 4, latePenaltyMin: 0 };
    const told = runScenario(s, { ...days, oracle: 'both' });
    expect(told.details.oracle).toBe('both');
    const report = formatReport({
      result: told.result,
      details: told.details,
      micro: microMeasure(s, told.model, 10, 1),
      lunchWindow: s.lunchWindow,
    });
    expect(report).toContain('ORACLE (both)');
    expect(told.result.predictors.annae!.mae).toBeLessThan(
      0.9 * runScenario(s, days).result.predictors.annae!.mae,
    );
  });

  it('bootstraps a paired interval around the gain', () => {
    expect(bootstrapGain([1, 2, 3], [1, 2, 3], 1)).toEqual([0, 0]);
    const [lo, hi] = bootstrapGain([5, 6, 4, 5], [10, 11, 9, 10], 1, 500);
    expect(lo).toBeGreaterThan(0.4);
    expect(hi).toBeLessThan(0.6);
  });
});
