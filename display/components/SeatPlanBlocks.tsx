/**
 * The seat plan's blocks as the room stands: the head's row, each team's lines of desks beside its
 * name, the plan's empty desks (빈 자리) and walkways. Shared by the door display's chart
 * (SeatChartView, with SeatCard) and the kiosk's directory (a desk that opens the officer), so
 * both draw the same room from display/seat-layout.ts.
 */
import type { ComponentChildren } from 'preact';
import type { StaffMember } from '../../shared/schemas/hall';
import { t } from '../../shared/i18n';
import type { SeatBlock, SeatCell } from '../seat-layout';
import '../seat-chart.css';

export function SeatPlanBlocks({
  blocks,
  desk,
  keyPrefix = '',
  TeamHeading = 'h2',
}: {
  blocks: SeatBlock[];
  /** One person's desk as this screen draws it. */
  desk: (member: StaffMember) => ComponentChildren;
  /** Changes when another page of the plan is shown, so its blocks are drawn afresh. */
  keyPrefix?: string;
  /** The team names' heading level under the screen's own headings. */
  TeamHeading?: 'h2' | 'h3' | 'h4';
}) {
  const cell = (c: SeatCell, i: number) => {
    if (c.kind === 'desk')
      return (
        <li key={c.member.id} class="seat-slot">
          {desk(c.member)}
        </li>
      );
    if (c.kind === 'vacant')
      return (
        <li key={`vacant-${i}`} class="seat-slot seat-slot-vacant">
          <span class="seat-vacant">{t('seats.emptyDesk')}</span>
        </li>
      );
    return <li key={`${c.kind}-${i}`} class={`seat-slot seat-slot-${c.kind}`} aria-hidden="true" />;
  };
  return (
    <>
      {blocks.map((block, b) => (
        <section
          key={`${keyPrefix}-${b}`}
          class={`seat-block${block.head ? ' head' : ''}${block.aisleBefore && b > 0 ? ' aisle-before' : ''}`}
          aria-label={block.head ? t('seats.headRow') : block.team || undefined}
        >
          {!block.head && (
            <TeamHeading class="seat-team" aria-hidden={block.team ? undefined : 'true'}>
              {block.team}
            </TeamHeading>
          )}
          <div class="seat-lines">
            {block.lines.map((line, l) => (
              <ol class="seat-line" key={l}>
                {line.map(cell)}
              </ol>
            ))}
          </div>
        </section>
      ))}
    </>
  );
}
