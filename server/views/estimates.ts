/**
 * The one function every screen's wait estimate comes from. Interim rule until the estimator of
 * `server/domain/wait-estimate.ts` is wired: people ahead × mean service time ÷ counters open.
 */
import type { Counter, Service } from '../../shared/schemas/hall';
import type { WaitEstimate } from '../../shared/schemas/queue';
import type { WaitingTicket } from '../domain/queue';

export type EstimateInput = {
  now: Date;
  services: Service[];
  counters: Counter[];
  /** Waiting tickets of the day in line order, with how many are ahead of each. */
  waiting: (WaitingTicket & { peopleAhead: number })[];
};

export type Estimates = {
  ticket: Map<number, WaitEstimate | null>;
  takenNow: Map<number, WaitEstimate | null>;
};

const range = (minutes: number): WaitEstimate => ({
  minutes,
  low: Math.max(0, minutes * 0.7),
  high: minutes * 1.3 + 1,
});

export function estimateWaits(input: EstimateInput): Estimates {
  const ticket = new Map<number, WaitEstimate | null>();
  const takenNow = new Map<number, WaitEstimate | null>();
  for (const service of input.services) {
    const open = input.counters.filter(
      (c) => c.state === 'open' && c.serviceIds.includes(service.id),
    ).length;
    const line = input.waiting.filter((t) => t.serviceId === service.id);
    const per = open > 0 ? service.avgServiceMin / open : null;
    takenNow.set(service.id, per === null ? null : range(line.length * per));
    for (const t of line) ticket.set(t.id, per === null ? null : range(t.peopleAhead * per));
  }
  return { ticket, takenNow };
}
