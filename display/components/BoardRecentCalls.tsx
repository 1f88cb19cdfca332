/** The calls before the newest, each number → counter at the size read from across the room. */
import { t } from '../../shared/i18n';
import type { Call } from '../../shared/schemas/queue';

export function BoardRecentCalls({ calls }: { calls: Call[] }) {
  return (
    <section class="board-recent" aria-labelledby="board-recent">
      <h2 id="board-recent">
        {t('board.recent')} <span class="board-hint">{t('board.recentHint')}</span>
      </h2>
      <ol class="board-older">
        {calls.map((call) => (
          <li key={call.id}>
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
