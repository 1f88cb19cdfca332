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

/**
 * Whether the kiosk asks the priority question for this service (C6): only where the charter
 * names priority classes and the service does not keep one line.
 */
export const offersPriority = (
  queue: Pick<CharterProfile['queue'], 'priorityClasses'>,
  rules: ServiceRules | undefined,
): boolean => queue.priorityClasses.length > 0 && rules?.priorityPolicy !== 'none';

/** Without priority a request for it is issued as a normal ticket: one line, nobody ahead. */
export function ticketClassFor(
  priority: boolean,
  queue: Pick<CharterProfile['queue'], 'priorityClasses'>,
  rules: ServiceRules | undefined,
): TicketClass {
  return priority && offersPriority(queue, rules) ? 'priority' : 'normal';
}
