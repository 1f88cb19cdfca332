/** Called: where to go, in the largest type on the page. */
import { t } from '../../shared/i18n';
import type { PublicTicket } from '../../shared/schemas/queue';

export function TicketYourTurn({ ticket }: { ticket: PublicTicket }) {
  return (
    <section class="phone-card phone-turn" role="alert" data-testid="phone-turn">
      <p class="phone-turn-text">{t('phone.yourTurn', { n: ticket.counterNumber ?? '' })}</p>
      <p>{t('phone.yourTurnHint')}</p>
    </section>
  );
}
