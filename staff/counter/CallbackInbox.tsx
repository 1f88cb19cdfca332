/**
 * Callback requests left at the kiosk (C3), with their deadline counting down. The responsible
 * officer sees the whole number and marks the call; everyone else sees it masked.
 */
import { hallClock } from '../../shared/hall-time';
import { useEffect, useState } from 'preact/hooks';
import { errorText, t } from '../../shared/i18n';
import type { CallbackOutcome, CallbackView } from '../../shared/schemas/staff';
import { api } from '../../shared/ui/api';
import './presence.css';
import { ErrorAlert } from '../../shared/ui/components/ErrorAlert';

/** How often the inbox asks for new requests, and how often the countdown moves. */
const REFRESH_MS = 15_000;
const TICK_MS = 20_000;

const OUTCOMES: { outcome: CallbackOutcome; key: 'reached' | 'noAnswer' | 'leftMessage' }[] = [
  { outcome: 'reached', key: 'reached' },
  { outcome: 'no-answer', key: 'noAnswer' },
  { outcome: 'left-message', key: 'leftMessage' },
];

export function CallbackInbox() {
  const [items, setItems] = useState<CallbackView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [, setTick] = useState(0);
  // Server time minus this PC's: deadlines count down on the hall's clock.
  const [offset, setOffset] = useState(0);

  async function load() {
    const res = await api<{ callbacks: CallbackView[]; now: string }>('/api/callbacks/inbox');
    if (res.ok) {
      setItems(res.data.callbacks);
      setOffset(Date.parse(res.data.now) - Date.now());
    }
  }
  useEffect(() => {
    void load();
    const refresh = setInterval(() => void load(), REFRESH_MS);
    const tick = setInterval(() => setTick((n) => n + 1), TICK_MS);
    return () => {
      clearInterval(refresh);
      clearInterval(tick);
    };
  }, []);

  async function act(id: number, path: 'called' | 'done', outcome?: CallbackOutcome) {
    const res = await api<{ callback: CallbackView }>(`/api/callbacks/${id}/${path}`, {
      body: outcome ? { outcome } : {},
    });
    if (res.ok) {
      setError(null);
      void load();
    } else setError(errorText(res.error));
  }

  const now = Date.now() + offset;
  return (
    <section class="card stack callback-inbox" aria-labelledby="callback-inbox-title">
      <h2 id="callback-inbox-title">
        {t('callbackInbox.title')} {items && items.length > 0 && `(${items.length})`}
      </h2>
      {items && items.length === 0 && <p>{t('callbackInbox.empty')}</p>}
      <ul class="ticket-list">
        {items?.map((item) => {
          const minutes = Math.floor((Date.parse(item.deadlineAt) - now) / 60_000);
          const overdue = item.status === 'open' && minutes < 0;
          return (
            <li key={item.id} class="callback-item" data-overdue={overdue}>
              <div class="callback-head">
                <strong class="callback-phone">{item.phone}</strong>
                <span class={`badge ${overdue ? 'alert' : 'ok'}`}>
                  {item.status === 'open'
                    ? overdue
                      ? t('callbackInbox.overdue', { min: -minutes })
                      : t('callbackInbox.left', { min: minutes })
                    : t('callbackInbox.called', {
                        outcome: t(
                          `callbackInbox.${OUTCOMES.find((o) => o.outcome === item.outcome)?.key ?? 'reached'}`,
                        ),
                      })}
                </span>
                <span>{t('callbackInbox.deadline', { time: hallClock(item.deadlineAt) })}</span>
              </div>
              <p>
                {t('callbackInbox.for', { name: item.staffName })}
                {item.topic && ` · ${item.topic}`}
              </p>
              {!item.masked && (
                <div class="row" role="group" aria-label={item.phone}>
                  {OUTCOMES.map((o) => (
                    <button
                      type="button"
                      key={o.outcome}
                      onClick={() => void act(item.id, 'called', o.outcome)}
                    >
                      {t(`callbackInbox.${o.key}`)}
                    </button>
                  ))}
                  {item.status === 'called' && (
                    <button type="button" class="primary" onClick={() => void act(item.id, 'done')}>
                      {t('callbackInbox.done')}
                    </button>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <ErrorAlert message={error} />
    </section>
  );
}
