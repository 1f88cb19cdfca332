/**
 * The exit survey on the phone (C10), once the ticket was served: one question on five faces and
 * an optional comment. One answer per ticket: the server refuses a second, and this phone
 * remembers it answered so it thanks instead of asking again.
 */
import { useState } from 'preact/hooks';
import { errorText, t } from '../../shared/i18n';
import { api } from '../../shared/ui/api';
import { PhoneSurveyFace } from './PhoneSurveyFace';
import './phone-survey.css';

const SCORES = [1, 2, 3, 4, 5] as const;
const answeredKey = (code: string) => `annae.survey.${code}`;

function rememberedAnswer(code: string): boolean {
  try {
    return localStorage.getItem(answeredKey(code)) === '1';
  } catch {
    return false;
  }
}

type State = 'asking' | 'sending' | 'thanks' | 'already';

export function PhoneSurvey({ code }: { code: string }) {
  const [state, setState] = useState<State>(() => (rememberedAnswer(code) ? 'already' : 'asking'));
  const [score, setScore] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function send(event: Event) {
    event.preventDefault();
    if (score === null) {
      setError(t('phonesurvey.pickFace'));
      return;
    }
    setState('sending');
    const res = await api('/api/surveys', {
      body: { ticketCode: code, score, comment: comment.trim() || null },
    });
    if (res.ok || res.error.code === 'survey_answered') {
      try {
        localStorage.setItem(answeredKey(code), '1');
      } catch {
        // A private tab without storage asks again; the server still refuses a second answer.
      }
    }
    if (res.ok) setState('thanks');
    else if (res.error.code === 'survey_answered') setState('already');
    else {
      setError(errorText(res.error));
      setState('asking');
    }
  }

  if (state === 'thanks' || state === 'already') {
    return (
      <section class="phone-card phone-survey" aria-labelledby="phone-survey-title">
        <h2 id="phone-survey-title" class="phone-survey-title">
          {t('phonesurvey.title')}
        </h2>
        <p role="status" class="phone-survey-done">
          {state === 'thanks' ? t('phonesurvey.thanks') : t('phonesurvey.already')}
        </p>
      </section>
    );
  }

  return (
    <section class="phone-card phone-survey" aria-labelledby="phone-survey-title">
      <h2 id="phone-survey-title" class="phone-survey-title">
        {t('phonesurvey.title')}
      </h2>
      <form onSubmit={(e) => void send(e)} class="phone-survey-form">
        <p id="phone-survey-q">{t('phonesurvey.question')}</p>
        <div class="phone-survey-faces" role="radiogroup" aria-labelledby="phone-survey-q">
          {SCORES.map((n) => (
            <button
              type="button"
              key={n}
              role="radio"
              aria-checked={score === n}
              aria-label={t(`phonesurvey.face${n}`)}
              class="phone-survey-face"
              onClick={() => {
                setScore(n);
                setError(null);
              }}
            >
              <PhoneSurveyFace score={n} />
              <span>{t(`phonesurvey.face${n}`)}</span>
            </button>
          ))}
        </div>
        <label class="phone-survey-comment">
          {t('phonesurvey.comment')}
          <textarea
            rows={2}
            maxLength={500}
            value={comment}
            onInput={(e) => setComment(e.currentTarget.value)}
          />
        </label>
        {error && (
          <p role="alert" class="phone-survey-error">
            {error}
          </p>
        )}
        <button type="submit" class="phone-survey-send" disabled={state === 'sending'}>
          {t('phonesurvey.send')}
        </button>
      </form>
    </section>
  );
}
