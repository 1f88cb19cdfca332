/**
 * The forced password change after an administrator's reset: nothing else opens until the person
 * chooses a new password (the current, temporary one proves who asks).
 */
import { useState } from 'preact/hooks';
import type { Account } from '../../schemas/accounts';
import { errorText, t } from '../../i18n';
import { api } from '../api';
import { ErrorAlert } from './ErrorAlert';

export function PasswordChangeForm({
  username,
  password,
  onChanged,
  onCancel,
}: {
  username: string;
  password: string;
  onChanged: (account: Account) => void;
  onCancel: () => void;
}) {
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    if (next.length < 10) return setError(t('pwchange.tooShort'));
    if (next !== again) return setError(t('pwchange.mismatch'));
    if (next === password) return setError(t('pwchange.same'));
    setBusy(true);
    const res = await api<{ account: Account }>('/api/auth/change-password', {
      body: { username, password, newPassword: next },
    });
    setBusy(false);
    if (!res.ok) return setError(errorText(res.error));
    onChanged(res.data.account);
  }

  return (
    <main>
      <form class="card stack" onSubmit={submit} style={{ maxWidth: '30rem', margin: '10vh auto' }}>
        <h1>{t('pwchange.title')}</h1>
        <p>{t('pwchange.why', { username })}</p>
        <label>
          {t('pwchange.new')}
          <input
            type="password"
            value={next}
            onInput={(e) => setNext(e.currentTarget.value)}
            autoComplete="new-password"
            minLength={10}
            required
          />
        </label>
        <label>
          {t('pwchange.again')}
          <input
            type="password"
            value={again}
            onInput={(e) => setAgain(e.currentTarget.value)}
            autoComplete="new-password"
            minLength={10}
            required
          />
        </label>
        <ErrorAlert message={error} />
        <button class="primary" type="submit" disabled={busy}>
          {t('pwchange.submit')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </form>
    </main>
  );
}
