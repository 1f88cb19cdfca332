/** What an unpaired kiosk, display or tablet shows: one field for the administrator's code. */
import { useState } from 'preact/hooks';
import type { PairResult } from '../../schemas/devices';
import { errorText, t } from '../../i18n';
import { api } from '../api';
import { rememberToken, revoked } from '../connection';
import { ErrorAlert } from './ErrorAlert';

/** The codes' letters (server/auth/secrets.ts): no I, O, 0 or 1, so none is misread. */
const CODE_KEYS = [...'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'];

/** A kiosk or a wall display has no keyboard: the code is typed on these keys, dash added. */
function typeKey(code: string, key: string): string {
  const plain = (key === 'back' ? code.replace('-', '').slice(0, -1) : code.replace('-', '') + key)
    .toUpperCase()
    .slice(0, 8);
  return plain.length > 4 ? `${plain.slice(0, 4)}-${plain.slice(4)}` : plain;
}

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
    else setError(errorText(res.error));
  }

  return (
    <main class="pairing">
      <form
        class="card stack"
        onSubmit={submit}
        style={{ width: 'min(36rem, calc(100% - 32px))', margin: '10vh auto' }}
      >
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
            style={{ width: '100%' }}
          />
        </label>
        <div class="code-pad" role="group" aria-label={t('keys.codePad')}>
          {CODE_KEYS.map((key) => (
            <button type="button" key={key} onClick={() => setCode((c) => typeKey(c, key))}>
              {key}
            </button>
          ))}
          <button
            type="button"
            class="code-pad-wide"
            aria-label={t('keys.backspace')}
            onClick={() => setCode((c) => typeKey(c, 'back'))}
          >
            ⌫
          </button>
          <button type="button" class="code-pad-wide" onClick={() => setCode('')}>
            {t('keys.clear')}
          </button>
        </div>
        <ErrorAlert message={error} />
        <button class="primary" type="submit" disabled={busy}>
          {t('pair.submit')}
        </button>
      </form>
    </main>
  );
}
