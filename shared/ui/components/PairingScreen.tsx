/** What an unpaired kiosk, display or tablet shows: one field for the administrator's code. */
import { useState } from 'preact/hooks';
import type { PairResult } from '../../schemas/devices';
import { t } from '../../i18n';
import { api } from '../api';
import { rememberToken, revoked } from '../connection';
import { ErrorAlert } from './ErrorAlert';

export function PairingScreen() {
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const res = await api<PairResult>('/api/devices/pair', { body: { code } });
    setBusy(false);
    if (res.ok) rememberToken(res.data.token);
    else setError(res.error.message);
  }

  return (
    <main class="pairing">
      <form class="card stack" onSubmit={submit} style={{ maxWidth: '36rem', margin: '10vh auto' }}>
        <h1>{t('pair.title')}</h1>
        {revoked.value && <p role="alert">{t('pair.revoked')}</p>}
        <p>{t('pair.lead')}</p>
        <label>
          {t('pair.code')}
          <input
            value={code}
            onInput={(e) => setCode(e.currentTarget.value)}
            autoComplete="off"
            autoCapitalize="characters"
            placeholder="ABCD-2345"
            required
          />
        </label>
        <ErrorAlert message={error} />
        <button class="primary" type="submit" disabled={busy}>
          {t('pair.submit')}
        </button>
      </form>
    </main>
  );
}
