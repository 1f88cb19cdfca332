/** Take a ticket: every service as a large button with the number waiting and the estimate. */
import { nameOf, t } from '../../shared/i18n';
import type { ServiceQueue } from '../../shared/schemas/queue';
import { useKiosk } from '../context';
import { ticketStart } from '../state';
import { Words } from '../../shared/ui/components/Words';

export function estimateText(queue: Pick<ServiceQueue, 'estimate'>): string {
  if (!queue.estimate) return t('common.noEstimate');
  const low = Math.floor(queue.estimate.low);
  const high = Math.max(low + 1, Math.ceil(queue.estimate.high));
  return low === 0 && high <= 1 ? t('kiosk.noWait') : t('common.estimate', { low, high });
}

export function Services() {
  const { hall, session } = useKiosk();
  return (
    <main class="kiosk-main">
      <h1>{t('kiosk.services')}</h1>
      <p class="kiosk-lead">{t('kiosk.chooseService')}</p>
      <ul class="service-grid">
        {hall.queues.map((queue) => (
          <li key={queue.serviceId}>
            <button
              type="button"
              class="service-button"
              onClick={() => session.go(ticketStart(queue))}
            >
              <span class="service-name">
                <Words text={nameOf(queue)} />
              </span>
              <span class="service-meta">
                {queue.refusal
                  ? t(`kiosk.refusal.${queue.refusal.reason}` as const, {
                      time: queue.refusal.opensAt ?? '',
                    })
                  : `${t('common.waitingCount', { n: queue.waiting })} · ${estimateText(queue)}`}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </main>
  );
}
