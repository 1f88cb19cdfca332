/** The mode bar: the same large toggles on every kiosk screen, just above 처음으로 and 도움 요청. */
import { t, type MessageKey } from '../../shared/i18n';
import type { KioskModes, KioskSession } from '../state';
import { lensState } from './Lens';
import { VoiceControls } from './VoiceControls';

const MODES: { mode: keyof KioskModes; label: MessageKey }[] = [
  { mode: 'largeFont', label: 'a11y.largeFont' },
  { mode: 'highContrast', label: 'a11y.highContrast' },
  { mode: 'lowScreen', label: 'a11y.lowScreen' },
  { mode: 'voice', label: 'a11y.voice' },
  { mode: 'lens', label: 'a11y.lens' },
];

export function ModeBar({ session }: { session: KioskSession }) {
  const modes = session.modes.value;
  const lens = lensState.value;
  return (
    <section class="mode-bar" aria-label={t('a11y.modes')}>
      {MODES.map(({ mode, label }) => (
        <button
          key={mode}
          type="button"
          class="mode-toggle"
          aria-pressed={modes[mode]}
          data-mode={mode}
          onClick={() => session.toggleMode(mode)}
        >
          {t(label)}
        </button>
      ))}
      {modes.voice && <VoiceControls session={session} />}
      {modes.lens && (
        <div class="lens-controls">
          <button
            type="button"
            class="mode-toggle"
            data-testid="lens-zoom"
            onClick={() =>
              (lensState.value = { ...lens, zoom: lens.zoom >= 4 ? 2 : lens.zoom + 1 })
            }
          >
            {t('a11y.lensZoom', { n: lens.zoom })}
          </button>
          <button
            type="button"
            class="mode-toggle"
            aria-pressed={lens.parked}
            onClick={() => (lensState.value = { ...lens, parked: !lens.parked })}
          >
            {t('a11y.lensPark')}
          </button>
        </div>
      )}
    </section>
  );
}
