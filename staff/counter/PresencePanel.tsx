/**
 * The officer's own presence, one tap from the counter console: 재실, 회의, 교육, 점심 … with an
 * optional return time and stand-in. The seat chart by the office door changes within a second.
 */
import { useEffect, useState } from 'preact/hooks';
import { errorText, t } from '../../shared/i18n';
import { Presence, type Department, type StaffMember } from '../../shared/schemas/hall';
import { api } from '../../shared/ui/api';
import { PresenceSchedules } from '../../shared/ui/components/PresenceSchedules';
import './presence.css';

type Me = { staff: StaffMember; department: Department; colleagues: StaffMember[] };

/** How often the panel rereads its record, in case an administrator changed it. */
const REFRESH_MS = 30_000;

export function PresencePanel() {
  const [me, setMe] = useState<Me | null>(null);
  const [missing, setMissing] = useState(false);
  const [returnAt, setReturnAt] = useState('');
  const [proxyId, setProxyId] = useState<number | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  async function load() {
    const res = await api<Me>('/api/staff/me');
    if (res.ok) {
      setMe(res.data);
      setProxyId((current) => current ?? res.data.staff.proxyId);
    } else if (res.status === 404) setMissing(true);
  }
  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => clearInterval(timer);
  }, []);

  if (missing) return <p class="card">{t('presencePanel.noStaff')}</p>;
  if (!me) return null;
  const staff = me.staff;

  async function choose(presence: Presence) {
    if (busy) return;
    setBusy(true);
    const present = presence === 'in' || presence === 'counter';
    const res = await api<{ staff: StaffMember }>(`/api/staff/${staff.id}/presence`, {
      body: present ? { presence } : { presence, returnAt: returnAt || null, proxyId },
    });
    setBusy(false);
    if (res.ok) {
      setMe((m) => (m ? { ...m, staff: res.data.staff } : m));
      setMessage({
        text: t('presencePanel.saved', { status: t(`presence.${presence}`) }),
        error: false,
      });
      if (present) setReturnAt('');
    } else setMessage({ text: errorText(res.error), error: true });
  }

  return (
    <section class="card stack presence-panel" aria-labelledby="presence-panel-title">
      <h2 id="presence-panel-title">{t('presencePanel.title')}</h2>
      <p class="presence-now" data-testid="presence-now">
        {staff.name} {staff.position} ·{' '}
        {t('presencePanel.now', { status: t(`presence.${staff.presence}`) })}
        {staff.returnAt && ` · ${t('seats.return', { time: staff.returnAt })}`}
      </p>
      <div class="row presence-options">
        <label>
          {t('presencePanel.return')}
          <input type="time" value={returnAt} onInput={(e) => setReturnAt(e.currentTarget.value)} />
        </label>
        <label>
          {t('presencePanel.proxy')}
          <select
            value={proxyId ?? ''}
            onChange={(e) => setProxyId(Number(e.currentTarget.value) || null)}
          >
            <option value="">{t('presencePanel.none')}</option>
            {me.colleagues
              .filter((c) => c.id !== staff.id)
              .map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name} {c.position}
                </option>
              ))}
          </select>
        </label>
      </div>
      <div class="presence-buttons" role="group" aria-label={t('presencePanel.title')}>
        {Presence.options.map((p) => (
          <button
            type="button"
            key={p}
            class={staff.presence === p ? 'primary' : ''}
            aria-pressed={staff.presence === p}
            disabled={busy}
            onClick={() => void choose(p)}
          >
            {t(`presence.${p}`)}
          </button>
        ))}
      </div>
      {message && (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error-text' : ''}>
          {message.text}
        </p>
      )}
      <PresenceSchedules self={staff.id} />
    </section>
  );
}
