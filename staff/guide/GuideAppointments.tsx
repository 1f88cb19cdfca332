/** Escorted visits booked for today: when, which entrance, what help, the masked contact. */
import { useState } from 'preact/hooks';
import { errorText, type MessageKey, t } from '../../shared/i18n';
import type { EscortAppointment } from '../../shared/schemas/help';
import { api } from '../../shared/ui/api';
import { HALL_TIME_ZONE } from '../../shared/hall-time';

const clock = (iso: string) =>
  new Date(iso).toLocaleTimeString('ko-KR', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: HALL_TIME_ZONE,
  });

export function GuideAppointments({ appointments }: { appointments: EscortAppointment[] }) {
  // The visit asked about (cancel → confirm), and the last outcome to show.
  const [asking, setAsking] = useState<number | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const shown = appointments.filter((a) => a.status === 'booked' || a.status === 'reminded');

  async function cancel(a: EscortAppointment) {
    const res = await api(`/api/help/appointments/${a.id}/cancel`, { body: {} });
    setAsking(null);
    setMessage(
      res.ok
        ? { ok: true, text: t('guidecancel.done', { time: clock(a.at) }) }
        : { ok: false, text: errorText(res.error) },
    );
  }

  if (shown.length === 0 && !message) return null;
  return (
    <section class="card stack" aria-labelledby="appointments">
      <h2 id="appointments">{t('guide.appointments')}</h2>
      <ul class="ticket-list">
        {shown.map((a) => (
          <li key={a.id} class="guide-appointment" data-appointment={a.id}>
            <span>
              {t('guide.appointmentAt', {
                time: clock(a.at),
                entrance: a.entrance,
                need: t(`help.kind.${a.need}` as MessageKey),
                contact: a.contact,
              })}
            </span>
            {a.status === 'reminded' && (
              <strong class="badge alert">{t('guide.appointmentReminded')}</strong>
            )}
            {asking === a.id ? (
              <span class="guide-actions" role="group" aria-label={t('guidecancel.cancel')}>
                <span>{t('guidecancel.confirm', { time: clock(a.at) })}</span>
                <button type="button" class="primary" onClick={() => void cancel(a)}>
                  {t('guidecancel.yes')}
                </button>
                <button type="button" onClick={() => setAsking(null)}>
                  {t('guidecancel.no')}
                </button>
              </span>
            ) : (
              <button
                type="button"
                onClick={() => {
                  setMessage(null);
                  setAsking(a.id);
                }}
              >
                {t('guidecancel.cancel')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {message && (
        <p class={message.ok ? '' : 'error-text'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
