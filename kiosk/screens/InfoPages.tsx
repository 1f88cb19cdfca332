/** Information pages (C14): counselling timetable, complaint channels, amenities, notices — as the admin keeps them. */
import { lang, t } from '../../shared/i18n';
import type { InfoPage } from '../../shared/schemas/admin';
import { useKiosk } from '../context';
import type { KioskRoute } from '../state';
import '../info.css';

const pick = (ko: string, en: string) => (lang.value === 'en' && en ? en : ko);

function InfoCard({ page }: { page: InfoPage }) {
  return (
    <section class="info-card" aria-labelledby={`info-${page.id}`}>
      <h2 id={`info-${page.id}`}>{pick(page.title, page.titleEn)}</h2>
      {page.body && <p>{pick(page.body, page.bodyEn)}</p>}
      {page.items.length > 0 && (
        <dl class="info-items">
          {page.items.map((item, i) => (
            <div key={i}>
              <dt>{pick(item.label, item.labelEn)}</dt>
              <dd>{pick(item.value, item.valueEn)}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

export function InfoPages(_props: { route: Extract<KioskRoute, { screen: 'info' }> }) {
  const { hall, session } = useKiosk();
  const pages = hall.info ?? [];
  return (
    <main class="kiosk-main">
      <h1>{t('info.title')}</h1>
      {pages.length === 0 ? (
        <p class="kiosk-lead">{t('info.empty')}</p>
      ) : (
        <div class="info-grid" data-speak>
          {pages.map((page) => (
            <InfoCard key={page.id} page={page} />
          ))}
        </div>
      )}
      <button type="button" class="task-button" onClick={() => session.reset()}>
        <span class="task-label">{t('info.back')}</span>
      </button>
    </main>
  );
}
