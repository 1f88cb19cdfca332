/** An unknown, mistyped or expired code: a calm page that says what to do, never an error page. */
import { t } from '../../shared/i18n';

export function TicketNotFound() {
  return (
    <section class="phone-card phone-notfound" aria-labelledby="phone-notfound">
      <h1 id="phone-notfound">{t('phone.notFound')}</h1>
      <p>{t('phone.notFoundHelp')}</p>
      <p>{t('phone.notFoundNext')}</p>
    </section>
  );
}
