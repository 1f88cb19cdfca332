/** The idle warning: a large countdown and one button to go on; any touch also goes on. */
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { idleCountdown } from './idle';

export function IdleWarning() {
  const left = idleCountdown.value;
  const button = useRef<HTMLButtonElement>(null);
  const showing = left !== null;
  useEffect(() => {
    if (showing) button.current?.focus();
  }, [showing]);
  if (left === null) return null;
  return (
    <div class="idle-backdrop">
      <div
        class="idle-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="idle-title"
        aria-describedby="idle-body"
      >
        <h2 id="idle-title">{t('a11y.idleTitle')}</h2>
        <p class="idle-count" aria-hidden="true" data-testid="idle-count">
          {left}
        </p>
        <p id="idle-body" role="timer" aria-live="off">
          {t('a11y.idleBody', { n: left })}
        </p>
        <button
          ref={button}
          type="button"
          class="primary idle-continue"
          data-voice-quiet
          onClick={() => (idleCountdown.value = null)}
        >
          {t('a11y.idleContinue')}
        </button>
      </div>
    </div>
  );
}
