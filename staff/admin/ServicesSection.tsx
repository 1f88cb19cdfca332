/**
 * Services (ticket prefix, department, daily cap, open, priority policy, when issuing stops before
 * closing) and counters (number, department, the services each serves).
 */
import { useEffect, useState } from 'preact/hooks';
import type {
  Counter,
  Service,
  ServicePriorityPolicy,
  ServiceRules,
} from '../../shared/schemas/hall';
import { t } from '../../shared/i18n';
import { api } from '../../shared/ui/api';
import { adminHall, reloadAdminHall } from './use-admin-hall';
import { ErrorAlert } from '../../shared/ui/components/ErrorAlert';

type ServiceDraft = {
  code: string;
  name: string;
  nameEn: string;
  departmentId: string;
  avgServiceMin: string;
  dailyCap: string;
  open: boolean;
  priorityPolicy: ServicePriorityPolicy;
  ratioNormal: string;
  stopBeforeCloseMin: string;
};
const emptyService: ServiceDraft = {
  code: '',
  name: '',
  nameEn: '',
  departmentId: '',
  avgServiceMin: '5',
  dailyCap: '',
  open: true,
  priorityPolicy: 'profile',
  ratioNormal: '',
  stopBeforeCloseMin: '',
};
const POLICIES: ServicePriorityPolicy[] = ['profile', 'ratio', 'strict', 'none'];

export function ServicesSection() {
  const hall = adminHall.value;
  const [service, setService] = useState<ServiceDraft>(emptyService);
  const [editingService, setEditingService] = useState<number | null>(null);
  const [counter, setCounter] = useState({
    number: '',
    departmentId: '',
    serviceIds: [] as number[],
  });
  const [editingCounter, setEditingCounter] = useState<number | null>(null);
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
  const serviceName = (id: number) => hall.services.find((s) => s.id === id)?.name ?? '—';

  async function saveService(event: Event) {
    event.preventDefault();
    const body = {
      code: Number(service.code),
      name: service.name,
      nameEn: service.nameEn,
      departmentId: Number(service.departmentId),
      avgServiceMin: Number(service.avgServiceMin) || 5,
      dailyCap: service.dailyCap ? Number(service.dailyCap) : null,
      open: service.open,
      sort: Number(service.code),
    };
    const res = await api<{ service: Service }>(
      editingService === null ? '/api/admin/services' : `/api/admin/services/${editingService}`,
      { method: editingService === null ? 'POST' : 'PUT', body },
    );
    if (!res.ok) return setError(res.error.message);
    const ruled = await api(`/api/hall/services/${res.data.service.id}/rules`, {
      method: 'PUT',
      body: {
        priorityPolicy: service.priorityPolicy,
        ratioNormal:
          service.priorityPolicy === 'ratio' ? Number(service.ratioNormal) || null : null,
        stopBeforeCloseMin:
          service.stopBeforeCloseMin === '' ? null : Number(service.stopBeforeCloseMin),
      },
    });
    await loadRules();
    if (!ruled.ok) return setError(ruled.error.message);
    setError(null);
    setSaved(t('adminx.saved', { name: res.data.service.name }));
    setService(emptyService);
    setEditingService(null);
    await reloadAdminHall();
  }

  async function saveCounter(event: Event) {
    event.preventDefault();
    const body = {
      number: Number(counter.number),
      departmentId: Number(counter.departmentId),
      serviceIds: counter.serviceIds,
    };
    const res = await api<{ counter: Counter }>(
      editingCounter === null ? '/api/admin/counters' : `/api/admin/counters/${editingCounter}`,
      { method: editingCounter === null ? 'POST' : 'PUT', body },
    );
    if (!res.ok) return setError(res.error.message);
    setError(null);
    setSaved(t('adminx.savedCounter', { number: res.data.counter.number }));
    setCounter({ number: '', departmentId: '', serviceIds: [] });
    setEditingCounter(null);
    await reloadAdminHall();
  }

  const toggle = (id: number) =>
    setCounter({
      ...counter,
      serviceIds: counter.serviceIds.includes(id)
        ? counter.serviceIds.filter((s) => s !== id)
        : [...counter.serviceIds, id],
    });

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
                    setService({
                      code: String(s.code),
                      name: s.name,
                      nameEn: s.nameEn,
                      departmentId: String(s.departmentId),
                      avgServiceMin: String(s.avgServiceMin),
                      dailyCap: s.dailyCap === null ? '' : String(s.dailyCap),
                      open: s.open,
                      priorityPolicy: rules[String(s.id)]?.priorityPolicy ?? 'profile',
                      ratioNormal: String(rules[String(s.id)]?.ratioNormal ?? ''),
                      stopBeforeCloseMin: String(rules[String(s.id)]?.stopBeforeCloseMin ?? ''),
                    });
                  }}
                >
                  {t('adminx.edit')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form class="admin-form" onSubmit={saveService} aria-labelledby="service-form-heading">
        <h3 id="service-form-heading">
          {editingService === null ? t('adminx.svc.new') : t('adminx.svc.edit')}
        </h3>
        <label>
          {t('adminx.svc.name')}
          <input
            value={service.name}
            onInput={(e) => setService({ ...service, name: e.currentTarget.value })}
            required
            maxLength={80}
          />
        </label>
        <label>
          {t('adminx.svc.nameEn')}
          <input
            value={service.nameEn}
            onInput={(e) => setService({ ...service, nameEn: e.currentTarget.value })}
            maxLength={80}
          />
        </label>
        <label>
          {t('adminx.svc.code')}
          <input
            type="number"
            min={0}
            max={99}
            value={service.code}
            onInput={(e) => setService({ ...service, code: e.currentTarget.value })}
            required
          />
        </label>
        <label>
          {t('adminx.svc.department')}
          <select
            value={service.departmentId}
            onChange={(e) => setService({ ...service, departmentId: e.currentTarget.value })}
            required
          >
            <option value="">—</option>
            {hall.departments.map((d) => (
              <option key={d.id} value={String(d.id)}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('adminx.svc.avg')}
          <input
            type="number"
            min={1}
            step="0.5"
            value={service.avgServiceMin}
            onInput={(e) => setService({ ...service, avgServiceMin: e.currentTarget.value })}
          />
        </label>
        <label>
          {t('adminx.svc.cap')}
          <input
            type="number"
            min={1}
            value={service.dailyCap}
            onInput={(e) => setService({ ...service, dailyCap: e.currentTarget.value })}
          />
        </label>
        <label>
          {t('hallx.svc.policy')}
          <select
            value={service.priorityPolicy}
            onChange={(e) =>
              setService({
                ...service,
                priorityPolicy: e.currentTarget.value as ServicePriorityPolicy,
              })
            }
          >
            {POLICIES.map((p) => (
              <option key={p} value={p}>
                {t(`hallx.svc.policy.${p}`)}
              </option>
            ))}
          </select>
        </label>
        {service.priorityPolicy === 'ratio' && (
          <label>
            {t('hallx.svc.ratio')}
            <input
              type="number"
              min={1}
              max={20}
              required
              value={service.ratioNormal}
              onInput={(e) => setService({ ...service, ratioNormal: e.currentTarget.value })}
            />
          </label>
        )}
        <label>
          {t('hallx.svc.stopBefore')}
          <input
            type="number"
            min={0}
            max={240}
            placeholder={t('hallx.svc.stopBeforeProfile')}
            value={service.stopBeforeCloseMin}
            onInput={(e) => setService({ ...service, stopBeforeCloseMin: e.currentTarget.value })}
          />
        </label>
        <label class="check">
          <input
            type="checkbox"
            checked={service.open}
            onChange={(e) => setService({ ...service, open: e.currentTarget.checked })}
          />
          {t('adminx.svc.open')}
        </label>
        <div class="row">
          <button class="primary" type="submit">
            {t('adminx.save')}
          </button>
        </div>
      </form>

      <h3>{t('adminx.ctr.list')}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('adminx.ctr.number')}</th>
            <th scope="col">{t('adminx.svc.department')}</th>
            <th scope="col">{t('adminx.ctr.services')}</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {hall.counters.map((c) => (
            <tr key={c.id}>
              <th scope="row">{t('adminx.ctr.label', { number: c.number })}</th>
              <td>{departmentName(c.departmentId)}</td>
              <td>{c.serviceIds.map(serviceName).join(', ')}</td>
              <td>
                <button
                  type="button"
                  aria-label={`${t('adminx.edit')}: ${t('adminx.ctr.label', { number: c.number })}`}
                  onClick={() => {
                    setEditingCounter(c.id);
                    setCounter({
                      number: String(c.number),
                      departmentId: String(c.departmentId),
                      serviceIds: c.serviceIds,
                    });
                  }}
                >
                  {t('adminx.edit')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form class="admin-form" onSubmit={saveCounter} aria-labelledby="counter-form-heading">
        <h3 id="counter-form-heading">
          {editingCounter === null ? t('adminx.ctr.new') : t('adminx.ctr.edit')}
        </h3>
        <label>
          {t('adminx.ctr.number')}
          <input
            type="number"
            min={0}
            value={counter.number}
            onInput={(e) => setCounter({ ...counter, number: e.currentTarget.value })}
            required
          />
        </label>
        <label>
          {t('adminx.svc.department')}
          <select
            value={counter.departmentId}
            onChange={(e) => setCounter({ ...counter, departmentId: e.currentTarget.value })}
            required
          >
            <option value="">—</option>
            {hall.departments.map((d) => (
              <option key={d.id} value={String(d.id)}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
        <fieldset class="wide">
          <legend>{t('adminx.ctr.services')}</legend>
          {hall.services.map((s) => (
            <label key={s.id} class="check">
              <input
                type="checkbox"
                checked={counter.serviceIds.includes(s.id)}
                onChange={() => toggle(s.id)}
              />
              {s.code} · {s.name}
            </label>
          ))}
        </fieldset>
        <div class="row">
          <button class="primary" type="submit">
            {t('adminx.ctr.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
