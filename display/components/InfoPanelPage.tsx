/** One information page on the board: its title, a short body and up to six lines of items. */
import type { InfoPage } from '../../shared/schemas/admin';

/** More lines than this would be too small to read across the room; the kiosk shows them all. */
const MAX_ITEMS = 6;

export function InfoPanelPage({ page, en }: { page: InfoPage; en: boolean }) {
  const title = en && page.titleEn ? page.titleEn : page.title;
  const body = en && page.bodyEn ? page.bodyEn : page.body;
  return (
    <div class={`info-panel-page info-kind-${page.kind}`}>
      <h2 class="info-panel-title">{title}</h2>
      {body && <p class="info-panel-body">{body}</p>}
      {page.items.length > 0 && (
        <dl class="info-panel-items">
          {page.items.slice(0, MAX_ITEMS).map((item, i) => (
            <div key={i} class="info-panel-item">
              <dt>{en && item.labelEn ? item.labelEn : item.label}</dt>
              <dd>{en && item.valueEn ? item.valueEn : item.value}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
