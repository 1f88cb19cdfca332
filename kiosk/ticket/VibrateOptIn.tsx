/** One tap lets the phone vibrate later: browsers allow it only after the visitor has tapped. */
import { useSignal } from '@preact/signals';
import { t } from '../../shared/i18n';
import { vibrate } from './use-your-turn';

export function VibrateOptIn() {
  const armed = useSignal(false);
  if (typeof navigator.vibrate !== 'function') return null;
  if (armed.value) return <p class="phone-hint">{t('phone.vibrateOn')}</p>;
  return (
    <button
      type="button"
      class="phone-vibrate"
      onClick={() => {
        vibrate(60);
        armed.value = true;
      }}
    >
      {t('phone.vibrate')}
    </button>
  );
}
