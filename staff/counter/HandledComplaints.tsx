/**
 * The complaints an administrator made this officer the handler of (never one about them): read
 * the contact (logged), investigate, answer, close. Shows nothing while there are none.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import type { FeedbackItem } from '../../shared/schemas/feedback';
import { api } from '../../shared/ui/api';
import { InboxItem } from '../admin/InboxItem';
import '../admin/Inbox.css';

const REFRESH_MS = 60_000;

export function HandledComplaints() {
  const [items, setItems] = useState<FeedbackItem[]>([]);
  const [now, setNow] = useState(Date.now());

  async function load() {
    const res = await api<{ items: FeedbackItem[] }>('/api/feedback');
    if (res.ok) setItems(res.data.items);
    setNow(Date.now());
  }
  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => clearInterval(timer);
  }, []);

  if (items.length === 0) return null;
  return (
    <section class="card stack inbox" aria-label={t('voice.handled')}>
      <h2>{t('voice.handled')}</h2>
      <ul class="inbox-list">
        {items.map((item) => (
          <InboxItem key={item.id} item={item} now={now} onChanged={load} />
        ))}
      </ul>
    </section>
  );
}
