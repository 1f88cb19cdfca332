/**
 * "연락 요청" (C3): the visitor leaves a phone number for an away officer and sees the charter's
 * deadline. The number is typed on a keypad, checked as a Korean number, and never shown again
 * on this public screen except masked.
 */
import { hallClock } from '../../shared/hall-time';
import { useSignal } from '@preact/signals';
import { useState } from 'preact/hooks';
import { errorText, t } from '../../shared/i18n';
import { normalizeKoreanPhone } from '../../shared/phone';
import type { CallbackReceipt } from '../../shared/schemas/staff';
import { composeJamo } from '../../shared/search/hangul';
import { api } from '../../shared/ui/api';
import { NumericKeypad, pressKey } from '../keys/NumericKeypad';
import { HangulKeyboard } from '../map/HangulKeyboard';
import '../map/directory.css';
import { useKiosk } from '../context';
import type { KioskRoute } from '../state';
import './StaffFinder.css';

export function Callback({ route }: { route: Extract<KioskRoute, { screen: 'callback' }> }) {
  const { hall, session, deviceToken } = useKiosk();
  const [phone, setPhone] = useState('');
  // The topic is typed on the on-screen keyboard as jamo, composed into syllables.
  const topicKeys = useSignal<string[]>([]);
  const topic = composeJamo(topicKeys.value);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [receipt, setReceipt] = useState<CallbackReceipt | null>(null);
  const member = hall.staff.find((s) => s.id === route.staffId);
  if (!member) return null;

  if (receipt) {
    const within =
      receipt.deadlineMin % 60 === 0
        ? t('callback.withinHours', { n: receipt.deadlineMin / 60 })
        : t('callback.withinMinutes', { n: receipt.deadlineMin });
    return (
      <main class="kiosk-main">
        <div role="status" data-speak class="callback-done">
          <h1 class="callback-receipt">{within}</h1>
          <p class="kiosk-lead">
            {t('callback.receipt', {
              phone: receipt.phoneMasked,
              time: hallClock(receipt.deadlineAt),
            })}
          </p>
          <p class="kiosk-lead">
            {t('callback.receiptWho', { name: member.name, position: member.position })}
          </p>
        </div>
        <button type="button" class="task-button primary" onClick={() => session.reset()}>
          <span class="task-label">{t('callback.home')}</span>
        </button>
      </main>
    );
  }

  async function send(event: Event) {
    event.preventDefault();
    if (busy) return;
    const normalized = normalizeKoreanPhone(phone);
    if (!normalized) {
      setError(t('callback.phoneInvalid'));
      return;
    }
    setBusy(true);
    const res = await api<{ callback: CallbackReceipt }>('/api/callbacks', {
      body: { staffId: route.staffId, phone: normalized, topic: topic.trim() },
      deviceToken,
    });
    setBusy(false);
    if (res.ok) setReceipt(res.data.callback);
    else setError(res.status === 400 ? t('callback.phoneInvalid') : errorText(res.error));
  }

  const shown = normalizeKoreanPhone(phone) ?? phone;
  return (
    <main class="kiosk-main">
      <h1>{t('callback.title', { name: member.name, position: member.position })}</h1>
      <form class="callback-form" onSubmit={send}>
        <label>
          {t('callback.phone')}
          <input
            type="tel"
            inputMode="numeric"
            autoComplete="off"
            value={shown}
            aria-describedby="callback-phone-hint"
            aria-invalid={error ? 'true' : undefined}
            onInput={(e) => {
              setError(null);
              setPhone(e.currentTarget.value);
            }}
          />
        </label>
        <p id="callback-phone-hint" class="kiosk-step">
          {t('callback.phoneHint')}
        </p>
        <NumericKeypad
          label={t('callback.keypad')}
          onKey={(key) => {
            setError(null);
            setPhone((p) => pressKey(p, key));
          }}
        />
        <label>
          {t('callback.topic')}
          <input
            type="text"
            maxLength={80}
            value={topic}
            onInput={(e) => (topicKeys.value = [...e.currentTarget.value])}
          />
        </label>
        <HangulKeyboard
          onKey={(k) => {
            if (topic.length < 80) topicKeys.value = [...topicKeys.value, k];
          }}
          onBackspace={() => (topicKeys.value = topicKeys.value.slice(0, -1))}
          onClear={() => (topicKeys.value = [])}
        />
        <p class="kiosk-lead">{t('callback.privacy')}</p>
        {error && (
          <p class="error-text" role="alert">
            {error}
          </p>
        )}
        <div class="row">
          <button type="submit" class="primary" disabled={busy}>
            {t('callback.send')}
          </button>
          <button
            type="button"
            onClick={() => session.go({ screen: 'staff', staffId: route.staffId })}
          >
            {t('common.back')}
          </button>
        </div>
      </form>
    </main>
  );
}
