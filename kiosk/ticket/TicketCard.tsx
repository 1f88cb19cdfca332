/** The ticket itself: service, number in large type, priority mark and when it was issued. */
import { lang, t } from '../../shared/i18n';
import type { PublicTicket } from '../../shared/schemas/queue';
import { HALL_TIME_ZONE } from '../../shared/hall-time';

export function TicketCard({ ticket }: { ticket: PublicTicket }) {
  const en = lang.value === 'en';
  const issued = new Date(ticket.issuedAt).toLocaleTimeString(en ? 'en-GB' : 'ko-KR', {
    timeZone: HALL_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
  });
  return (
    <section class="phone-card phone-ticket" aria-labelledby="phone-number">
      <p class="phone-service">
        {en && ticket.serviceNameEn ? ticket.serviceNameEn : ticket.serviceName}
      </p>
      <p class="phone-number" id="phone-number" data-testid="phone-number">
        {ticket.number}
      </p>
      <p class="phone-meta">
        {ticket.class === 'priority' && <span class="phone-badge">{t('phone.priority')}</span>}
        <span>{t('phone.issued', { time: issued })}</span>
      </p>
    </section>
  );
}
