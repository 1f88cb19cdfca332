/** After filing: the receipt number to follow it, and the charter's answer date when one applies. */
import { t } from '../../shared/i18n';
import { useKiosk } from '../context';

/** The hall's calendar date (KST) of an instant, "11월 26일". */
function hallDate(iso: string): string {
  const d = new Date(Date.parse(iso) + 9 * 3600_000);
  return `${d.getUTCMonth() + 1}월 ${d.getUTCDate()}일`;
}

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
        <p class="kiosk-lead">{t('voice.answerBy', { date: hallDate(answerDueAt) })}</p>
      )}
      <button type="button" class="task-button primary" onClick={() => session.reset()}>
        <span class="task-label">{t('voice.home')}</span>
      </button>
    </main>
  );
}
