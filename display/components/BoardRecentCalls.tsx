/**
 * The calls before the newest, each number → counter at the size read from across the room: as
 * many whole rows as fit, newest first; older ones are left off, never shown cut.
 */
import { t } from '../../shared/i18n';
import type { Call } from '../../shared/schemas/queue';
import { useWholeRows } from '../use-whole-rows';

export function BoardRecentCalls({ calls, shown = true }: { calls: Call[]; shown?: boolean }) {
  const { pages, ref } = useWholeRows(
    calls.map((c) => `${c.id}:${c.recall}:${c.counterNumber}`).join(','),
  );
  const first = new Set(pages[0] ?? []);
  return (
    <section
      class="board-recent"
      aria-labelledby="board-recent"
      data-shown={shown ? 'true' : 'false'}
    >
      <h2 id="board-recent" class="board-heading">
        <span>{t('board.recent')}</span>
      </h2>
      <ol class="board-older" ref={ref}>
        {calls.map((call, i) => (
          <li key={`${call.id}:${call.recall}`} hidden={!first.has(i)}>
            <span class="call-number">{call.number}</span>
            <span class="call-arrow" aria-hidden="true">
              →
            </span>
            <span class="call-counter">
              {call.counterNumber}
              <span class="call-unit">{t('board.counterShort')}</span>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
