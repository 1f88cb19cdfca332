/**
 * 직원: everyone of the hall with a search, live from the admin stream; add, edit, retire, photo,
 * sign-in account, CSV import and the seat plan open from here.
 */
import { useState } from 'preact/hooks';
import type { AccountAdminRow } from '../../shared/schemas/accounts';
import type { StaffAdminRow } from '../../shared/schemas/staff';
import { t } from '../../shared/i18n';
import { useStaffSocket } from '../../shared/ui/components/DeviceGate';
import { useLive } from '../../shared/ui/use-live';
import { StaffAccountPanel } from './StaffAccountPanel';
import { StaffEditor } from './StaffEditor';
import { StaffImport } from './StaffImport';
import { StaffSeatPlan } from './StaffSeatPlan';
import { adminHall } from './use-admin-hall';
import './staff-admin.css';

type Mode =
  | { kind: 'list' }
  | { kind: 'edit'; id: number | null; opened: number }
  | { kind: 'import' }
  | { kind: 'seats' };

const EMPTY_STAFF: StaffAdminRow[] = [];
const EMPTY_ACCOUNTS: AccountAdminRow[] = [];

export function StaffListSection() {
  const socket = useStaffSocket();
  const live = useLive(socket, { kind: 'admin' });
  const staff = live.state.value?.staff ?? EMPTY_STAFF;
  const accounts = live.state.value?.accounts ?? EMPTY_ACCOUNTS;
  const [query, setQuery] = useState('');
  const [showRetired, setShowRetired] = useState(false);
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const departments = adminHall.value?.departments ?? [];
  const department = (id: number) => departments.find((d) => d.id === id)?.name ?? '';
  const accountOf = (staffId: number) =>
    accounts.find((a) => a.staffId === staffId && !a.disabled) ??
    accounts.find((a) => a.staffId === staffId);

  const q = query.trim().toLowerCase();
  const shown = staff.filter(
    (s) =>
      (showRetired || !s.retiredAt) &&
      (!q ||
        s.name.includes(q) ||
        s.nameEn.toLowerCase().includes(q) ||
        s.team.includes(q) ||
        s.position.includes(q) ||
        department(s.departmentId).includes(q) ||
        s.duties.some((d) => d.toLowerCase().includes(q))),
  );
  const editing =
    mode.kind === 'edit' && mode.id !== null ? staff.find((s) => s.id === mode.id) : undefined;

  return (
    <section class="card stack staff-admin" aria-labelledby="staff-heading">
      <h2 id="staff-heading">{t('adminx.nav.staff')}</h2>
      <div class="row staff-toolbar">
        <button
          type="button"
          class="primary"
          onClick={() => setMode({ kind: 'edit', id: null, opened: Date.now() })}
        >
          {t('staffadm.add')}
        </button>
        <button type="button" onClick={() => setMode({ kind: 'import' })}>
          {t('staffadm.import')}
        </button>
        <button type="button" onClick={() => setMode({ kind: 'seats' })}>
          {t('staffadm.seatPlan')}
        </button>
      </div>

      {mode.kind === 'edit' && (
        <StaffEditor
          key={mode.opened}
          row={editing ?? null}
          account={editing ? accountOf(editing.id) : undefined}
          departments={departments}
          onSaved={(id) => setMode({ ...mode, id })}
          onClose={() => setMode({ kind: 'list' })}
        />
      )}
      {mode.kind === 'import' && <StaffImport onClose={() => setMode({ kind: 'list' })} />}
      {mode.kind === 'seats' && (
        <StaffSeatPlan
          staff={staff}
          departments={departments}
          onClose={() => setMode({ kind: 'list' })}
        />
      )}

      <div class="row staff-filter">
        <label class="grow">
          {t('staffadm.search')}
          <input type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
        </label>
        <label class="check">
          <input
            type="checkbox"
            checked={showRetired}
            onChange={(e) => setShowRetired(e.currentTarget.checked)}
          />
          {t('staffadm.showRetired')}
        </label>
      </div>
      <p role="status">
        {live.state.value ? t('adminx.staff.count', { n: shown.length }) : t('common.loading')}
      </p>
      <table class="staff-table">
        <thead>
          <tr>
            <th scope="col">{t('adminx.staff.name')}</th>
            <th scope="col">{t('adminx.svc.department')}</th>
            <th scope="col">{t('staffadm.position')}</th>
            <th scope="col">{t('adminx.staff.duties')}</th>
            <th scope="col">{t('staffadm.extension')}</th>
            <th scope="col">{t('staffadm.account')}</th>
            <th scope="col">
              <span class="visually-hidden">{t('staffadm.edit')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.slice(0, 300).map((s) => {
            const account = accountOf(s.id);
            return (
              <tr key={s.id} class={s.retiredAt ? 'retired' : ''}>
                <th scope="row">
                  <span class="staff-name">
                    {s.photoUrl && s.photoConsentAt ? (
                      <img class="staff-thumb" src={s.photoUrl} alt="" />
                    ) : (
                      <span class="staff-thumb empty" aria-hidden="true" />
                    )}
                    <span>
                      {s.name}
                      {s.leader && <span class="badge ok">{t('staffadm.leader')}</span>}
                      {s.retiredAt && <span class="badge off">{t('staffadm.retired')}</span>}
                      {s.nameEn && <small class="staff-en">{s.nameEn}</small>}
                    </span>
                  </span>
                </th>
                <td>
                  {department(s.departmentId)}
                  {s.team && <small class="staff-en">{s.team}</small>}
                </td>
                <td>{s.position}</td>
                <td>{s.duties.join(', ')}</td>
                <td class="phone-number">{s.extension}</td>
                <td>
                  {account ? (
                    <>
                      {account.username} · {t(`staffadm.role.${account.role}`)}
                      {account.disabled && <span class="badge off">{t('staffadm.disabled')}</span>}
                    </>
                  ) : (
                    '—'
                  )}
                </td>
                <td>
                  <button
                    type="button"
                    aria-label={t('staffadm.editOf', { name: s.name })}
                    onClick={() => {
                      setMode({ kind: 'edit', id: s.id, opened: Date.now() });
                      window.scrollTo({ top: 0 });
                    }}
                  >
                    {t('staffadm.edit')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {accounts.some((a) => a.staffId === null) && (
        <details class="staff-other-accounts">
          <summary>
            {t('staffadm.otherAccounts', { n: accounts.filter((a) => a.staffId === null).length })}
          </summary>
          <p>{t('staffadm.otherAccountsHelp')}</p>
          {accounts
            .filter((a) => a.staffId === null)
            .map((a) => (
              <StaffAccountPanel key={a.id} row={null} account={a} />
            ))}
        </details>
      )}
    </section>
  );
}
