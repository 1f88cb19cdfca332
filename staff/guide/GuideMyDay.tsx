/** The helper's own numbers today: accepted, resolved, and minutes from call to arrival. */
import { t } from '../../shared/i18n';
import type { HelpPage } from '../../shared/schemas/help';

export function GuideMyDay({ pages, me }: { pages: HelpPage[]; me: number }) {
  const mine = pages.filter((p) => p.guideId === me && p.acceptedAt);
  const resolved = mine.filter((p) => p.status === 'resolved').length;
  const reach = mine
    .filter((p) => p.arrivedAt)
    .map((p) => (Date.parse(p.arrivedAt!) - Date.parse(p.requestedAt)) / 60_000);
  const avg = reach.length ? (reach.reduce((a, b) => a + b, 0) / reach.length).toFixed(1) : '—';
  return (
    <section class="card stack" aria-labelledby="my-day">
      <h2 id="my-day">{t('guide.mine')}</h2>
      <p>{t('guide.mineCount', { accepted: mine.length, resolved, avg })}</p>
    </section>
  );
}
