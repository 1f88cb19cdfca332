/** 음성 안내's own row under the mode bar: read the screen, tap-to-hear, say again, pause, volume. */
import { t } from '../../shared/i18n';
import type { KioskSession } from '../state';
import { changeVolume, volume, VOLUME_STEPS } from './sounds';
import { repeatLast, speak, togglePause, voicePaused } from './voice';

/** The whole screen in reading order: what a sighted visitor sees between the bars. */
export function screenText(): string {
  const main = document.querySelector<HTMLElement>('.kiosk main');
  return main ? main.innerText.replace(/\s+/g, ' ').trim() : '';
}

export function VoiceControls({ session }: { session: KioskSession }) {
  const tapToHear = session.modes.value.tapToHear;
  const level = volume.value;
  return (
    <div class="voice-controls" role="group" aria-label={t('a11yv.controls')} data-voice-control>
      <button
        type="button"
        class="mode-toggle"
        aria-pressed={tapToHear}
        onClick={() => {
          session.toggleMode('tapToHear');
          if (!tapToHear) speak(t('a11yv.tapToHearOn'));
        }}
      >
        {t('a11yv.tapToHear')}
      </button>
      <button type="button" class="mode-toggle voice-read" onClick={() => speak(screenText())}>
        {t('a11yv.readScreen')}
      </button>
      <button type="button" class="mode-toggle" onClick={repeatLast}>
        {t('a11yv.repeat')}
      </button>
      <button
        type="button"
        class="mode-toggle"
        aria-pressed={voicePaused.value}
        onClick={togglePause}
        // A click says nothing ("멈춤 켜짐" would end the pause); focus still says its name.
        data-voice-pause
      >
        {t('a11yv.pause')}
      </button>
      <button
        type="button"
        class="mode-toggle"
        onClick={() => {
          changeVolume(-1);
          speak(t('a11yv.volume', { n: volume.value, max: VOLUME_STEPS }), { remember: false });
        }}
      >
        {t('a11yv.softer')}
      </button>
      <p class="voice-volume" role="status" data-testid="voice-volume">
        {t('a11yv.volume', { n: level, max: VOLUME_STEPS })}
      </p>
      <button
        type="button"
        class="mode-toggle"
        onClick={() => {
          changeVolume(1);
          speak(t('a11yv.volume', { n: volume.value, max: VOLUME_STEPS }), { remember: false });
        }}
      >
        {t('a11yv.louder')}
      </button>
    </div>
  );
}
