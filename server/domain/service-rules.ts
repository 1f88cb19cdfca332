/**
 * A service's own issuing rules over the profile's: its priority policy (the profile's, strict,
 * one in N, or none — every ticket in one line) and when it stops issuing before closing.
 */
import type { CallPolicy, CharterProfile } from '../../shared/profiles/schema';
import type { ServiceRules } from '../../shared/schemas/hall';
import type { TicketClass } from '../../shared/schemas/queue';

/** The profile's queue rules as they apply to one service. */
export function serviceQueueRules(
  queue: CharterProfile['queue'],
  rules: ServiceRules | undefined,
): CharterProfile['queue'] {
  if (!rules) return queue;
  return {
    ...queue,
    callPolicy: servicePolicy(queue.callPolicy, rules),
    lastTicketBeforeCloseMin: rules.stopBeforeCloseMin ?? queue.lastTicketBeforeCloseMin,
  };
}

export function servicePolicy(profile: CallPolicy, rules: ServiceRules | undefined): CallPolicy {
  if (!rules) return profile;
  if (rules.priorityPolicy === 'strict') return { kind: 'strict' };
  if (rules.priorityPolicy === 'ratio' && rules.ratioNormal !== null)
    return { kind: 'ratio', normal: rules.ratioNormal };
  return profile;
}

/** A service without priority keeps one line: a priority request is issued as a normal ticket. */
export function ticketClassFor(priority: boolean, rules: ServiceRules | undefined): TicketClass {
  return priority && rules?.priorityPolicy !== 'none' ? 'priority' : 'normal';
}

/** Whether the kiosk asks the priority question for this service. */
export const offersPriority = (rules: ServiceRules | undefined): boolean =>
  rules?.priorityPolicy !== 'none';
