/**
 * Services (ticket prefix, department, daily cap, open, the tasks the kiosk asks, priority policy,
 * when issuing stops before closing) and counters (number, department, the services each serves).
 */
import { useEffect, useState } from 'preact/hooks';
import type { ServiceRules } from '../../shared/schemas/hall';
import { t } from '../../shared/i18n';
import { api } from '../../shared/ui/api';
import { adminHall, reloadAdminHall } from './use-admin-hall';
import { ErrorAlert } from '../../shared/ui/components/ErrorAlert';
import { CountersPanel } from './CountersPanel';
import { emptyService, ServiceForm, serviceDraft, type ServiceDraft } from './ServiceForm';

export function ServicesSection() {
  const hall = adminHall.value;
  const [service, setService] = useState<ServiceDraft>(emptyService);
  const [editingService, setEditingService] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [rules, setRules] = useState<Record<string, ServiceRules>>({});
  const loadRules = async () => {
    const res = await api<{ rules: Record<string, ServiceRules> }>('/api/hall/service-rules');
    if (res.ok) setRules(res.data.rules);
  };
  useEffect(() => {
    void loadRules();
  }, []);
  if (!hall) return null;
  const rulesText = (id: number) => {
    const r = rules[String(id)];
    if (!r) return t('hallx.svc.policy.profile');
    const policy =
      r.priorityPolicy === 'ratio'
        ? t('hallx.svc.ratioOf', { n: r.ratioNormal ?? 0 })
        : t(`hallx.svc.policy.${r.priorityPolicy}`);
    return r.stopBeforeCloseMin === null
      ? policy
      : `${policy} · ${t('hallx.svc.stopsBefore', { n: r.stopBeforeCloseMin })}`;
  };
  const departmentName = (id: number) => hall.departments.find((d) => d.id === id)?.name ?? '—';
  const show = (result: { ok: true; message: string } | { ok: false; message: string }) => {
    setError(result.ok ? null : result.message);
    if (result.ok) setSaved(result.message);
  };

  return (
    <section class="card stack" aria-labelledby="services-heading">
      <h2 id="services-heading">{t('adminx.nav.services')}</h2>
      <ErrorAlert message={error} />
      {saved && !error && <p role="status">{saved}</p>}
      <h3>{t('adminx.svc.list')}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('adminx.svc.code')}</th>
            <th scope="col">{t('adminx.svc.name')}</th>
            <th scope="col">{t('adminx.svc.department')}</th>
            <th scope="col">{t('adminx.svc.cap')}</th>
            <th scope="col">{t('hallx.svc.rules')}</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {hall.services.map((s) => (
            <tr key={s.id}>
              <td>{s.code}</td>
              <th scope="row">
                {s.name} {!s.open && <span class="badge off">{t('adminx.svc.closed')}</span>}
                {s.tasks.length > 0 && (
                  <span class="service-task-names">
                    {t('adminx.svc.taskList', {
                      tasks: s.tasks.map((task) => task.name).join(' · '),
                    })}
                  </span>
                )}
              </th>
              <td>{departmentName(s.departmentId)}</td>
              <td>{s.dailyCap ?? '—'}</td>
              <td>{rulesText(s.id)}</td>
              <td>
                <button
                  type="button"
                  aria-label={`${t('adminx.edit')}: ${s.name}`}
                  onClick={() => {
                    setEditingService(s.id);
                    setService(serviceDraft(s, rules[String(s.id)]));
                  }}
                >
                  {t('adminx.edit')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ServiceForm
        editing={editingService}
        draft={service}
        set={setService}
        departments={hall.departments}
        onSaved={async (name) => {
          await loadRules();
          show({ ok: true, message: t('adminx.saved', { name }) });
          setService(emptyService);
          setEditingService(null);
          await reloadAdminHall();
        }}
      />
      <CountersPanel hall={hall} onSaved={show} />
    </section>
  );
}
