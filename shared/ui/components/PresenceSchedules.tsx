/**
 * Scheduled presence: 교육 14:00–16:00, 휴가 the whole day. The seat charts change when the period
 * begins and go back when it ends, by the hall clock; a schedule can be cancelled before.
 * The administrator schedules anyone (청사 section); an officer, with `self`, only themself
 * (counter console).
 */
import { useEffect, useState } from 'preact/hooks';
import { HALL_TIME_ZONE, hallDate } from '../../hall-time';
import { errorText, t } from '../../i18n';
import type { PresenceSchedule, StaffMember } from '../../schemas/hall';
import { api } from '../api';
import { ErrorAlert } from './ErrorAlert';

const KINDS = ['training', 'meeting', 'trip', 'leave', 'field', 'away'] as const;
type Kind = (typeof KINDS)[number];

/** Today on the hall's clock (KST), "YYYY-MM-DD". */
const today = () => hallDate(Date.now());
const at = (day: string, time: string) => `${day}T${time}:00+09:00`;
const shown = (iso: string) =>
  new Date(iso).toLocaleString('ko-KR', {
    timeZone: HALL_TIME_ZONE,
    month: 'numeric',
    day: 'numeric',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });

export function PresenceSchedules({ self }: { self?: number }) {
  const [staff, setStaff] = useState<StaffMember[]>([]);
  const [all, setSchedules] = useState<PresenceSchedule[]>([]);
  const schedules = self === undefined ? all : all.filter((s) => s.staffId === self);
  const [staffId, setStaffId] = useState(self === undefined ? '' : String(self));
  const [kind, setKind] = useState<Kind>('training');
  const [day, setDay] = useState(today());
  const [wholeDay, setWholeDay] = useState(false);
  const [from, setFrom] = useState('14:00');
  const [to, setTo] = useState('16:00');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function load() {
    const [s, p] = await Promise.all([
      api<{ staff: StaffMember[] }>('/api/staff'),
      api<{ schedules: PresenceSchedule[] }>('/api/hall/presence-schedules'),
    ]);
    if (s.ok) setStaff(s.data.staff);
    if (p.ok) setSchedules(p.data.schedules);
  }
  useEffect(() => {
    void load();
  }, []);

  async function add(event: Event) {
    event.preventDefault();
    const next = new Date(Date.parse(at(day, '00:00')) + 24 * 3600_000).toISOString();
    const res = await api('/api/hall/presence-schedules', {
      body: {
        staffId: Number(staffId),
        presence: kind,
        note,
        startsAt: wholeDay ? at(day, '00:00') : at(day, from),
        endsAt: wholeDay ? next : at(day, to),
      },
    });
    if (!res.ok) return setError(errorText(res.error));
    setError(null);
    setNote('');
    await load();
  }

  async function cancel(id: number) {
    const res = await api(`/api/hall/presence-schedules/${id}`, { method: 'DELETE' });
    if (!res.ok) return setError(errorText(res.error));
    await load();
  }

  const nameOf = (id: number) => {
    const m = staff.find((s) => s.id === id);
    return m ? `${m.name} ${m.position}` : '—';
  };

  return (
    <section class="stack" aria-labelledby="schedule-heading">
      <h3 id="schedule-heading">{t('hallx.schedules')}</h3>
      <p class="hint">{t('hallx.schedulesHelp')}</p>
      {schedules.length === 0 ? (
        <p>{t('hallx.noSchedules')}</p>
      ) : (
        <table>
          <tbody>
            {schedules.map((s) => (
              <tr key={s.id}>
                <th scope="row">{nameOf(s.staffId)}</th>
                <td>
                  {t(`presence.${s.presence as Kind}`)}
                  {s.note && ` · ${s.note}`}
                </td>
                <td>
                  {shown(s.startsAt)} – {shown(s.endsAt)}
                </td>
                <td>
                  <button
                    type="button"
                    aria-label={`${t('hallx.cancelSchedule')}: ${nameOf(s.staffId)}`}
                    onClick={() => cancel(s.id)}
                  >
                    {t('hallx.cancelSchedule')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form class="admin-form schedule-form" onSubmit={add} aria-label={t('hallx.addSchedule')}>
        {self === undefined && (
          <label>
            {t('hallx.who')}
            <select value={staffId} onChange={(e) => setStaffId(e.currentTarget.value)} required>
              <option value="">—</option>
              {staff.map((m) => (
                <option key={m.id} value={String(m.id)}>
                  {m.name} {m.position}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          {t('hallx.what')}
          <select value={kind} onChange={(e) => setKind(e.currentTarget.value as Kind)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`presence.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('hallx.day')}
          <input type="date" value={day} onInput={(e) => setDay(e.currentTarget.value)} required />
        </label>
        <label class="check">
          <input
            type="checkbox"
            checked={wholeDay}
            onChange={(e) => setWholeDay(e.currentTarget.checked)}
          />
          {t('hallx.wholeDay')}
        </label>
        {!wholeDay && (
          <>
            <label>
              {t('hallx.from')}
              <input type="time" value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
            </label>
            <label>
              {t('hallx.to')}
              <input type="time" value={to} onInput={(e) => setTo(e.currentTarget.value)} />
            </label>
          </>
        )}
        <label>
          {t('hallx.note')}
          <input value={note} maxLength={80} onInput={(e) => setNote(e.currentTarget.value)} />
        </label>
        <ErrorAlert message={error} wide />
        <div class="row">
          <button class="primary" type="submit">
            {t('hallx.addSchedule')}
          </button>
        </div>
      </form>
    </section>
  );
}
