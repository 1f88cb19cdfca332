/**
 * `--oracle`: what Annae's estimate would gain if the server knew what it cannot — each
 * waiting visitor's true service time, whether they will have left when called, or both. Not a
 * predictor to beat the baselines with: it measures how much of the error left is the
 * unknowable, so that a missed goal can be told from a weak estimator (bench/wait/README.md).
 *
 * It goes through the estimator's own task mechanism: every waiting ticket gets a task of its
 * own whose duration table is what the simulation knows of it.
 */
import type {
  ServiceModel,
  ServiceTimeModel,
  WaitEstimateInput,
} from '../../server/domain/wait-estimate';
import type { DayLog } from './simulate';

export type OracleKind = 'durations' | 'no-shows' | 'both';
export const ORACLE_KINDS: readonly OracleKind[] = ['durations', 'no-shows', 'both'];

/** A duration table of one value: the estimator draws exactly it. */
const exactly = (minutes: number) => ({
  count: 1,
  meanMin: minutes,
  quantiles: [minutes],
  tailMeanMin: 0,
});

/** The estimator's input with the waiting tickets' hidden truth given as their own tasks. */
export function withOracle(
  input: WaitEstimateInput,
  log: Pick<DayLog, 'tickets'>,
  kind: OracleKind,
): WaitEstimateInput {
  const knowsDurations = kind !== 'no-shows';
  const knowsNoShows = kind !== 'durations';
  const services: Record<string, ServiceModel> = { ...input.model.services };
  const queues = input.services.map((queue) => {
    const base = services[queue.id];
    if (!base) return queue;
    const tasks: NonNullable<ServiceModel['tasks']> = { ...base.tasks };
    const waiting = queue.waiting.map((ticket) => {
      const sim = log.tickets[Number(ticket.id)]!;
      const key = `#${ticket.id}`;
      if (knowsNoShows && sim.noShow) tasks[key] = exactly(base.noShowCostMin);
      else if (knowsDurations) tasks[key] = exactly(sim.serviceMin);
      else return ticket; // Will show up: its task's durations, as without the oracle.
      return { ...ticket, task: key };
    });
    services[queue.id] = {
      ...base,
      tasks,
      // Who has left is known: the replay must not draw it again (newcomers then never leave).
      ...(knowsNoShows ? { noShowByWait: base.noShowByWait.map(() => 0) } : {}),
    };
    return { ...queue, waiting };
  });
  const model: ServiceTimeModel = { ...input.model, services };
  return { ...input, services: queues, model };
}
