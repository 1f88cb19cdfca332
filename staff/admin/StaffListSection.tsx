/** Staff of the hall with a search; photos, CSV import and presence are the seat chart's sections. */
import { useEffect, useState } from 'preact/hooks';
import type { StaffMember } from '../../shared/schemas/hall';
import { t } from '../../shared/i18n';
import { api } from '../../shared/ui/api';
import { adminHall } from './use-admin-hall';

export function StaffListSection() {
  const [staff, setStaff] = useState<StaffMember[]>([]);
  const [query, setQuery] = useState('');
  useEffect(() => {
    void api<{ staff: StaffMember[] }>('/api/staff').then((res) => {
      if (res.ok) setStaff(res.data.staff);
    });
  }, []);
  const department = (id: number) =>
    adminHall.value?.departments.find((d) => d.id === id)?.name ?? '';
  const q = query.trim();
  const shown = staff.filter(
    (s) =>
      !q ||
      s.name.includes(q) ||
      s.team.includes(q) ||
      department(s.departmentId).includes(q) ||
      s.duties.some((d) => d.includes(q)),
  );
  return (
    <section class="card stack" aria-labelledby="staff-heading">
      <h2 id="staff-heading">{t('adminx.nav.staff')}</h2>
      <label>
        {t('adminx.staff.search')}
        <input type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      </label>
      <p>{t('adminx.staff.count', { n: shown.length })}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('adminx.staff.name')}</th>
            <th scope="col">{t('adminx.svc.department')}</th>
            <th scope="col">{t('adminx.staff.duties')}</th>
            <th scope="col">{t('adminx.dept.phone')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.slice(0, 200).map((s) => (
            <tr key={s.id}>
              <th scope="row">
                {s.name} <small>{s.position}</small>
              </th>
              <td>
                {department(s.departmentId)} {s.team}
              </td>
              <td>{s.duties.join(', ')}</td>
              <td>{s.extension}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
