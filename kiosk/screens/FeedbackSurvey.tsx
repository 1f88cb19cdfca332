/** The kiosk-home satisfaction survey (C10): five faces and an optional comment, one answer. */
import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
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

export function FeedbackSurvey({ onBack }: { onBack: () => void }) {
  const { session, deviceToken } = useKiosk();
  const [score, setScore] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (done) {
    return (
      <main class="kiosk-main">
        <h1>{t('voice.surveyThanks')}</h1>
        <button type="button" class="task-button primary" onClick={() => session.reset()}>
          <span class="task-label">{t('voice.home')}</span>
        </button>
      </main>
    );
  }

  async function send(event: Event) {
    event.preventDefault();
    if (score === null) return;
    const res = await api('/api/surveys', {
      body: { score, comment: comment.trim() || null },
      deviceToken,
    });
    if (res.ok) setDone(true);
    else setError(res.error.message);
  }

  return (
    <main class="kiosk-main">
      <h1>{t('voice.surveyQuestion')}</h1>
      <form class="voice-form" onSubmit={send}>
        <div class="voice-faces" role="radiogroup" aria-label={t('voice.surveyQuestion')}>
          {MOUTHS.map((mouth, i) => (
            <button
              type="button"
              key={mouth}
              role="radio"
              aria-checked={score === i + 1}
              aria-label={t(`voice.face${(i + 1) as 1 | 2 | 3 | 4 | 5}`)}
              class="voice-face"
              onClick={() => setScore(i + 1)}
            >
              <Face mouth={mouth} />
              <span class="voice-face-label">{t(`voice.face${(i + 1) as 1 | 2 | 3 | 4 | 5}`)}</span>
            </button>
          ))}
        </div>
        <label>
          {t('voice.comment')}
          <textarea
            rows={2}
            maxLength={500}
            value={comment}
            onInput={(e) => setComment(e.currentTarget.value)}
          />
        </label>
        {error && (
          <p class="voice-error" role="alert">
            {error}
          </p>
        )}
        <div class="voice-actions">
          <button type="button" class="voice-back" onClick={onBack}>
            {t('voice.back')}
          </button>
          <button type="submit" class="task-button primary" disabled={score === null}>
            <span class="task-label">{t('voice.send')}</span>
          </button>
        </div>
      </form>
    </main>
  );
}
