/** Departments: name (ko/en), floor and room, phone, hours, the tasks the kiosk search finds, order. */
import { useState } from 'preact/hooks';
import type { Department } from '../../shared/schemas/hall';
import { t } from '../../shared/i18n';
import { api } from '../../shared/ui/api';
import { adminHall, reloadAdminHall } from './use-admin-hall';
import { ErrorAlert } from '../../shared/ui/components/ErrorAlert';
import { formErrors, FormErrorsProvider, NO_ERRORS, TextField, type FormErrors } from './fields';

type Draft = {
  slug: string;
  name: string;
  nameEn: string;
  floorId: string;
  room: string;
  phone: string;
  hours: string;
  tasks: string;
  sort: string;
};
const empty: Draft = {
  slug: '',
  name: '',
  nameEn: '',
  floorId: '',
  room: '',
  phone: '',
  hours: '09:00–18:00',
  tasks: '',
  sort: '0',
};
const draftOf = (d: Department): Draft => ({
  slug: d.slug,
  name: d.name,
  nameEn: d.nameEn,
  floorId: d.floorId === null ? '' : String(d.floorId),
  room: d.room,
  phone: d.phone,
  hours: d.hours,
  tasks: d.tasks.join(', '),
  sort: String(d.sort),
});

export function DepartmentsSection() {
  const hall = adminHall.value;
  const [editing, setEditing] = useState<number | null>(null);
  const [draft, setDraft] = useState<Draft>(empty);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [saved, setSaved] = useState<string | null>(null);
  if (!hall) return null;
  const bind = { draft, set: setDraft };
  const field = (key: keyof Draft) => ({
    value: draft[key],
    onInput: (e: Event) =>
      setDraft({ ...draft, [key]: (e.currentTarget as HTMLInputElement).value }),
  });

  async function save(event: Event) {
    event.preventDefault();
    const body = {
      slug: draft.slug,
      name: draft.name,
      nameEn: draft.nameEn,
      floorId: draft.floorId ? Number(draft.floorId) : null,
      room: draft.room,
      phone: draft.phone,
      hours: draft.hours,
      tasks: draft.tasks
        .split(/[,，]/)
        .map((s) => s.trim())
        .filter(Boolean),
      sort: Number(draft.sort) || 0,
    };
    const res = await api<{ department: Department }>(
      editing === null ? '/api/admin/departments' : `/api/admin/departments/${editing}`,
      { method: editing === null ? 'POST' : 'PUT', body },
    );
    if (!res.ok) return setErrors(formErrors(res.error));
    setErrors(NO_ERRORS);
    setSaved(t('adminx.saved', { name: res.data.department.name }));
    setEditing(null);
    setDraft(empty);
    await reloadAdminHall();
  }

  const floorName = (id: number | null) => hall.floors.find((f) => f.id === id)?.name ?? '—';

  return (
    <section class="card stack" aria-labelledby="departments-heading">
      <h2 id="departments-heading">{t('adminx.nav.departments')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('adminx.dept.name')}</th>
            <th scope="col">{t('adminx.dept.place')}</th>
            <th scope="col">{t('adminx.dept.phone')}</th>
            <th scope="col">{t('adminx.dept.tasks')}</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {hall.departments.map((d) => (
            <tr key={d.id}>
              <th scope="row">
                {d.name}
                <br />
                <small>{d.nameEn}</small>
              </th>
              <td>
                {floorName(d.floorId)} {d.room}
              </td>
              <td class="phone-number">{d.phone}</td>
              <td>{d.tasks.join(', ')}</td>
              <td>
                <button
                  type="button"
                  aria-label={`${t('adminx.edit')}: ${d.name}`}
                  onClick={() => {
                    setEditing(d.id);
                    setDraft(draftOf(d));
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
        <form class="admin-form" onSubmit={save} aria-labelledby="department-form-heading">
          <h3 id="department-form-heading">
            {editing === null ? t('adminx.dept.new') : t('adminx.dept.edit')}
          </h3>
          <TextField {...bind} name="name" label={t('adminx.dept.name')} required maxLength={80} />
          <TextField {...bind} name="nameEn" label={t('adminx.dept.nameEn')} maxLength={80} />
          <TextField
            {...bind}
            name="slug"
            label={t('adminx.dept.slug')}
            required
            pattern="[a-z0-9-]+"
            maxLength={40}
          />
          <label>
            {t('adminx.dept.floor')}
            <select {...field('floorId')}>
              <option value="">—</option>
              {hall.floors.map((f) => (
                <option key={f.id} value={String(f.id)}>
                  {f.name}
                </option>
              ))}
            </select>
          </label>
          <TextField {...bind} name="room" label={t('adminx.dept.room')} maxLength={40} />
          <TextField {...bind} name="phone" label={t('adminx.dept.phone')} maxLength={40} />
          <TextField {...bind} name="hours" label={t('adminx.dept.hours')} maxLength={80} />
          <TextField {...bind} name="tasks" label={t('adminx.dept.tasks')} wide />
          <TextField {...bind} name="sort" label={t('adminx.sort')} type="number" />
          <div class="row">
            <ErrorAlert message={errors.message} />
            <button class="primary" type="submit">
              {t('adminx.save')}
            </button>
            {editing !== null && (
              <button
                type="button"
                onClick={() => {
                  setEditing(null);
                  setDraft(empty);
                }}
              >
                {t('adminx.cancel')}
              </button>
            )}
          </div>
        </form>
      </FormErrorsProvider>
      {saved && !errors.message && <p role="status">{saved}</p>}
    </section>
  );
}
