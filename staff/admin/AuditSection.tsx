/** The event log: every change, when, and who made it. */
import { useEffect, useState } from 'preact/hooks';
import type { AuditEntry } from '../../shared/schemas/admin';
import { t } from '../../shared/i18n';
import { api } from '../../shared/ui/api';
import { HALL_TIME_ZONE } from '../../shared/hall-time';

const time = (iso: string) =>
  new Date(iso).toLocaleString('ko-KR', {
    timeZone: HALL_TIME_ZONE,
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });

export function AuditSection() {
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [filter, setFilter] = useState('');
  const load = async () => {
    const res = await api<{ entries: AuditEntry[] }>('/api/admin/audit?limit=300');
    if (res.ok) setEntries(res.data.entries);
  };
  useEffect(() => {
    void load();
  }, []);
  const shown = (entries ?? []).filter(
    (e) => !filter || e.type.includes(filter) || e.actorName.includes(filter),
  );
  return (
    <section class="card stack" aria-labelledby="audit-heading">
      <h2 id="audit-heading">{t('adminx.nav.audit')}</h2>
      <div class="row">
        <label>
          {t('adminx.audit.filter')}
          <input value={filter} onInput={(e) => setFilter(e.currentTarget.value)} />
        </label>
        <button type="button" onClick={() => void load()}>
          {t('adminx.audit.reload')}
        </button>
      </div>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('adminx.audit.at')}</th>
            <th scope="col">{t('adminx.audit.who')}</th>
            <th scope="col">{t('adminx.audit.what')}</th>
            <th scope="col">{t('adminx.audit.detail')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((e) => (
            <tr key={e.seq}>
              <td>{time(e.at)}</td>
              <td>{e.actorName}</td>
              <td>
                <code>{e.type}</code>
              </td>
              <td>
                <code class="audit-payload">{JSON.stringify(e.payload)}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
