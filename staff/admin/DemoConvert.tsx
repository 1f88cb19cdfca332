/** In a demo hall only: turn it into a real hall (demo links, sessions and device tokens end). */
import { useState } from 'preact/hooks';
import { errorText, t } from '../../shared/i18n';
import { api } from '../../shared/ui/api';
import { ErrorAlert } from '../../shared/ui/components/ErrorAlert';

export function DemoConvert() {
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function convert(event: Event) {
    event.preventDefault();
    if (busy || !window.confirm(t('adminx.demo.confirm'))) return;
    setBusy(true);
    const res = await api('/api/hall/convert-demo', { body: { newPassword: password } });
    setBusy(false);
    if (!res.ok) return setError(errorText(res.error));
    // Every session ended with the conversion, this one too: back to the sign-in form.
    window.location.reload();
  }

  return (
    <form class="stack" onSubmit={convert} aria-labelledby="demo-convert-heading">
      <h3 id="demo-convert-heading">{t('adminx.demo.title')}</h3>
      <p>{t('adminx.demo.help')}</p>
      <label>
        {t('adminx.demo.password')}
        <input
          type="password"
          value={password}
          minLength={10}
          autoComplete="new-password"
          required
          onInput={(e) => setPassword(e.currentTarget.value)}
        />
      </label>
      <ErrorAlert message={error} />
      <div class="row">
        <button type="submit" disabled={busy}>
          {t('adminx.demo.convert')}
        </button>
      </div>
    </form>
  );
}
