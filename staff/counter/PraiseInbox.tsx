/** Praise visitors left naming this officer (칭찬): it reaches them here, newest first. */
import { hallDate } from '../../shared/hall-time';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import type { PraiseView } from '../../shared/schemas/petitions';
import { api } from '../../shared/ui/api';
import './complex-petition.css';

const REFRESH_MS = 60_000;

export function PraiseInbox() {
  const [items, setItems] = useState<PraiseView[] | null>(null);

  async function load() {
    const res = await api<{ praise: PraiseView[] }>('/api/praise/mine');
    if (res.ok) setItems(res.data.praise);
  }
  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => clearInterval(timer);
  }, []);

  async function read(id: number) {
    const res = await api<{ ok: true }>(`/api/praise/${id}/read`, { body: {} });
    if (res.ok) void load();
  }

  const unread = items?.filter((p) => p.readAt === null).length ?? 0;
  return (
    <section class="card stack praise-inbox" aria-labelledby="praise-title">
      <h2 id="praise-title">
        {t('praise.title')}{' '}
        {unread > 0 && <span class="badge ok">{t('praise.unread', { n: unread })}</span>}
      </h2>
      {items && items.length === 0 && <p>{t('praise.empty')}</p>}
      <ul class="praise-list">
        {items?.map((p) => (
          <li key={p.id} class="praise-item" data-unread={p.readAt === null}>
            <p>
              <strong>{hallDate(p.createdAt)}</strong> {p.departmentName ?? ''}
            </p>
            {/* Rendered as text, never as markup. */}
            <p>{p.text ?? t('praise.purged')}</p>
            {p.readAt === null && (
              <button type="button" onClick={() => void read(p.id)}>
                {t('praise.markRead')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
