/** The display's own sound switch, remembered on this display. */
import { t } from '../../shared/i18n';

/** A speaker drawn inline: wall displays often have no emoji font. */
function SpeakerIcon({ on }: { on: boolean }) {
  return (
    <svg viewBox="0 0 24 24" width="1.2em" height="1.2em" aria-hidden="true" focusable="false">
      <path d="M3 9h4l5-4v14l-5-4H3z" fill="currentColor" />
      {on ? (
        <path
          d="M15.5 8.5a5 5 0 0 1 0 7M18.5 5.5a9 9 0 0 1 0 13"
          fill="none"
          stroke="currentColor"
          stroke-width="2"
          stroke-linecap="round"
        />
      ) : (
        <path
          d="M16 9l6 6M22 9l-6 6"
          fill="none"
          stroke="currentColor"
          stroke-width="2"
          stroke-linecap="round"
        />
      )}
    </svg>
  );
}

export function BoardSoundToggle({ on, onToggle }: { on: boolean; onToggle: () => void }) {
  return (
    <button
      type="button"
      class="board-sound"
      aria-pressed={on}
      aria-label={t('board.sound')}
      onClick={onToggle}
    >
      <SpeakerIcon on={on} />
      {on ? t('board.soundOn') : t('board.soundOff')}
    </button>
  );
}
