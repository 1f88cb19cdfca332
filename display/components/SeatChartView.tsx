/**
 * The seat chart as drawn: the whole office laid out as the desks stand (the head at the top, each
 * team's rows in a block, empty desks and aisles), each desk with photo, name, duties, extension and
 * presence, and a legend. Pure: the door display (screens/SeatChart.tsx) gives it live state; the
 * admin's seat-plan editor gives it the plan being edited, at a real device's size.
 */
import type { ComponentChildren } from 'preact';
import type { StaffMember } from '../../shared/schemas/hall';
import type { SeatPlan } from '../../shared/schemas/staff';
import { t } from '../../shared/i18n';
import { PRESENCE_ICONS, PRESENCE_ORDER, SeatCard } from './SeatCard';
import { BORDER, pageMembers, pageTeams, seatLayout, type SeatSettings } from '../seat-layout';
import { SeatPlanBlocks } from './SeatPlanBlocks';

export type SeatChartViewProps = {
  staff: StaffMember[];
  title: string;
  /** Floor, room and phone, beside the title. */
  place: string;
  viewport: { width: number; height: number };
  settings: SeatSettings;
  /** The plan's empty desks and walkways. */
  plan?: SeatPlan | undefined;
  /** Counts up on the pager's timer; the page shown is tick modulo the pages. */
  tick: number;
  highlight?: number | undefined;
  /** A fixed size (the preview) instead of the whole window. */
  fixed?: boolean;
  children?: ComponentChildren;
};

export function SeatChartView({
  staff,
  title,
  place,
  viewport,
  settings,
  plan,
  tick,
  highlight,
  fixed = false,
  children,
}: SeatChartViewProps) {
  const byId = new Map<number, StaffMember>(staff.map((s) => [s.id, s]));
  const layout = seatLayout(staff, viewport, settings, title, plan);
  const pages = layout.pages;
  const pinned =
    highlight === undefined
      ? -1
      : pages.findIndex((p) => pageMembers(p).some((m) => m.id === highlight));
  const index = pinned >= 0 ? pinned : tick % pages.length;
  const page = pages[index] ?? { blocks: [] };
  // Who stands in for whom: the stand-in's own desk is marked too.
  const standsFor = new Map<number, StaffMember[]>();
  for (const m of staff) {
    if (m.proxyId === null || m.presence === 'in' || m.presence === 'counter') continue;
    standsFor.set(m.proxyId, [...(standsFor.get(m.proxyId) ?? []), m]);
  }
  const here = new Set(pageTeams(page));
  const others = [...new Set(pages.flatMap((p, i) => (i === index ? [] : pageTeams(p))))].filter(
    (team) => !here.has(team),
  );
  return (
    <div
      class="seats seat-chart"
      style={{
        ...(fixed ? { width: `${viewport.width}px`, height: `${viewport.height}px` } : {}),
        '--seat-name-px': `${layout.namePx}px`,
        '--seat-small-px': `${layout.smallPx}px`,
        '--seat-title-px': `${layout.titlePx}px`,
        '--seat-legend-px': `${layout.legendPx}px`,
        '--seat-presence-px': `${layout.presencePx}px`,
        '--seat-card-h': `${layout.cardH}px`,
        '--seat-card-w': `${layout.cardW}px`,
        '--seat-photo-w': `${layout.photoW}px`,
        '--seat-pad': `${layout.padPx}px`,
        '--seat-gap': `${layout.gapPx}px`,
        '--seat-aisle-w': `${layout.aisleW}px`,
        '--seat-label-w': `${layout.labelW}px`,
        '--seat-border': `${BORDER}px`,
        '--seat-margin-x': `${layout.marginX}px`,
        '--seat-margin-y': `${layout.marginY}px`,
      }}
      data-legible-px={layout.legibleNamePx}
    >
      {children}
      <header class="display-header">
        <h1>{title}</h1>
        <span class="seat-room">{place}</span>
        <ul class="seat-legend" aria-label={t('seats.legend')}>
          {PRESENCE_ORDER.map((p) => (
            <li key={p} data-presence={p}>
              <span aria-hidden="true">{PRESENCE_ICONS[p]}</span> {t(`presence.${p}`)}
            </li>
          ))}
        </ul>
      </header>
      <div class="seat-page">
        <SeatPlanBlocks
          blocks={page.blocks}
          keyPrefix={String(index)}
          desk={(member) => (
            <SeatCard
              member={member}
              proxy={member.proxyId ? byId.get(member.proxyId) : undefined}
              standsFor={standsFor.get(member.id)}
              highlight={member.id === highlight}
            />
          )}
        />
      </div>
      {pages.length > 1 && (
        <p class="seat-pager" aria-live="off">
          {t('seats.page', { n: index + 1, total: pages.length })}
          {others.length > 0 && <> · {t('seats.otherPage', { teams: others.join(', ') })}</>}
        </p>
      )}
    </div>
  );
}
