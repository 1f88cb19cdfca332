/** Adds or edits one staff member; for an existing one also the photo, the account and retirement. */
import { useState } from 'preact/hooks';
import type { AccountAdminRow } from '../../shared/schemas/accounts';
import type { Department } from '../../shared/schemas/hall';
import type { StaffAdminRow } from '../../shared/schemas/staff';
import { t } from '../../shared/i18n';
import { api } from '../../shared/ui/api';
import { errorText } from './staff-admin-api';
import { StaffAccountPanel } from './StaffAccountPanel';
import { StaffPhotoUpload } from './StaffPhotoUpload';
import { ErrorAlert } from '../../shared/ui/components/ErrorAlert';
import { DepartmentOptions } from './fields';

export function StaffEditor({
  row,
  account,
  departments,
  onSaved,
  onClose,
}: {
  row: StaffAdminRow | null;
  account: AccountAdminRow | undefined;
  departments: Department[];
  onSaved: (id: number) => void;
  onClose: () => void;
}) {
  const [name, setName] = useState(row?.name ?? '');
  const [nameEn, setNameEn] = useState(row?.nameEn ?? '');
  const [departmentId, setDepartmentId] = useState(row?.departmentId ?? departments[0]?.id ?? 0);
  const [team, setTeam] = useState(row?.team ?? '');
  const [position, setPosition] = useState(row?.position ?? '');
  const [duties, setDuties] = useState(row?.duties.join('\n') ?? '');
  const [extension, setExtension] = useState(row?.extension ?? '');
  const [leader, setLeader] = useState(row?.leader ?? false);
  const [seatRow, setSeatRow] = useState(row ? String(row.seat.row) : '');
  const [seatCol, setSeatCol] = useState(row ? String(row.seat.col) : '');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const retired = Boolean(row?.retiredAt);

  async function save(event: Event) {
    event.preventDefault();
    if (busy) return;
    const seat =
      seatRow.trim() !== '' && seatCol.trim() !== ''
        ? { row: Number(seatRow), col: Number(seatCol) }
        : undefined;
    const body = {
      name,
      nameEn,
      departmentId,
      team,
      position,
      duties: duties
        .split(/\n|;/)
        .map((d) => d.trim())
        .filter(Boolean),
      extension,
      leader,
      ...(seat ? { seat } : {}),
    };
    setBusy(true);
    const res = await api<{ staff: StaffAdminRow }>(row ? `/api/staff/${row.id}` : '/api/staff', {
      method: row ? 'PUT' : 'POST',
      body,
    });
    setBusy(false);
    if (!res.ok) {
      setStatus(null);
      setError(errorText(res.error));
      return;
    }
    setError(null);
    setStatus(t(row ? 'staffadm.saved' : 'staffadm.added', { name: res.data.staff.name }));
    setSeatRow(String(res.data.staff.seat.row));
    setSeatCol(String(res.data.staff.seat.col));
    onSaved(res.data.staff.id);
  }

  async function retire(action: 'retire' | 'reinstate') {
    if (!row) return;
    if (action === 'retire' && !window.confirm(t('staffadm.retireConfirm', { name: row.name })))
      return;
    const res = await api<{ staff: StaffAdminRow }>(`/api/staff/${row.id}/${action}`, {
      method: 'POST',
      body: {},
    });
    if (!res.ok) return setError(errorText(res.error));
    setError(null);
    setStatus(t(action === 'retire' ? 'staffadm.retiredDone' : 'staffadm.reinstated'));
  }

  const headingId = `staff-editor-${row?.id ?? 'new'}`;
  return (
    <section class="staff-editor stack" aria-labelledby={headingId}>
      <div class="row staff-editor-head">
        <h3 id={headingId}>
          {row ? t('staffadm.editTitle', { name: row.name }) : t('staffadm.add')}
        </h3>
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      {retired && <p class="badge off">{t('staffadm.retiredNote')}</p>}
      <form class="admin-form" onSubmit={save}>
        <label>
          {t('staffadm.name')}
          <input
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
            required
            maxLength={40}
            disabled={retired}
          />
        </label>
        <label>
          {t('staffadm.nameEn')}
          <input
            value={nameEn}
            onInput={(e) => setNameEn(e.currentTarget.value)}
            maxLength={60}
            lang="en"
            disabled={retired}
          />
        </label>
        <label>
          {t('adminx.svc.department')}
          <select
            value={String(departmentId)}
            onChange={(e) => setDepartmentId(Number(e.currentTarget.value))}
            disabled={retired}
          >
            <DepartmentOptions departments={departments} />
          </select>
        </label>
        <label>
          {t('staffadm.team')}
          <input
            value={team}
            onInput={(e) => setTeam(e.currentTarget.value)}
            maxLength={40}
            disabled={retired}
          />
        </label>
        <label>
          {t('staffadm.position')}
          <input
            value={position}
            onInput={(e) => setPosition(e.currentTarget.value)}
            required
            maxLength={40}
            disabled={retired}
          />
        </label>
        <label>
          {t('staffadm.extension')}
          <input
            value={extension}
            onInput={(e) => setExtension(e.currentTarget.value)}
            required
            inputMode="tel"
            pattern="[0-9][0-9\-]{1,19}"
            placeholder="02-0000-1234"
            disabled={retired}
          />
        </label>
        <label class="wide">
          {t('staffadm.duties')}
          <textarea
            rows={3}
            value={duties}
            onInput={(e) => setDuties(e.currentTarget.value)}
            aria-describedby={`${headingId}-duties-hint`}
            disabled={retired}
          />
          <small id={`${headingId}-duties-hint`}>{t('staffadm.dutiesHint')}</small>
        </label>
        <label class="check">
          <input
            type="checkbox"
            checked={leader}
            onChange={(e) => {
              setLeader(e.currentTarget.checked);
              // A new leader goes to a free desk at the head unless a seat is typed in.
              if (e.currentTarget.checked && seatRow !== '0') {
                setSeatRow('');
                setSeatCol('');
              }
            }}
            disabled={retired}
          />
          {t('staffadm.leaderFlag')}
        </label>
        <label>
          {t('staffadm.seatRow')}
          <input
            type="number"
            min={0}
            max={30}
            value={seatRow}
            onInput={(e) => setSeatRow(e.currentTarget.value)}
            placeholder={t('staffadm.seatAuto')}
            disabled={retired}
          />
        </label>
        <label>
          {t('staffadm.seatCol')}
          <input
            type="number"
            min={1}
            max={12}
            value={seatCol}
            onInput={(e) => setSeatCol(e.currentTarget.value)}
            placeholder={t('staffadm.seatAuto')}
            disabled={retired}
          />
        </label>
        <ErrorAlert message={error} wide />
        {status && (
          <p class="wide staff-ok" role="status">
            {status}
          </p>
        )}
        <div class="row">
          {!retired && (
            <button class="primary" type="submit" disabled={busy}>
              {row ? t('staffadm.save') : t('staffadm.addSubmit')}
            </button>
          )}
          {row && !retired && (
            <button type="button" class="danger" onClick={() => void retire('retire')}>
              {t('staffadm.retire')}
            </button>
          )}
          {row && retired && (
            <button type="button" onClick={() => void retire('reinstate')}>
              {t('staffadm.reinstate')}
            </button>
          )}
        </div>
      </form>
      {row && !retired && <StaffPhotoUpload row={row} />}
      {row && !retired && <StaffAccountPanel row={row} account={account} />}
    </section>
  );
}
