/** Adds or edits one staff member; for an existing one also the photo, the account and retirement. */
import { useState } from 'preact/hooks';
import type { AccountAdminRow } from '../../shared/schemas/accounts';
import type { Department } from '../../shared/schemas/hall';
import type { StaffAdminRow } from '../../shared/schemas/staff';
import { t } from '../../shared/i18n';
import { api } from '../../shared/ui/api';
import { StaffAccountPanel } from './StaffAccountPanel';
import { StaffPhotoUpload } from './StaffPhotoUpload';
import {
  CheckField,
  DepartmentField,
  formErrors,
  FormErrorsProvider,
  FormMessage,
  NO_ERRORS,
  TextAreaField,
  TextField,
  type FormErrors,
} from './fields';

type StaffDraft = {
  name: string;
  nameEn: string;
  departmentId: string;
  team: string;
  position: string;
  duties: string;
  extension: string;
  leader: boolean;
  seatRow: string;
  seatCol: string;
};

const staffDraft = (row: StaffAdminRow | null, departments: Department[]): StaffDraft => ({
  name: row?.name ?? '',
  nameEn: row?.nameEn ?? '',
  departmentId: String(row?.departmentId ?? departments[0]?.id ?? ''),
  team: row?.team ?? '',
  position: row?.position ?? '',
  duties: row?.duties.join('\n') ?? '',
  extension: row?.extension ?? '',
  leader: row?.leader ?? false,
  seatRow: row ? String(row.seat.row) : '',
  seatCol: row ? String(row.seat.col) : '',
});

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
  const [draft, setDraft] = useState<StaffDraft>(() => staffDraft(row, departments));
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const retired = Boolean(row?.retiredAt);

  async function save(event: Event) {
    event.preventDefault();
    if (busy) return;
    const { seatRow, seatCol, duties, departmentId, ...fields } = draft;
    const seat =
      seatRow.trim() !== '' && seatCol.trim() !== ''
        ? { row: Number(seatRow), col: Number(seatCol) }
        : undefined;
    const body = {
      ...fields,
      departmentId: Number(departmentId),
      duties: duties
        .split(/\n|;/)
        .map((d) => d.trim())
        .filter(Boolean),
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
      setErrors(formErrors(res.error));
      return;
    }
    setErrors(NO_ERRORS);
    setStatus(t(row ? 'staffadm.saved' : 'staffadm.added', { name: res.data.staff.name }));
    const { seat: saved } = res.data.staff;
    setDraft({ ...draft, seatRow: String(saved.row), seatCol: String(saved.col) });
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
    if (!res.ok) return setErrors(formErrors(res.error));
    setErrors(NO_ERRORS);
    setStatus(t(action === 'retire' ? 'staffadm.retiredDone' : 'staffadm.reinstated'));
  }

  const headingId = `staff-editor-${row?.id ?? 'new'}`;
  // A retired member's card is read-only until reinstated.
  const bind = { draft, set: setDraft, disabled: retired };
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
      <FormErrorsProvider value={errors}>
        <form class="admin-form" onSubmit={save}>
          <TextField {...bind} name="name" label={t('staffadm.name')} required maxLength={40} />
          <TextField
            {...bind}
            name="nameEn"
            label={t('staffadm.nameEn')}
            maxLength={60}
            lang="en"
          />
          <DepartmentField {...bind} name="departmentId" departments={departments} />
          <TextField {...bind} name="team" label={t('staffadm.team')} maxLength={40} />
          <TextField
            {...bind}
            name="position"
            label={t('staffadm.position')}
            required
            maxLength={40}
          />
          <TextField
            {...bind}
            name="extension"
            label={t('staffadm.extension')}
            required
            inputMode="tel"
            pattern="[0-9][0-9\-]{1,19}"
            placeholder="02-0000-1234"
          />
          <TextAreaField
            {...bind}
            name="duties"
            label={t('staffadm.duties')}
            rows={3}
            hint={t('staffadm.dutiesHint')}
          />
          <CheckField
            {...bind}
            name="leader"
            label={t('staffadm.leaderFlag')}
            // A new leader goes to a free desk at the head unless a seat is typed in.
            set={(next) =>
              setDraft(
                next.leader && draft.seatRow !== '0' ? { ...next, seatRow: '', seatCol: '' } : next,
              )
            }
          />
          <TextField
            {...bind}
            name="seatRow"
            path={['seat.row', 'seat']}
            label={t('staffadm.seatRow')}
            type="number"
            min={0}
            max={30}
            placeholder={t('staffadm.seatAuto')}
          />
          <TextField
            {...bind}
            name="seatCol"
            path={['seat.col', 'seat']}
            label={t('staffadm.seatCol')}
            type="number"
            min={1}
            max={12}
            placeholder={t('staffadm.seatAuto')}
          />
          {status && (
            <p class="wide staff-ok" role="status">
              {status}
            </p>
          )}
          {/* Not SaveRow: a retired member's card has no save button, only 복직. */}
          <div class="row">
            <FormMessage />
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
      </FormErrorsProvider>
      {row && !retired && <StaffPhotoUpload row={row} />}
      {row && !retired && <StaffAccountPanel row={row} account={account} />}
    </section>
  );
}
