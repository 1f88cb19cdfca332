/** The kiosk-home satisfaction survey (C10): five faces, one tap answers, with a moment to undo. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { errorText, t } from '../../shared/i18n';
import { api } from '../../shared/ui/api';
import { useKiosk } from '../context';

/** Mouth curvature per score: a drawn face, so it looks the same on every kiosk's fonts. */
const MOUTHS = [
  'M12 34 Q24 24 36 34',
  'M13 32 Q24 27 35 32',
  'M13 31 L35 31',
  'M13 29 Q24 35 35 29',
  'M12 28 Q24 40 36 28',
] as const;

function Face({ mouth }: { mouth: string }) {
  return (
    <svg viewBox="0 0 48 48" width="64" height="64" aria-hidden="true">
      <circle cx="24" cy="24" r="21" fill="none" stroke="currentColor" stroke-width="3" />
      <circle cx="17" cy="19" r="2.6" fill="currentColor" />
      <circle cx="31" cy="19" r="2.6" fill="currentColor" />
      <path d={mouth} fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round" />
    </svg>
  );
}

/** How long the visitor can take back a face before it is sent. */
export const SURVEY_UNDO_MS = 6000;

/**
 * One tap on a face answers (no 보내기): the thanks show at once with 되돌리기 for a few seconds,
 * then the answer is sent; leaving the screen sends it too, so no answer is lost to 처음으로.
 */
export function FeedbackSurvey({ onBack }: { onBack: () => void }) {
  const { session, deviceToken } = useKiosk();
  const [score, setScore] = useState<number | null>(null);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const pending = useRef<number | null>(null);

  const send = async (value: number) => {
    pending.current = null;
    const res = await api('/api/surveys', { body: { score: value, comment: null }, deviceToken });
    if (res.ok) setSent(true);
    else setError(errorText(res.error));
  };

  useEffect(() => {
    if (score === null) return;
    pending.current = score;
    const timer = setTimeout(() => void send(score), SURVEY_UNDO_MS);
    return () => {
      clearTimeout(timer);
      // Unmounted before the undo time ran out (처음으로, idle reset): the answer still counts.
      if (pending.current !== null) void send(pending.current);
    };
  }, [score]);

  if (score !== null) {
    return (
      <main class="kiosk-main voice-done">
        <div role="status" data-speak>
          <h1>{t('voice.surveyThanks')}</h1>
          <p class="kiosk-lead">
            {sent ? t('voice.surveySent') : t('voice.surveyUndoHint', { n: SURVEY_UNDO_MS / 1000 })}
          </p>
        </div>
        {error && (
          <p class="voice-error" role="alert">
            {error}
          </p>
        )}
        {!sent && (
          <button
            type="button"
            class="task-button"
            onClick={() => {
              pending.current = null;
              setScore(null);
            }}
          >
            <span class="task-label">{t('voice.surveyUndo')}</span>
          </button>
        )}
        <button type="button" class="task-button primary" onClick={() => session.reset()}>
          <span class="task-label">{t('voice.home')}</span>
        </button>
      </main>
    );
  }

  return (
    <main class="kiosk-main">
      <h1>{t('voice.surveyQuestion')}</h1>
      <p class="kiosk-lead" data-speak>
        {t('voice.surveyOneTap')}
      </p>
      <div class="voice-faces" role="group" aria-label={t('voice.surveyQuestion')}>
        {MOUTHS.map((mouth, i) => (
          <button type="button" key={mouth} class="voice-face" onClick={() => setScore(i + 1)}>
            <Face mouth={mouth} />
            <span class="voice-face-label">{t(`voice.face${(i + 1) as 1 | 2 | 3 | 4 | 5}`)}</span>
          </button>
        ))}
      </div>
      <div class="voice-actions">
        <button type="button" class="voice-back" onClick={onBack}>
          {t('voice.back')}
        </button>
      </div>
    </main>
  );
}
