/**
 * 대기 취소 on the phone: a visitor who will not stay says so, and everyone behind moves up at
 * once instead of waiting for a call nobody answers. Asked twice, since it cannot be undone.
 */
import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../../shared/i18n';
import type { PublicTicket } from '../../shared/schemas/queue';
import { api } from '../../shared/ui/api';

const ERRORS: Record<string, MessageKey> = { already_called: 'phone.cancelCalled' };

export function TicketCancel({ code }: { code: string }) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<MessageKey | null>(null);

  async function cancel() {
    if (busy) return;
    setBusy(true);
    setError(null);
    const res = await api<{ ticket: PublicTicket }>(`/api/tickets/${code}/cancel`, { body: {} });
    setBusy(false);
    // On success the ticket's live stream turns this page into the "cancelled" card.
    if (!res.ok) setError(ERRORS[res.error.code] ?? 'phone.cancelFailed');
    setAsking(false);
  }

  return (
    <section class="phone-card phone-cancel" aria-label={t('phone.cancel')}>
      {asking ? (
        <div role="group" aria-labelledby="phone-cancel-ask">
          <p id="phone-cancel-ask">{t('phone.cancelAsk')}</p>
          <div class="phone-cancel-choices">
            <button type="button" class="phone-cancel-yes" disabled={busy} onClick={cancel}>
              {t('phone.cancelYes')}
            </button>
            <button type="button" disabled={busy} onClick={() => setAsking(false)}>
              {t('phone.cancelNo')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="phone-cancel-open" onClick={() => setAsking(true)}>
          {t('phone.cancel')}
        </button>
      )}
      {error && (
        <p class="error-text" role="alert">
          {t(error)}
        </p>
      )}
    </section>
  );
}
