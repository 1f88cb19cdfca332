/** Shows the sign-in form until a staff member of an allowed role is signed in. */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Account, Role } from '../../schemas/accounts';
import { errorText, t } from '../../i18n';
import { api } from '../api';
import { PasswordChangeForm } from './PasswordChangeForm';
import { ErrorAlert } from './ErrorAlert';

export function StaffGate({
  roles,
  children,
}: {
  roles: Role[];
  children: (account: Account, signOut: () => void) => ComponentChildren;
}) {
  const [account, setAccount] = useState<Account | null | undefined>(undefined);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Set when the password was a temporary one: the new-password form comes before anything else.
  const [mustChange, setMustChange] = useState(false);

  useEffect(() => {
    void api<{ account: Account }>('/api/auth/me').then((res) =>
      setAccount(res.ok ? res.data.account : null),
    );
  }, []);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const res = await api<{ account: Account }>('/api/auth/sign-in', {
      body: { username, password },
    });
    setBusy(false);
    if (!res.ok) {
      if (res.error.code === 'password_change_required') {
        setError(null);
        setMustChange(true);
        return;
      }
      setError(errorText(res.error));
      return;
    }
    setPassword('');
    setAccount(res.data.account);
  }

  async function signOut() {
    await api('/api/auth/sign-out', { method: 'POST', body: {} });
    setAccount(null);
  }

  if (account === undefined) return <p role="status">{t('common.loading')}</p>;
  if (mustChange && !account) {
    return (
      <PasswordChangeForm
        username={username}
        password={password}
        onChanged={(changed) => {
          setMustChange(false);
          setPassword('');
          setAccount(changed);
        }}
        onCancel={() => {
          setMustChange(false);
          setPassword('');
        }}
      />
    );
  }
  if (account && roles.includes(account.role)) return <>{children(account, signOut)}</>;
  return (
    <main>
      <form class="card stack" onSubmit={submit} style={{ maxWidth: '30rem', margin: '10vh auto' }}>
        <h1>{t('signin.title')}</h1>
        <label>
          {t('signin.username')}
          <input
            value={username}
            onInput={(e) => setUsername(e.currentTarget.value)}
            autoComplete="username"
            required
          />
        </label>
        <label>
          {t('signin.password')}
          <input
            type="password"
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
            autoComplete="current-password"
            required
          />
        </label>
        <ErrorAlert message={error} />
        <button class="primary" type="submit" disabled={busy}>
          {t('signin.submit')}
        </button>
      </form>
    </main>
  );
}
