// Glue between the simulated server state and the production estimator in server/domain.
import {
  simulateWaits,
  fitServiceTimeModel,
  noShowChance,
  type CallRecord,
  type SimCounter,
  type SimQueue,
  type ServiceTimeModel,
  type TodayStats,
  type WaitEstimates,
} from '../../server/domain/wait-estimate';
import type { Scenario } from './scenario';
import type { DayLog } from './simulate';
import { withOracle, type OracleKind } from './oracle';
import { ServerView, type ViewOptions } from './view';

/** The call records and absences a server would have stored for these days. */
export function observedHistory(
  scenario: Scenario,
  logs: readonly DayLog[],
  options?: ViewOptions,
): { calls: CallRecord[]; absencesMin: number[] } {
  const calls: CallRecord[] = [];
  const absencesMin: number[] = [];
  for (const log of logs) {
    const view = new ServerView(scenario, log, options);
    const calledAt = new Map<number, number>();
    for (const event of log.events) {
      view.apply(event, log);
      if (event.kind === 'call') calledAt.set(event.ticket, event.t);
      if (event.kind === 'cancel') {
        // As the store gives it (server/store/tickets.ts): gone at the cancel, no counter time.
        const ticket = view.tickets.get(event.ticket)!;
        calls.push({
          day: log.day,
          serviceId: scenario.services[ticket.service]!.id,
          ticketClass: ticket.priority ? 'priority' : 'normal',
          issuedAt: ticket.issuedAt,
          calledAt: event.t,
          noShow: true,
          cancelled: true,
          durationMin: 0,
          ...(ticket.task !== undefined ? { task: ticket.task } : {}),
        });
      }
      if (event.kind === 'done') {
        const ticket = view.tickets.get(event.ticket)!;
        calls.push({
          day: log.day,
          serviceId: scenario.services[ticket.service]!.id,
          ticketClass: ticket.priority ? 'priority' : 'normal',
          issuedAt: ticket.issuedAt,
          calledAt: calledAt.get(ticket.id)!,
          noShow: event.noShow,
          durationMin: event.durationMin,
          ...(ticket.task !== undefined ? { task: ticket.task } : {}),
        });
      }
    }
    absencesMin.push(...view.absencesMin);
  }
  return { calls, absencesMin };
}

export function fitModel(
  scenario: Scenario,
  trainLogs: readonly DayLog[],
  options?: ViewOptions,
): ServiceTimeModel {
  const { calls, absencesMin } = observedHistory(scenario, trainLogs, options);
  return fitServiceTimeModel({ calls, unannouncedAbsencesMin: absencesMin });
}

/** Per view and service: outcomes already summed, and their expected no-shows. */
const expectedCache = new WeakMap<ServerView, { done: number; sum: number }[]>();

/** Σ noShowChance over today's completed calls, kept up to date incrementally. */
function expectedNoShows(view: ServerView, model: ServiceTimeModel, service: number): number {
  let perService = expectedCache.get(view);
  if (!perService) {
    perService = view.today.map(() => ({ done: 0, sum: 0 }));
    expectedCache.set(view, perService);
  }
  const acc = perService[service]!;
  const outcomes = view.today[service]!.outcomes;
  const id = view.scenario.services[service]!.id;
  for (; acc.done < outcomes.length; acc.done++) {
    acc.sum += noShowChance(model, id, outcomes[acc.done]!.waitMin);
  }
  return acc.sum;
}

/** The estimator's input for the server state in `view` (what server/ will assemble from its store). */
export function estimatorInput(
  view: ServerView,
  model: ServiceTimeModel,
  only?: readonly string[],
): Parameters<typeof simulateWaits>[0] {
  const { scenario } = view;
  const now = view.now;
  const services: SimQueue[] = scenario.services.map((spec, s) => ({
    id: spec.id,
    waiting: view.waiting(s).map((t) => ({
      id: String(t.id),
      ticketClass: t.priority ? 'priority' : 'normal',
      issuedAt: t.issuedAt,
      ...(t.task !== undefined ? { task: t.task } : {}),
    })),
  }));
  const counters: SimCounter[] = view.counters.map((c, i) => ({
    id: scenario.counters[i]!.id,
    serves: scenario.counters[i]!.serves,
    status: c.status,
    returnsAt: c.returnsAt,
    awaySince: c.awaySince,
    plannedAway: c.planned.filter((p) => p.to > now),
    busy: c.busy
      ? {
          serviceId: scenario.services[c.busy.service]!.id,
          since: c.busy.since,
          ticketWaitMin: c.busy.ticketWaitMin,
          ...(c.busy.task !== undefined ? { task: c.busy.task } : {}),
        }
      : null,
  }));
  const today: Record<string, TodayStats> = {};
  scenario.services.forEach((spec, s) => {
    const t = view.today[s]!;
    today[spec.id] = {
      served: t.served,
      servedMinSum: t.servedMinSum,
      arrivals: t.arrivals,
      noShows: t.noShows,
      expectedNoShows: expectedNoShows(view, model, s),
    };
  });
  return {
    now,
    hours: { open: scenario.open, close: scenario.close },
    services,
    counters,
    model,
    today,
    ...(only ? { only } : {}),
  };
}

export function annaeEstimates(
  view: ServerView,
  model: ServiceTimeModel,
  only?: readonly string[],
  latePenaltyMin?: number,
  oracle?: { kind: OracleKind; log: Pick<DayLog, 'tickets'> },
): WaitEstimates {
  let input = estimatorInput(view, model, only);
  if (oracle) input = withOracle(input, oracle.log, oracle.kind);
  return simulateWaits(latePenaltyMin === undefined ? input : { ...input, latePenaltyMin });
}
