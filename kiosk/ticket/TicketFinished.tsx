/**
 * Served, not shown up, left the line or closed at the end of the day: said politely, with what
 * to do next.
 */
import { t, type MessageKey } from '../../shared/i18n';
import type { PublicTicket } from '../../shared/schemas/queue';

const MESSAGES: Record<'done' | 'no_show' | 'closed' | 'cancelled', [MessageKey, MessageKey]> = {
  done: ['phone.done', 'phone.doneHelp'],
  no_show: ['phone.noShow', 'phone.noShowHelp'],
  closed: ['phone.closed', 'phone.closedHelp'],
  cancelled: ['phone.cancelled', 'phone.cancelledHelp'],
};

export function TicketFinished({ status }: { status: PublicTicket['status'] }) {
  const [message, help] = MESSAGES[status === 'waiting' || status === 'called' ? 'done' : status];
  return (
    <section class="phone-card phone-finished" role="status" data-status={status}>
      <p class="phone-finished-text">{t(message)}</p>
      <p>{t(help)}</p>
    </section>
  );
}
