/**
 * The newest call, large: number → counter. Its role=status node stays in place so each new call
 * is announced to assistive technology; the panel inside restarts its flash for every call. The
 * label "지금 모시는 번호" stands beside the number where the line has room for both at the
 * reading size (Board.tsx decides); from far away the band and the arrow say it on their own.
 */
import { t } from '../../shared/i18n';
import type { Call } from '../../shared/schemas/queue';

export function BoardNewestCall({
  call,
  fresh,
  label,
  short = false,
}: {
  call: Call | undefined;
  fresh: boolean;
  /** The label in Korean, or in Korean and English; none where the line has no room. */
  label: 'ko' | 'both' | 'none';
  /** Where the waiting list needs the room: the empty state in its short words, one line. */
  short?: boolean;
}) {
  return (
    <div
      role="status"
      aria-live="assertive"
      aria-atomic="true"
      class="board-newest"
      data-testid="newest-call"
    >
      {label !== 'none' && (
        <p class="board-label" aria-hidden="true">
          <span>{t('board.nowServing')}</span>
          {label === 'both' && <span lang="en">{t('board.nowServing', {}, 'en')}</span>}
        </p>
      )}
      {call ? (
        <div
          key={`${call.id}:${call.recall}`}
          class={fresh ? 'board-newest-call is-fresh' : 'board-newest-call'}
          data-fresh={fresh ? 'true' : undefined}
        >
          <span class="call-number" data-testid="newest-number">
            {call.number}
          </span>
          <span class="call-arrow" aria-hidden="true">
            →
          </span>
          <span class="call-counter">
            {call.counterNumber}
            <span class="call-unit">{t('board.counterUnit')}</span>
          </span>
          {call.recall > 0 && <span class="call-recall">{t('board.recall')}</span>}
        </div>
      ) : (
        <p class="board-empty">{t(short ? 'board.noCallsShort' : 'board.noCalls')}</p>
      )}
    </div>
  );
}
