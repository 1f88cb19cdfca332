/** Counters: the list, and the form that adds or edits one (number, department, services). */
import { useState } from 'preact/hooks';
import type { Counter } from '../../shared/schemas/hall';
import { t } from '../../shared/i18n';
import { api } from '../../shared/ui/api';
import {
  DepartmentField,
  formErrors,
  FormErrorsProvider,
  NO_ERRORS,
  SaveRow,
  TextField,
  type FormErrors,
} from './fields';
import { reloadAdminHall, type AdminHall } from './use-admin-hall';

type CounterDraft = { number: string; departmentId: string; serviceIds: number[] };
const emptyCounter: CounterDraft = { number: '', departmentId: '', serviceIds: [] };

export function CountersPanel({
  hall,
  onSaved,
}: {
  hall: AdminHall;
  /** With the saved message; a refusal is shown in the form, next to its field. */
  onSaved: (result: { ok: true; message: string }) => void;
}) {
  const [draft, setDraft] = useState<CounterDraft>(emptyCounter);
  const [editing, setEditing] = useState<number | null>(null);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const departmentName = (id: number) => hall.departments.find((d) => d.id === id)?.name ?? '—';
  const serviceName = (id: number) => hall.services.find((s) => s.id === id)?.name ?? '—';
  const toggle = (id: number) =>
    setDraft({
      ...draft,
      serviceIds: draft.serviceIds.includes(id)
        ? draft.serviceIds.filter((s) => s !== id)
        : [...draft.serviceIds, id],
    });

  async function save(event: Event) {
    event.preventDefault();
    const res = await api<{ counter: Counter }>(
      editing === null ? '/api/admin/counters' : `/api/admin/counters/${editing}`,
      {
        method: editing === null ? 'POST' : 'PUT',
        body: {
          number: Number(draft.number),
          departmentId: Number(draft.departmentId),
          serviceIds: draft.serviceIds,
        },
      },
    );
    if (!res.ok) return setErrors(formErrors(res.error));
    setErrors(NO_ERRORS);
    onSaved({ ok: true, message: t('adminx.savedCounter', { number: res.data.counter.number }) });
    setDraft(emptyCounter);
    setEditing(null);
    await reloadAdminHall();
  }

  return (
    <>
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
                    setEditing(c.id);
                    setDraft({
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
      <FormErrorsProvider value={errors}>
        <form class="admin-form" onSubmit={save} aria-labelledby="counter-form-heading">
          <h3 id="counter-form-heading">
            {editing === null ? t('adminx.ctr.new') : t('adminx.ctr.edit')}
          </h3>
          <TextField
            draft={draft}
            set={setDraft}
            name="number"
            label={t('adminx.ctr.number')}
            type="number"
            min={0}
            required
          />
          <DepartmentField
            draft={draft}
            set={setDraft}
            name="departmentId"
            departments={hall.departments}
          />
          <fieldset class="wide">
            <legend>{t('adminx.ctr.services')}</legend>
            {hall.services.map((s) => (
              <label key={s.id} class="check">
                <input
                  type="checkbox"
                  checked={draft.serviceIds.includes(s.id)}
                  onChange={() => toggle(s.id)}
                />
                {s.code} · {s.name}
              </label>
            ))}
          </fieldset>
          <SaveRow label={t('adminx.ctr.save')} />
        </form>
      </FormErrorsProvider>
    </>
  );
}
