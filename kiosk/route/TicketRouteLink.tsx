/** On the phone ticket page: the way to the ticket's department, on the public route page. */
import { t } from '../../shared/i18n';
import type { PublicTicket } from '../../shared/schemas/queue';
import { routeLink } from './route-link';

export function TicketRouteLink({ ticket }: { ticket: PublicTicket }) {
  if (!ticket.routeTo || (ticket.status !== 'waiting' && ticket.status !== 'called')) return null;
  const href = routeLink(window.location.origin, {
    hall: ticket.routeTo.hall,
    to: ticket.routeTo.department,
  });
  return (
    <p class="phone-card ticket-route-link">
      <a href={href}>{t('routeqr.ticketLink')} →</a>
    </p>
  );
}
