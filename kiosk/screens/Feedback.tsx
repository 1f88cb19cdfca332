/**
 * "칭찬·불편·설문" (C9, C10): the visitor chooses a complaint, praise, a suggestion or the
 * satisfaction survey. Each opens a short form; nothing asks for a name.
 */
import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import type { FeedbackKind } from '../../shared/schemas/feedback';
import { useKiosk } from '../context';
import { FeedbackForm } from './FeedbackForm';
import { FeedbackSurvey } from './FeedbackSurvey';
import './Feedback.css';

type Choice = FeedbackKind | 'survey';

export function Feedback() {
  const { session } = useKiosk();
  const [choice, setChoice] = useState<Choice | null>(null);
  if (choice === 'survey') return <FeedbackSurvey onBack={() => setChoice(null)} />;
  if (choice) return <FeedbackForm kind={choice} onBack={() => setChoice(null)} />;
  const choices: { id: Choice; label: string }[] = [
    { id: 'complaint', label: t('voice.kind.complaint') },
    { id: 'praise', label: t('voice.kind.praise') },
    { id: 'suggestion', label: t('voice.kind.suggestion') },
    { id: 'survey', label: t('voice.survey') },
  ];
  return (
    <main class="kiosk-main">
      <h1>{t('voice.title')}</h1>
      <p class="kiosk-lead">{t('voice.lead')}</p>
      <ul class="task-grid">
        {choices.map((c) => (
          <li key={c.id}>
            <button type="button" class="task-button" onClick={() => setChoice(c.id)}>
              <span class="task-label">{c.label}</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" class="voice-back" onClick={() => session.go({ screen: 'home' })}>
        {t('voice.home')}
      </button>
    </main>
  );
}
