/** Calls from the kiosks that no guide accepted in time: every counter sees them (C4 escalation). */
import type { HelpPage } from '../../shared/schemas/help';
import { t } from '../../shared/i18n';
import { HALL_TIME_ZONE } from '../../shared/hall-time';

export function HelpAlerts({ pages }: { pages: HelpPage[] }) {
  if (pages.length === 0) return null;
  return (
    <section class="card stack help-alerts" role="alert" aria-labelledby="help-alerts">
      <h2 id="help-alerts">{t('counter.helpAlerts')}</h2>
      <ul>
        {pages.map((page) => (
          <li key={page.id}>
            <strong>
              {page.place.floorName ?? ''} {page.place.name}
            </strong>{' '}
            ·{' '}
            {t('counter.helpSince', {
              time: new Date(page.requestedAt).toLocaleTimeString('ko-KR', {
                timeZone: HALL_TIME_ZONE,
                hour: '2-digit',
                minute: '2-digit',
              }),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
