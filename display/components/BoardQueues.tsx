/**
 * Per service: how many are waiting and the live estimate for a ticket taken now, at the size read
 * from across the room. Only whole rows are shown: when the services do not all fit, they page
 * (the heading says which page of how many), and a row too tall for the area is left out and
 * counted ("외 N개 업무") rather than shown cut.
 */
import { useEffect } from 'preact/hooks';
import { nameOf, t } from '../../shared/i18n';
import type { ServiceQueue } from '../../shared/schemas/queue';
import { wallName } from '../board-layout';
import { useWholeRows } from '../use-whole-rows';

function estimateText(queue: ServiceQueue): string {
  if (!queue.estimate) return t('common.noEstimate');
  const low = Math.floor(queue.estimate.low);
  const high = Math.max(low + 1, Math.ceil(queue.estimate.high));
  return low === 0 && high <= 1 ? t('board.noWait') : t('common.estimate', { low, high });
}

export function BoardQueues({
  queues,
  turn,
  shown = true,
  onPages,
  onLeft,
  fitKey = '',
  titleHidden = false,
}: {
  queues: ServiceQueue[];
  /** Which page to show: counted up by the board, wrapped here. */
  turn: number;
  /** False while the recent calls have this area (the rows are still measured). */
  shown?: boolean;
  onPages?: (count: number) => void;
  /**
   * How many rows no page can hold whole, measured with the board's layout named by `fitKey` in
   * place: the board then gives the list more room. Reported only once that layout has been
   * measured, so the board never takes a second step on the first one's stale count.
   */
  onLeft?: (count: number, fitKey: string) => void;
  fitKey?: string;
  /** The last room the board can give: the heading's words left to screen readers. */
  titleHidden?: boolean;
}) {
  const rows = queues.map((q) => ({
    queue: q,
    name: wallName(nameOf(q)),
    count: t('common.waitingCount', { n: q.waiting }),
    estimate: estimateText(q),
  }));
  const contentKey = [fitKey, ...rows.map((r) => `${r.name}|${r.count}|${r.estimate}`)].join('\n');
  const { pages, left, measuredKey, ref } = useWholeRows(contentKey);
  useEffect(() => onPages?.(pages.length), [pages.length]);
  const measured = measuredKey?.split('\n', 1)[0] === fitKey;
  useEffect(() => {
    if (measured) onLeft?.(left.length, fitKey);
  }, [left.length, measured, fitKey]);
  const page = pages.length > 0 ? turn % pages.length : 0;
  const onPage = new Set(pages[page] ?? []);
  const pageOf = (i: number) => pages.findIndex((p) => p.includes(i));

  return (
    <section
      class="board-queues"
      aria-labelledby="board-queues"
      data-shown={shown ? 'true' : 'false'}
    >
      <h2 id="board-queues" class="board-heading">
        <span class={titleHidden ? 'visually-hidden' : undefined}>{t('board.queues')}</span>
        {pages.length > 1 && (
          <span
            class="board-page"
            data-testid="queue-page"
            aria-label={t('board.page', { n: page + 1, of: pages.length })}
          >
            {pages.map((_, i) => (
              <i key={i} class={i === page ? 'is-current' : undefined} />
            ))}
          </span>
        )}
        {left.length > 0 && (
          <span class="board-more">{t('board.moreServices', { n: left.length })}</span>
        )}
      </h2>
      <ul ref={ref}>
        {rows.map((row, i) => (
          <li
            key={row.queue.serviceId}
            data-testid="board-queue"
            data-page={pageOf(i)}
            hidden={!onPage.has(i)}
          >
            <span class="queue-name">{row.name}</span>
            <span class="queue-figures">
              <span class="queue-count">{row.count}</span>
              <span class="queue-estimate">{row.estimate}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
