/**
 * Asked once when a display is set up: browsers play sound only after a tap, so the installer
 * taps here once; the choice is remembered on the display.
 */
import { t } from '../../shared/i18n';

export function BoardSoundSetup({ onChoose }: { onChoose: (on: boolean) => void }) {
  return (
    <aside class="board-sound-setup" aria-labelledby="board-sound-setup">
      <p id="board-sound-setup">{t('board.soundSetup')}</p>
      <div class="row">
        <button type="button" class="primary" onClick={() => onChoose(true)}>
          {t('board.soundEnable')}
        </button>
        <button type="button" onClick={() => onChoose(false)}>
          {t('board.soundDisable')}
        </button>
      </div>
    </aside>
  );
}
