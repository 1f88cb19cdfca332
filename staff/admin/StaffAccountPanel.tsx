/**
 * The sign-in account of one staff member: create it, change its role, disable or enable it, reset
 * its password. A temporary password is shown once; the person must change it at the next sign-in.
 */
import { useState } from 'preact/hooks';
import type { AccountAdminRow, Role, TemporaryPassword } from '../../shared/schemas/accounts';
import type { StaffAdminRow } from '../../shared/schemas/staff';
import type { ApiError } from '../../shared/errors';
import { t } from '../../shared/i18n';
import { api } from '../../shared/ui/api';
import {
  FieldError,
  formErrors,
  FormErrorsProvider,
  FormMessage,
  NO_ERRORS,
  TextField,
  type FormErrors,
} from './fields';

const ROLES: Role[] = ['counter', 'guide', 'admin'];

export function StaffAccountPanel({
  row,
  account,
}: {
  /** Null for an account that is no staff member's (e.g. a hall's first administrator). */
  row: StaffAdminRow | null;
  account: AccountAdminRow | undefined;
}) {
  const [draft, setDraft] = useState({ username: '' });
  const [role, setRole] = useState<Role>(account?.role ?? 'counter');
  const [temporary, setTemporary] = useState<TemporaryPassword | null>(null);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run<T>(
    call: () => Promise<{ ok: true; data: T } | { ok: false; error: ApiError }>,
    done: (data: T) => void,
  ) {
    if (busy) return;
    setBusy(true);
    const res = await call();
    setBusy(false);
    if (!res.ok) {
      setStatus(null);
      setErrors(formErrors(res.error));
      return;
    }
    setErrors(NO_ERRORS);
    done(res.data);
  }

  const create = (event: Event) => {
    event.preventDefault();
    void run(
      () =>
        api<TemporaryPassword>('/api/staff/accounts', {
          body: { staffId: row?.id, username: draft.username, role },
        }),
      (data) => {
        setTemporary(data);
        setStatus(t('staffadm.accountCreated', { username: data.account.username }));
      },
    );
  };
  const update = (body: { role?: Role; disabled?: boolean }, message: string) =>
    account &&
    void run(
      () =>
        api<{ account: AccountAdminRow }>(`/api/staff/accounts/${account.id}`, {
          method: 'PUT',
          body,
        }),
      () => {
        setTemporary(null);
        setStatus(message);
      },
    );
  const reset = () => {
    if (!account || !window.confirm(t('staffadm.resetConfirm', { username: account.username })))
      return;
    void run(
      () =>
        api<TemporaryPassword>(`/api/staff/accounts/${account.id}/reset-password`, {
          method: 'POST',
          body: {},
        }),
      (data) => {
        setTemporary(data);
        setStatus(t('staffadm.resetDone'));
      },
    );
  };

  const headingId = row ? `account-heading-${row.id}` : `account-heading-a${account?.id ?? 0}`;
  return (
    <section class="staff-account stack" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {row ? t('staffadm.accountTitle') : (account?.displayName ?? t('staffadm.accountTitle'))}
      </h3>
      <FormErrorsProvider value={errors}>
        {!account ? (
          // The message goes under the row, not into it: the button stays where it was pressed.
          <form class="stack" onSubmit={create}>
            <div class="row">
              <TextField
                draft={draft}
                set={setDraft}
                name="username"
                label={t('signin.username')}
                required
                pattern="[A-Za-z0-9._\-]{3,32}"
                autoComplete="off"
                lang="en"
              />
              <label>
                {t('staffadm.role')}
                <RoleSelect role={role} onChange={setRole} />
              </label>
              <button class="primary" type="submit" disabled={busy}>
                {t('staffadm.accountCreate')}
              </button>
            </div>
            <FormMessage />
          </form>
        ) : (
          <div class="stack">
            <p>
              {t('signin.username')}: <strong>{account.username}</strong> ·{' '}
              {t(`staffadm.role.${account.role}`)}
              {account.disabled && <span class="badge off">{t('staffadm.disabled')}</span>}
              {account.mustChangePassword && !account.disabled && (
                <span class="badge alert">{t('staffadm.mustChange')}</span>
              )}
            </p>
            {/* No form: each button acts at once, and its refusal stands beside the buttons. */}
            <div class="row">
              <label>
                {t('staffadm.role')}
                <RoleSelect role={role} onChange={setRole} />
              </label>
              <FormMessage />
              <button
                type="button"
                disabled={busy || role === account.role}
                onClick={() => update({ role }, t('staffadm.roleChanged'))}
              >
                {t('staffadm.roleChange')}
              </button>
              <button type="button" disabled={busy || account.disabled} onClick={reset}>
                {t('staffadm.resetPassword')}
              </button>
              {account.disabled ? (
                <button
                  type="button"
                  disabled={busy}
                  onClick={() => update({ disabled: false }, t('staffadm.enabled'))}
                >
                  {t('staffadm.enable')}
                </button>
              ) : (
                <button
                  type="button"
                  class="danger"
                  disabled={busy}
                  onClick={() => update({ disabled: true }, t('staffadm.disabledDone'))}
                >
                  {t('staffadm.disable')}
                </button>
              )}
            </div>
          </div>
        )}
      </FormErrorsProvider>
      {status && (
        <p class="staff-ok" role="status">
          {status}
        </p>
      )}
      {temporary && (
        <div class="staff-temp-password" aria-live="polite">
          <p>{t('staffadm.tempPassword', { username: temporary.account.username })}</p>
          <p>
            <code data-testid="temporary-password">{temporary.temporaryPassword}</code>
          </p>
          <p>
            <small>{t('staffadm.tempPasswordHint')}</small>
          </p>
        </div>
      )}
    </section>
  );
}

function RoleSelect({ role, onChange }: { role: Role; onChange: (role: Role) => void }) {
  return (
    <FieldError path="role">
      {(aria) => (
        <select {...aria} value={role} onChange={(e) => onChange(e.currentTarget.value as Role)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`staffadm.role.${r}`)}
            </option>
          ))}
        </select>
      )}
    </FieldError>
  );
}
