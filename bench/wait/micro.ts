// A micro-measure of one estimate call on a long queue, apart from the day simulation.
import { performance } from 'node:perf_hooks';
import {
  simulateWaits,
  type ServiceTimeModel,
  type WaitEstimateInput,
} from '../../server/domain/wait-estimate';
import type { Scenario } from './scenario';

export interface MicroResult {
  tickets: number;
  msPerCall: number;
  msPerTicket: number;
}

/**
 * A mid-morning state of the scenario's first service with `tickets` waiting (one in ten
 * priority), every counter busy and its announced absences ahead.
 */
export function longQueueInput(
  scenario: Scenario,
  model: ServiceTimeModel,
  tickets: number,
): WaitEstimateInput {
  const service = scenario.services[0]!;
  const now = scenario.open + 120;
  return {
    now,
    hours: { open: scenario.open, close: scenario.close },
    services: scenario.services.map((s) => ({
      id: s.id,
      waiting:
        s.id === service.id
          ? Array.from({ length: tickets }, (_, i) => ({
              id: `${s.id}${i + 1}`,
              ticketClass: i % 10 === 9 ? 'priority' : 'normal',
              issuedAt: now - 60 + (60 * i) / tickets,
            }))
          : [],
    })),
    counters: scenario.counters.map((c, i) => ({
      id: c.id,
      serves: c.serves,
      status: 'open',
      plannedAway: c.away.filter((p) => p.announced && p.to > now),
      busy: { serviceId: c.serves[0]!, since: now - (i % 4), ticketWaitMin: 20 },
    })),
    model,
    only: [service.id],
  };
}

export function microMeasure(
  scenario: Scenario,
  model: ServiceTimeModel,
  tickets = 200,
  repeats = 100,
): MicroResult {
  const input = longQueueInput(scenario, model, tickets);
  for (let i = 0; i < 10; i++) simulateWaits(input);
  const start = performance.now();
  for (let i = 0; i < repeats; i++) simulateWaits(input);
  const msPerCall = (performance.now() - start) / repeats;
  return { tickets, msPerCall, msPerTicket: msPerCall / tickets };
}
