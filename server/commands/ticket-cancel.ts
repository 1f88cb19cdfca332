/**
 * A visitor leaves the line from the phone (대기 취소): the code on the ticket is the only
 * credential, as for following it. The ticket closes as cancelled, the line and every screen
 * that shows it move up at once, and the estimator learns the departure as it learns no-shows.
 */
import { CommandError } from '../../shared/errors';
import type { PublicTicket } from '../../shared/schemas/queue';
import type { Deps } from '../context';
import { sharedQueueView, publicTicket } from '../views/queues';
import { pushQueue } from '../realtime/queue-push';

export function cancelTicketByCode(deps: Deps, code: string): PublicTicket {
  const row = deps.store.tickets.byCode(code);
  if (!row) {
    throw new CommandError(
      404,
      'unknown_ticket',
      'No ticket has this code. It may be mistyped or from another day.',
    );
  }
  // A retried cancel (the answer was lost) finds it cancelled already: the same answer again.
  if (row.cancelled_at !== null) return publicTicket(row, sharedQueueView(deps, row.hall_id));
  if (row.status === 'called') {
    throw new CommandError(
      409,
      'already_called',
      'This ticket is being called at the counter now; please tell the officer there.',
    );
  }
  if (row.status !== 'waiting') {
    throw new CommandError(409, 'not_waiting', `Ticket ${row.number} is no longer waiting.`);
  }
  const at = deps.clock.now().toISOString();
  const cancelled = deps.store.tx(() => {
    // The row is re-checked inside the transaction: a call in between wins over the cancel.
    if (!deps.store.tickets.cancel(row.hall_id, row.id, at)) return false;
    deps.store.tickets.addStep(row.hall_id, row.id, at, 'closed', 'visitor', {
      serviceId: row.service_id,
    });
    deps.store.events.append(row.hall_id, at, 'visitor', 'ticket:cancelled', {
      ticketId: row.id,
      serviceId: row.service_id,
    });
    return true;
  });
  if (!cancelled) {
    throw new CommandError(409, 'not_waiting', `Ticket ${row.number} is no longer waiting.`);
  }
  const after = deps.store.tickets.get(row.hall_id, row.id)!;
  pushQueue(deps, row.hall_id, { tickets: [after] });
  return publicTicket(after, sharedQueueView(deps, row.hall_id));
}
