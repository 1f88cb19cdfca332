/** The now-serving board: the last calls, the newest highlighted, and each service's wait. */
import type { AppSocket } from '../../shared/live';
import { nameOf, t } from '../../shared/i18n';
import { ReconnectingMark } from '../../shared/ui/components/ReconnectingMark';
import { minFontPx } from '../../shared/ui/legibility';
import { useLive } from '../../shared/ui/use-live';

export function Board({ socket }: { socket: AppSocket }) {
  const live = useLive(socket, { kind: 'board' });
  const state = live.state.value;
  if (!state) return <p role="status">{t('common.loading')}</p>;
  const settings = state.device?.settings ?? { pxPerMm: 2.02, viewingDistanceMm: 5000 };
  const callPx = minFontPx(settings);
  const [newest, ...older] = state.calls;
  return (
    <div class="board" style={{ '--call-size': `${callPx}px` }}>
      <ReconnectingMark connected={live.connected.value} syncedAt={live.syncedAt.value} />
      <header class="display-header">
        <h1>{t('board.title')}</h1>
        <span>{nameOf(state.hall)}</span>
      </header>
      <section class="board-calls" aria-labelledby="now-serving">
        <h2 id="now-serving">{t('board.nowServing')}</h2>
        <div role="status" aria-live="assertive" class="board-newest" data-testid="newest-call">
          {newest ? (
            <>
              <span class="call-number">{newest.number}</span>
              <span class="call-arrow" aria-hidden="true">
                →
              </span>
              <span class="call-counter">{t('common.counter', { n: newest.counterNumber })}</span>
            </>
          ) : (
            <span class="board-empty">{t('board.noCalls')}</span>
          )}
        </div>
        <ol class="board-older">
          {older.map((call) => (
            <li key={call.id}>
              <span class="call-number">{call.number}</span>
              <span class="call-counter">{t('common.counter', { n: call.counterNumber })}</span>
            </li>
          ))}
        </ol>
      </section>
      <section class="board-queues" aria-labelledby="queues">
        <h2 id="queues">{t('board.queues')}</h2>
        <ul>
          {state.queues.map((queue) => (
            <li key={queue.serviceId}>
              <span class="queue-name">{nameOf(queue)}</span>
              <span class="queue-count">{t('common.waitingCount', { n: queue.waiting })}</span>
              <span class="queue-estimate">
                {queue.estimate
                  ? t('common.estimate', {
                      low: Math.round(queue.estimate.low),
                      high: Math.round(queue.estimate.high),
                    })
                  : t('common.noEstimate')}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
