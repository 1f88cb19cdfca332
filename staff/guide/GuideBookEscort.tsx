/** Books an escorted visit for today: the time, the entrance, the help needed, a contact kept masked. */
import { hallDate } from '../../shared/hall-time';
import { useState } from 'preact/hooks';
import { errorText, type MessageKey, t } from '../../shared/i18n';
import { HelpKind } from '../../shared/schemas/help';
import { api } from '../../shared/ui/api';

/** "14:30" on the hall's day (Korea, UTC+9) as an ISO instant. */
function hallInstant(serverNow: string, hhmm: string): string {
  const day = hallDate(serverNow);
  return new Date(`${day}T${hhmm}:00+09:00`).toISOString();
}

export function GuideBookEscort({ serverNow }: { serverNow: string }) {
  const [time, setTime] = useState('');
  const [entrance, setEntrance] = useState('');
  const [need, setNeed] = useState<HelpKind>('mobility');
  const [contact, setContact] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function submit(e: Event) {
    e.preventDefault();
    if (!time) return;
    const res = await api('/api/help/appointments', {
      body: { at: hallInstant(serverNow, time), entrance, need, contact },
    });
    if (res.ok) {
      setMessage({ ok: true, text: t('guide.booked') });
      setTime('');
      setEntrance('');
      setContact('');
    } else {
      setMessage({ ok: false, text: errorText(res.error) });
    }
  }

  return (
    <section class="card stack" aria-labelledby="book-escort">
      <h2 id="book-escort">{t('guide.book')}</h2>
      <form class="guide-actions" onSubmit={submit}>
        <label class="guide-field">
          {t('guide.bookTime')}
          <input
            type="time"
            required
            value={time}
            onInput={(e) => setTime((e.target as HTMLInputElement).value)}
          />
        </label>
        <label class="guide-field">
          {t('guide.bookEntrance')}
          <input
            type="text"
            required
            maxLength={60}
            value={entrance}
            onInput={(e) => setEntrance((e.target as HTMLInputElement).value)}
          />
        </label>
        <label class="guide-field">
          {t('guide.bookNeed')}
          <select
            value={need}
            onChange={(e) => setNeed((e.target as HTMLSelectElement).value as HelpKind)}
          >
            {HelpKind.options.map((kind) => (
              <option key={kind} value={kind}>
                {t(`help.kind.${kind}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <label class="guide-field">
          {t('guide.bookContact')}
          <input
            type="tel"
            required
            value={contact}
            onInput={(e) => setContact((e.target as HTMLInputElement).value)}
          />
        </label>
        <button type="submit">{t('guide.bookSubmit')}</button>
      </form>
      {message && (
        <p class={message.ok ? '' : 'error-text'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
