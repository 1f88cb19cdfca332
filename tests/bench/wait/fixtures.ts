// Small scenarios for the wait-benchmark tests.
import { parseScenario, type Scenario, type ScenarioFile } from '../../../bench/wait/scenario';

/** A one-service hall (08 arrivals an hour for three hours) unless `patch` says otherwise. */
export function scenarioFile(patch: Partial<ScenarioFile> = {}): ScenarioFile {
  return {
    name: 'test hall',
    seed: 7,
    days: { train: 2, test: 2 },
    hours: { open: '09:00', close: '12:00' },
    lunchWindow: ['10:00', '11:00'],
    dailyVolumeCv: 0,
    services: [
      {
        id: 'G',
        arrivalsPerHour: [20, 30, 20],
        priorityShare: 0.1,
        patienceMeanMin: 30,
        noShowCostMin: 0.5,
        tasks: [
          { name: 'short', share: 0.6, medianMin: 2, sigma: 0.5 },
          { name: 'long', share: 0.4, medianMin: 5, sigma: 0.5 },
        ],
      },
    ],
    counters: [
      { id: 'G1', serves: ['G'] },
      { id: 'G2', serves: ['G'], away: [{ from: '10:00', to: '10:30', announced: true }] },
    ],
    ...patch,
  };
}

export function scenario(patch: Partial<ScenarioFile> = {}): Scenario {
  return parseScenario(scenarioFile(patch), 'test');
}
