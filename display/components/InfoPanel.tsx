/**
 * The hall's information pages (C14) on the wall board: counselling timetable, complaint channels,
 * amenities, notices — one at a time, the next every 15 seconds. A calm cross-fade, none when the
 * screen asks for reduced motion; a row of dots, one a page, says there are more (a shape, read
 * from across the room where small digits would not be).
 */
import { useEffect, useState } from 'preact/hooks';
import { lang, t } from '../../shared/i18n';
import type { InfoPage } from '../../shared/schemas/admin';
import { InfoPanelPage } from './InfoPanelPage';
import './info-panel.css';

/** How long each page stays on the wall. */
export const INFO_PAGE_MS = 15_000;

export function InfoPanel({ pages }: { pages: InfoPage[] }) {
  const [index, setIndex] = useState(0);
  const count = pages.length;
  useEffect(() => {
    if (count < 2) return;
    const timer = setInterval(() => setIndex((i) => (i + 1) % count), INFO_PAGE_MS);
    return () => clearInterval(timer);
  }, [count]);
  if (count === 0) return null;
  const page = pages[index % count] as InfoPage;
  const en = lang.value === 'en';
  return (
    <aside class="info-panel" aria-label={t('infoPanel.label')}>
      <InfoPanelPage key={page.id} page={page} en={en} />
      {count > 1 && (
        <p
          class="info-panel-count"
          aria-label={t('infoPanel.count', { n: (index % count) + 1, of: count })}
        >
          {pages.map((p, i) => (
            <i key={p.id} class={i === index % count ? 'is-current' : undefined} />
          ))}
        </p>
      )}
    </aside>
  );
}
