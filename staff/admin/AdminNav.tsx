/** The console's section list: one button per section, the current one marked for screen readers. */
import type { AdminSectionId } from './sections';
import { ADMIN_SECTIONS } from './sections';
import { t } from '../../shared/i18n';

export function AdminNav({
  current,
  onSelect,
}: {
  current: AdminSectionId;
  onSelect: (id: AdminSectionId) => void;
}) {
  return (
    <nav class="admin-nav" aria-label={t('adminx.nav')}>
      <ul>
        {ADMIN_SECTIONS.map((section) => (
          <li key={section.id}>
            <button
              type="button"
              aria-current={current === section.id ? 'page' : undefined}
              onClick={() => onSelect(section.id)}
            >
              {t(section.label)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
