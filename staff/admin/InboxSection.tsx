/**
 * 민원함 (C9, C15): complaints, praise and suggestions with each stage's deadline from the
 * active profile, counting down; overdue items flagged. Contacts are masked in the list; the
 * handler opens an item to see the contact, and that look is logged. An item can be handed to an
 * officer's account: that officer may then work it too (never one about themselves).
 */
import { useEffect } from 'preact/hooks';
import { signal } from '@preact/signals';
import { errorText, t } from '../../shared/i18n';
import type { FeedbackItem } from '../../shared/schemas/feedback';
import { api } from '../../shared/ui/api';
import type { AccountAdminRow } from '../../shared/schemas/accounts';
import { InboxItem, type Handler } from './InboxItem';
import './Inbox.css';

const items = signal<FeedbackItem[] | null>(null);
/** Accounts an item can be handed to: enabled counter officers and administrators. */
const handlers = signal<Handler[]>([]);
const error = signal<string | null>(null);
/** Ticks once a minute so that the countdowns move. */
const now = signal(Date.now());

export async function reloadInbox(): Promise<void> {
  const res = await api<{ items: FeedbackItem[] }>('/api/feedback');
  if (res.ok) {
    items.value = res.data.items;
    error.value = null;
  } else error.value = errorText(res.error);
}

async function loadHandlers(): Promise<void> {
  const res = await api<{ accounts: AccountAdminRow[] }>('/api/staff/admin');
  if (res.ok) {
    handlers.value = res.data.accounts
      .filter((a) => !a.disabled && a.role !== 'guide')
      .map((a) => ({ id: a.id, name: a.displayName || a.username }));
  }
}

export function InboxSection() {
  useEffect(() => {
    void reloadInbox();
    void loadHandlers();
    const timer = setInterval(() => (now.value = Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  const list = items.value;
  return (
    <section class="card stack inbox" aria-label={t('voice.inbox')}>
      <header class="inbox-header">
        <h2>{t('voice.inbox')}</h2>
        <button type="button" onClick={() => void reloadInbox()}>
          {t('voice.refresh')}
        </button>
      </header>
      {error.value && <p role="alert">{error.value}</p>}
      {list === null ? (
        <p>{t('common.loading')}</p>
      ) : list.length === 0 ? (
        <p>{t('voice.inboxEmpty')}</p>
      ) : (
        <ul class="inbox-list">
          {list.map((item) => (
            <InboxItem
              key={item.id}
              item={item}
              now={now.value}
              handlers={handlers.value}
              onChanged={reloadInbox}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
