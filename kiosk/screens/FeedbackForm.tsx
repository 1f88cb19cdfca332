/**
 * The short complaint / praise / suggestion form: department (optional), the text on the
 * on-screen Hangul keyboard, and a phone number only if the visitor wants a reply. The text
 * is shown as text (never markup); the phone is never shown again on this public screen.
 */
import { useComputed, useSignal } from '@preact/signals';
import { useState } from 'preact/hooks';
import { errorText, t } from '../../shared/i18n';
import { normalizeKoreanPhone } from '../../shared/phone';
import { FEEDBACK_TEXT_MAX } from '../../shared/feedback-limits';
import type { FeedbackKind } from '../../shared/schemas/feedback';
import { composeJamo } from '../../shared/search/hangul';
import { api } from '../../shared/ui/api';
import { useKiosk } from '../context';
import { NumericKeypad, pressKey } from '../keys/NumericKeypad';
import { HangulKeyboard } from '../map/HangulKeyboard';
import '../map/directory.css';
import { FeedbackReceipt } from './FeedbackReceipt';

type Filed = { receipt: string; anonymous: boolean; answerDueAt: string | null };

export function FeedbackForm({ kind, onBack }: { kind: FeedbackKind; onBack: () => void }) {
  const { hall, deviceToken } = useKiosk();
  const keys = useSignal<string[]>([]);
  const text = useComputed(() => composeJamo(keys.value));
  const [departmentId, setDepartmentId] = useState<number | null>(null);
  const [wantReply, setWantReply] = useState(false);
  const [phone, setPhone] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [filed, setFiled] = useState<Filed | null>(null);

  if (filed) return <FeedbackReceipt {...filed} />;

  async function send(event: Event) {
    event.preventDefault();
    if (busy) return;
    const body = text.value.trim();
    if (!body) return setError(t('voice.textMissing'));
    const normalized = wantReply ? normalizeKoreanPhone(phone) : null;
    if (wantReply && !normalized) return setError(t('voice.phoneInvalid'));
    setBusy(true);
    const res = await api<Filed>('/api/feedback', {
      body: {
        kind,
        departmentId,
        text: body,
        contact: normalized ? { phone: normalized } : null,
      },
      deviceToken,
    });
    setBusy(false);
    if (res.ok) setFiled(res.data);
    else setError(errorText(res.error));
  }

  return (
    <main class="kiosk-main voice-form-screen">
      <h1>{t(`voice.kind.${kind}`)}</h1>
      <form class="voice-form" onSubmit={send}>
        <label>
          {t('voice.department')}
          <select
            value={departmentId ?? ''}
            onChange={(e) =>
              setDepartmentId(e.currentTarget.value ? Number(e.currentTarget.value) : null)
            }
          >
            <option value="">{t('voice.departmentNone')}</option>
            {hall.departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('voice.text')}
          <textarea
            rows={3}
            maxLength={FEEDBACK_TEXT_MAX}
            value={text.value}
            aria-invalid={error === t('voice.textMissing') ? 'true' : undefined}
            onInput={(e) => {
              setError(null);
              keys.value = [...e.currentTarget.value];
            }}
          />
        </label>
        <p class="kiosk-step">
          {t('voice.textCount', { n: text.value.length, max: FEEDBACK_TEXT_MAX })}
        </p>
        <HangulKeyboard
          onKey={(k) => {
            setError(null);
            if (text.value.length < FEEDBACK_TEXT_MAX) keys.value = [...keys.value, k];
          }}
          onBackspace={() => (keys.value = keys.value.slice(0, -1))}
          onClear={() => (keys.value = [])}
        />
        <label class="voice-check">
          <input
            type="checkbox"
            checked={wantReply}
            onChange={(e) => setWantReply(e.currentTarget.checked)}
          />
          {t('voice.wantReply')}
        </label>
        {wantReply ? (
          <label>
            {t('voice.phone')}
            <input
              type="tel"
              inputMode="numeric"
              autoComplete="off"
              value={phone}
              onInput={(e) => {
                setError(null);
                setPhone(e.currentTarget.value);
              }}
            />
          </label>
        ) : null}
        {wantReply ? (
          <NumericKeypad
            label={t('keys.phonePad', { field: t('voice.phone') })}
            onKey={(key) => {
              setError(null);
              setPhone((p) => pressKey(p, key));
            }}
          />
        ) : (
          <p class="kiosk-step">{t('voice.anonymousNote')}</p>
        )}
        {error && (
          <p class="voice-error" role="alert">
            {error}
          </p>
        )}
        <div class="voice-actions">
          <button type="button" class="voice-back" onClick={onBack}>
            {t('voice.back')}
          </button>
          <button type="submit" class="task-button primary" disabled={busy}>
            <span class="task-label">{t('voice.send')}</span>
          </button>
        </div>
      </form>
    </main>
  );
}
