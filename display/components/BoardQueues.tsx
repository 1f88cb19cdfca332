/** Per service: how many are waiting and the live estimate for a ticket taken now. */
import { nameOf, t } from '../../shared/i18n';
import type { ServiceQueue } from '../../shared/schemas/queue';

function estimateText(queue: ServiceQueue): string {
  if (!queue.estimate) return t('common.noEstimate');
  const low = Math.floor(queue.estimate.low);
  const high = Math.max(low + 1, Math.ceil(queue.estimate.high));
  return low === 0 && high <= 1 ? t('board.noWait') : t('common.estimate', { low, high });
}

export function BoardQueues({ queues }: { queues: ServiceQueue[] }) {
  return (
    <section class="board-queues" aria-labelledby="board-queues">
      <h2 id="board-queues">
        {t('board.queues')}{' '}
        <span class="board-hint" lang="en">
          {t('board.queues', {}, 'en')}
        </span>
      </h2>
      <ul>
        {queues.map((queue) => (
          <li key={queue.serviceId} data-testid="board-queue">
            <span class="queue-name">{nameOf(queue)}</span>
            <span class="queue-count">{t('common.waitingCount', { n: queue.waiting })}</span>
            <span class="queue-estimate">{estimateText(queue)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
