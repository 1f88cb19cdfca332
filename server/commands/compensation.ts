/**
 * 행정사무착오보상 (C12) at the counter: the officer records a second visit caused by a staff
 * error, or a decision later than its legal deadline, for the ticket in front of them. Only the
 * cases the hall's charter compensates can be recorded, at the charter's amount of that moment;
 * the charter report lists each with the wait cases.
 */
import type { Principal } from '../../shared/events';
import { CommandError, notFound } from '../../shared/errors';
import { atHallTime } from '../../shared/hall-time';
import { activeProfile } from '../../shared/profiles/active';
import type { CharterProfile } from '../../shared/profiles/schema';
import type {
  CompensationDesk,
  CompensationKind,
  CompensationView,
  RecordCompensationBody,
} from '../../shared/schemas/compensation';
import type { Deps } from '../context';
import { actorOf, hallOf } from '../http/env';
import type { CompensationRecord } from '../store/compensation';

const DAY_MS = 86_400_000;

/** The kinds of case this charter compensates (a silent charter: none). */
export function compensatedKinds(profile: CharterProfile): CompensationKind[] {
  const { secondVisit, lateDecision } = profile.compensation;
  return [
    ...(secondVisit === true ? (['secondVisit'] as const) : []),
    ...(lateDecision === true ? (['lateDecision'] as const) : []),
  ];
}

function profileOf(deps: Deps, hallId: number): CharterProfile {
  const hall = deps.store.halls.get(hallId);
  if (!hall) throw notFound('Hall');
  return activeProfile(hall);
}

const toView = (c: CompensationRecord): CompensationView => ({
  id: c.id,
  kind: c.kind,
  ticketNumber: c.ticketNumber,
  note: c.note,
  daysLate: c.daysLate,
  amountWon: c.amountWon,
  recordedAt: c.recordedAt,
});

export function compensationDesk(deps: Deps, principal: Principal): CompensationDesk {
  const hallId = hallOf(principal);
  const profile = profileOf(deps, hallId);
  const now = deps.clock.now();
  const from = atHallTime(now, '00:00');
  const to = new Date(from.getTime() + DAY_MS);
  return {
    kinds: compensatedKinds(profile),
    amountWon: profile.compensation.amountWon,
    permitDelayDays: profile.compensation.permitDelayDays,
    today: deps.store.compensation
      .between(hallId, from.toISOString(), to.toISOString())
      .map(toView),
  };
}

export function recordCompensation(
  deps: Deps,
  principal: Principal,
  input: RecordCompensationBody,
): CompensationView {
  const hallId = hallOf(principal);
  const profile = profileOf(deps, hallId);
  if (!compensatedKinds(profile).includes(input.kind)) {
    throw new CommandError(
      409,
      'compensation_not_in_charter',
      'This hall’s charter does not compensate this kind of case.',
    );
  }
  // Gwangjin: a permit is compensated once it is a day or more late; the officer says how late.
  const minDays = profile.compensation.permitDelayDays;
  const daysLate = input.kind === 'lateDecision' ? (input.daysLate ?? null) : null;
  if (
    input.kind === 'lateDecision' &&
    minDays !== null &&
    (daysLate === null || daysLate < minDays)
  ) {
    throw new CommandError(
      409,
      'compensation_not_late_enough',
      `This charter compensates a decision ${minDays} or more days late.`,
      [{ path: 'daysLate', message: String(minDays) }],
    );
  }
  if (input.ticketId !== null) {
    if (!deps.store.tickets.get(hallId, input.ticketId)) {
      throw new CommandError(404, 'unknown_ticket', 'No ticket has this id in this hall.');
    }
    // A double tap or a second officer: one case per ticket and kind.
    if (deps.store.compensation.recordedFor(hallId, input.ticketId, input.kind)) {
      throw new CommandError(409, 'compensation_recorded', 'This case is already recorded.');
    }
  }
  const at = deps.clock.now().toISOString();
  const id = deps.store.tx(() => {
    const caseId = deps.store.compensation.add(hallId, {
      kind: input.kind,
      ticketId: input.ticketId,
      note: input.note,
      daysLate,
      amountWon: profile.compensation.amountWon,
      recordedBy: actorOf(principal),
      recordedAt: at,
    });
    // The log keeps the facts; the note stays in its table.
    deps.store.events.append(hallId, at, actorOf(principal), 'compensation:recorded', {
      caseId,
      kind: input.kind,
      ticketId: input.ticketId,
    });
    return caseId;
  });
  const recorded = deps.store.compensation
    .between(hallId, at, new Date(Date.parse(at) + 1).toISOString())
    .find((c) => c.id === id);
  if (!recorded) throw notFound('Compensation case');
  return toView(recorded);
}
