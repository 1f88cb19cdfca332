/** In a demo hall only: turn it into a real hall (demo links, sessions and device tokens end). */
import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { api } from '../../shared/ui/api';
import {
  formErrors,
  FormErrorsProvider,
  NO_ERRORS,
  SaveRow,
  TextField,
  type FormErrors,
} from './fields';

export function DemoConvert() {
  const [draft, setDraft] = useState({ password: '' });
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);

  async function convert(event: Event) {
    event.preventDefault();
    if (busy || !window.confirm(t('adminx.demo.confirm'))) return;
    setBusy(true);
    const res = await api('/api/hall/convert-demo', { body: { newPassword: draft.password } });
    setBusy(false);
    if (!res.ok) return setErrors(formErrors(res.error));
    // Every session ended with the conversion, this one too: back to the sign-in form.
    window.location.reload();
  }

  return (
    <FormErrorsProvider value={errors}>
      <form class="stack" onSubmit={convert} aria-labelledby="demo-convert-heading">
        <h3 id="demo-convert-heading">{t('adminx.demo.title')}</h3>
        <p>{t('adminx.demo.help')}</p>
        <TextField
          draft={draft}
          set={setDraft}
          name="password"
          path="newPassword"
          label={t('adminx.demo.password')}
          type="password"
          minLength={10}
          autoComplete="new-password"
          required
        />
        <SaveRow label={t('adminx.demo.convert')} disabled={busy} />
      </form>
    </FormErrorsProvider>
  );
}
