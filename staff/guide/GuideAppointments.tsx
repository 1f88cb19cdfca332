/** Escorted visits booked for today: when, which entrance, what help, the masked contact. */
import { t, type MessageKey } from '../../shared/i18n';
import type { EscortAppointment } from '../../shared/schemas/help';

const clock = (iso: string) =>
  new Date(iso).toLocaleTimeString('ko-KR', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Asia/Seoul',
  });

export function GuideAppointments({ appointments }: { appointments: EscortAppointment[] }) {
  const shown = appointments.filter((a) => a.status === 'booked' || a.status === 'reminded');
  if (shown.length === 0) return null;
  return (
    <section class="card stack" aria-labelledby="appointments">
      <h2 id="appointments">{t('guide.appointments')}</h2>
      <ul class="ticket-list">
        {shown.map((a) => (
          <li key={a.id}>
            {t('guide.appointmentAt', {
              time: clock(a.at),
              entrance: a.entrance,
              need: t(`help.kind.${a.need}` as MessageKey),
              contact: a.contact,
            })}
            {a.status === 'reminded' && (
              <strong class="badge alert">{t('guide.appointmentReminded')}</strong>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
