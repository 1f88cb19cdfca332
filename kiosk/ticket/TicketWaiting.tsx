/** While the ticket waits: people ahead, the live estimate and the counters that serve it. */
import { t } from '../../shared/i18n';
import type { PublicTicket } from '../../shared/schemas/queue';

export function waitText(ticket: Pick<PublicTicket, 'estimate'>): string {
  if (!ticket.estimate) return t('common.noEstimate');
  const low = Math.floor(ticket.estimate.low);
  const high = Math.max(low + 1, Math.ceil(ticket.estimate.high));
  return low === 0 && high <= 1 ? t('phone.soon') : t('common.estimate', { low, high });
}

export function TicketWaiting({ ticket }: { ticket: PublicTicket }) {
  return (
    <section class="phone-card" aria-label={t('phone.title')}>
      <dl class="phone-facts" role="status" aria-live="polite" aria-atomic="true">
        <div>
          <dt>{t('phone.peopleAhead')}</dt>
          <dd data-testid="phone-ahead">
            {ticket.peopleAhead === 0
              ? t('phone.next')
              : t('phone.people', { n: ticket.peopleAhead })}
          </dd>
        </div>
        <div>
          <dt>{t('phone.estimate')}</dt>
          <dd data-testid="phone-estimate">{waitText(ticket)}</dd>
        </div>
        <div>
          <dt>{t('phone.counters')}</dt>
          <dd>{ticket.counterNumbers.map((n) => t('common.counter', { n })).join(', ')}</dd>
        </div>
      </dl>
      <p class="phone-hint">{t('phone.live')}</p>
    </section>
  );
}
