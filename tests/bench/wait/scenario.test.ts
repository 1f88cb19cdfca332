import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ScenarioError,
  formatPath,
  loadScenario,
  parseScenario,
} from '../../../bench/wait/scenario';
import { scenarioFile } from './fixtures';

const scenariosDir = join(__dirname, '../../../bench/wait/scenarios');

function problems(input: unknown): string[] {
  try {
    parseScenario(input, 'x.json');
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioError);
    return (error as ScenarioError).problems;
  }
  throw new Error('expected the scenario to be rejected');
}

describe('scenario format', () => {
  it('accepts every shipped scenario, with S1–S6 present', () => {
    const files = readdirSync(scenariosDir).filter((f) => f.endsWith('.json'));
    for (const prefix of ['S1-', 'S2-', 'S3-', 'S4-', 'S5-', 'S6-']) {
      expect(files.some((f) => f.startsWith(prefix))).toBe(true);
    }
    for (const file of files) expect(() => loadScenario(join(scenariosDir, file))).not.toThrow();
  });

  it('fills defaults and converts times to minutes', () => {
    const base = scenarioFile();
    delete base.lunchWindow;
    delete base.dailyVolumeCv;
    const s = parseScenario(base);
    expect(s.open).toBe(540);
    expect(s.close).toBe(720);
    expect(s.lunchWindow).toBeNull();
    expect(s.dailyVolumeCv).toBe(0);
    expect(s.counters[1]!.away[0]).toEqual({ from: 600, to: 630, announced: true, dayShare: 1 });
  });

  it('names the field whose shares do not sum to 1', () => {
    const bad = scenarioFile();
    bad.services[0]!.tasks[0]!.share = 0.55;
    expect(problems(bad)).toEqual(['services[0].tasks: shares sum to 0.95']);
  });

  it('rejects unknown fields, at any depth', () => {
    const bad = { ...scenarioFile(), colour: 'blue' };
    (bad.counters[0] as Record<string, unknown>).speed = 2;
    expect(problems(bad)).toEqual([
      'counters[0]: unknown field "speed"',
      '(scenario): unknown field "colour"',
    ]);
  });

  it('checks arrival rates against opening hours, services of counters, and away periods', () => {
    const bad = scenarioFile();
    bad.services[0]!.arrivalsPerHour = [1, 2];
    bad.counters[0]!.serves = ['G', 'P'];
    bad.counters[1]!.away = [{ from: '11:30', to: '12:30', announced: false }];
    expect(problems(bad)).toEqual([
      'services[0].arrivalsPerHour: has 2 rates but the hall is open 3 hours (09:00–12:00)',
      'counters[0].serves[1]: unknown service "P" (services are G)',
      'counters[1].away[0]: 11:30–12:30 is outside opening hours 09:00–12:00',
    ]);
  });

  it('names missing and mistyped fields', () => {
    const bad: Record<string, unknown> = { ...scenarioFile(), seed: 'seven' };
    delete bad.days;
    expect(problems(bad)).toEqual([
      'seed: expected number, got string',
      'days: missing (expected object)',
    ]);
  });

  it('formats paths the way the README does', () => {
    expect(formatPath(['services', 1, 'tasks'])).toBe('services[1].tasks');
    expect(formatPath([])).toBe('(scenario)');
  });

  it('makes the runner exit non-zero with the message and no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-wait-'));
    const file = join(dir, 'bad.json');
    const bad = scenarioFile();
    bad.services[0]!.tasks[1]!.share = 0.35;
    writeFileSync(file, JSON.stringify(bad));
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(__dirname, '../../../bench/wait/run.ts'), '--scenario', file],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('services[0].tasks: shares sum to 0.95');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toBe('');
  });
});
