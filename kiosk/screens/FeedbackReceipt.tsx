/** After filing: the receipt number to follow it, and the charter's answer date when one applies. */
import { hallDateKo } from '../../shared/hall-time';
import { t } from '../../shared/i18n';
import { useKiosk } from '../context';

export function FeedbackReceipt({
  receipt,
  anonymous,
  answerDueAt,
}: {
  receipt: string;
  anonymous: boolean;
  answerDueAt: string | null;
}) {
  const { session } = useKiosk();
  return (
    <main class="kiosk-main voice-done">
      {/* A heading (not a status role, which would hide it as one); the voice reads both lines. */}
      <div role="status" data-speak>
        <h1>{t('voice.received')}</h1>
        <p class="voice-receipt">{t('voice.receipt', { receipt })}</p>
      </div>
      <p class="kiosk-lead">{t('voice.receiptHint')}</p>
      {!anonymous && answerDueAt && (
        <p class="kiosk-lead">{t('voice.answerBy', { date: hallDateKo(answerDueAt) })}</p>
      )}
      <button type="button" class="task-button primary" onClick={() => session.reset()}>
        <span class="task-label">{t('voice.home')}</span>
      </button>
    </main>
  );
}
