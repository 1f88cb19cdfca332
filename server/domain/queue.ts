/**
 * The queue's rules as pure functions: ticket numbers, who is called next, whether the kiosk may
 * issue now. The store feeds them plain values; tests call them without a database.
 */
import type { CallPolicy, CharterProfile } from '../../shared/profiles/schema';
import type { IssueRefusal, TicketClass } from '../../shared/schemas/queue';
import { clockMinutes, formatClock } from '../../shared/hall-time';

/** The outline's format `{code}{seq:03d}`: service 1, 23rd ticket → "1023". */
export function ticketNumber(serviceCode: number, seq: number): string {
  return `${serviceCode}${String(seq).padStart(3, '0')}`;
}

export type WaitingTicket = { id: number; serviceId: number; class: TicketClass; queuedAt: string };

/**
 * Which waiting ticket a counter calls next. The counter's services are tried in its order of
 * preference (first non-empty wins); within a service the profile's policy decides the class,
 * and the earliest `queuedAt` of that class goes first. `normalSincePriority` counts the normal
 * tickets called in that service since its last priority ticket.
 */
export function pickNext(
  waiting: readonly WaitingTicket[],
  counterServiceIds: readonly number[],
  policy: CallPolicy,
  normalSincePriority: (serviceId: number) => number,
): WaitingTicket | null {
  for (const serviceId of counterServiceIds) {
    const line = waiting
      .filter((t) => t.serviceId === serviceId)
      .sort((a, b) => (a.queuedAt < b.queuedAt ? -1 : a.queuedAt > b.queuedAt ? 1 : a.id - b.id));
    if (line.length === 0) continue;
    const priority = line.find((t) => t.class === 'priority');
    const normal = line.find((t) => t.class === 'normal');
    if (!priority || !normal) return (priority ?? normal) as WaitingTicket;
    if (policy.kind === 'strict') return priority;
    return normalSincePriority(serviceId) >= policy.normal ? priority : normal;
  }
  return null;
}

/**
 * The order a line will be called in if nobody new arrives: `pickNext` over and over, with the
 * ratio policy's count moving as the counter would move it (a normal call adds one, a priority
 * call starts again from zero). `normalSincePriority` is the count now, as the store keeps it.
 */
export function callOrder(
  line: readonly WaitingTicket[],
  policy: CallPolicy,
  normalSincePriority: number,
): WaitingTicket[] {
  const byQueue = (a: WaitingTicket, b: WaitingTicket) =>
    a.queuedAt < b.queuedAt ? -1 : a.queuedAt > b.queuedAt ? 1 : a.id - b.id;
  const priority = line.filter((t) => t.class === 'priority').sort(byQueue);
  const normal = line.filter((t) => t.class === 'normal').sort(byQueue);
  const order: WaitingTicket[] = [];
  let p = 0;
  let n = 0;
  let since = normalSincePriority;
  while (p < priority.length || n < normal.length) {
    const takePriority =
      p < priority.length &&
      (n >= normal.length || policy.kind === 'strict' || since >= policy.normal);
    if (takePriority) {
      order.push(priority[p++]!);
      since = 0;
    } else {
      order.push(normal[n++]!);
      since++;
    }
  }
  return order;
}

/**
 * How many are ahead of each waiting ticket in its line: its place in `callOrder`, so that
 * "앞에 N명" is the number of calls before this one under the line's own policy and state.
 */
export function peopleAheadAll(
  waiting: readonly WaitingTicket[],
  policyOf: (serviceId: number) => CallPolicy,
  normalSincePriority: (serviceId: number) => number,
): Map<number, number> {
  const lines = new Map<number, WaitingTicket[]>();
  for (const t of waiting) {
    const line = lines.get(t.serviceId);
    if (line) line.push(t);
    else lines.set(t.serviceId, [t]);
  }
  const ahead = new Map<number, number>();
  for (const [serviceId, line] of lines) {
    const order = callOrder(line, policyOf(serviceId), normalSincePriority(serviceId));
    order.forEach((t, i) => ahead.set(t.id, i));
  }
  return ahead;
}

/**
 * The place in `callOrder` of the `index`-th waiting ticket of its class, without building the
 * order: with the ratio policy the k-th priority ticket is called after min(normals, g + k·N)
 * normal ones, where g = max(0, N − count now) normals still go before the first priority one.
 * O(1), so that one ticket's "앞에 N명" costs the same with 10 or 2,000 waiting.
 */
export function placeInLine(
  ticketClass: TicketClass,
  index: number,
  waiting: { priority: number; normal: number },
  policy: CallPolicy,
  normalSincePriority: number,
): number {
  const strict = policy.kind === 'strict' || policy.normal <= 0;
  if (strict) return ticketClass === 'priority' ? index : waiting.priority + index;
  const first = Math.max(0, policy.normal - normalSincePriority);
  if (ticketClass === 'priority') {
    return index + Math.min(waiting.normal, first + index * policy.normal);
  }
  const prioritiesBefore =
    index < first ? 0 : Math.min(waiting.priority, Math.floor((index - first) / policy.normal) + 1);
  return index + prioritiesBefore;
}

/**
 * Whether the kiosk may issue a ticket for a service at `minutes` past the hall's midnight.
 * Returns null when it may, or the reason and when it opens again.
 */
export function issueRefusal(input: {
  minutes: number;
  serviceOpen: boolean;
  hours: { open: string; close: string };
  lunch: { from: string; to: string } | null;
  queue: CharterProfile['queue'];
  issuedToday: number;
  dailyCap: number | null;
}): IssueRefusal | null {
  const open = clockMinutes(input.hours.open);
  const lastIssue = clockMinutes(input.hours.close) - input.queue.lastTicketBeforeCloseMin;
  if (!input.serviceOpen) return { reason: 'service_closed', opensAt: null };
  if (input.minutes < open) return { reason: 'before_hours', opensAt: input.hours.open };
  if (input.minutes >= lastIssue) return { reason: 'after_hours', opensAt: input.hours.open };
  if (input.queue.closedAtLunch && input.lunch) {
    const from = clockMinutes(input.lunch.from);
    const to = clockMinutes(input.lunch.to);
    if (input.minutes >= from && input.minutes < to)
      return { reason: 'lunch', opensAt: formatClock(to) };
  }
  if (input.dailyCap !== null && input.issuedToday >= input.dailyCap) {
    return { reason: 'daily_cap', opensAt: input.hours.open };
  }
  return null;
}
