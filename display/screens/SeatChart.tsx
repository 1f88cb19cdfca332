/**
 * An office's seat chart beside its door: the whole office at once, laid out as the desks stand
 * (the head at the top, each team's rows in a block, empty desks and aisles), each desk with photo,
 * name, duties, extension and live presence, and a legend. Names are sized for the door's reading
 * distance (display/seat-layout.ts); only an office too large for one screen pages, by team.
 * `?highlight=<staffId>` marks one desk and holds its page (the kiosk's "find this officer").
 */
import { useEffect, useState } from 'preact/hooks';
import type { StaffMember } from '../../shared/schemas/hall';
import type { AppSocket } from '../../shared/live';
import { nameOf, t } from '../../shared/i18n';
import { ReconnectingMark } from '../../shared/ui/components/ReconnectingMark';
import { useLive } from '../../shared/ui/use-live';
import { PRESENCE_ICONS, PRESENCE_ORDER, SeatCard } from '../components/SeatCard';
import {
  BORDER,
  DEFAULT_DOOR_DISTANCE_MM,
  pageMembers,
  pageTeams,
  seatLayout,
  UNPAIRED_SEATS,
  type SeatCell,
  type SeatSettings,
} from '../seat-layout';

/** Long enough to read a card from the corridor; short enough to come round while one waits. */
export const SEAT_PAGE_MS = 12_000;

function useViewport() {
  const read = () => ({ width: window.innerWidth, height: window.innerHeight });
  const [size, setSize] = useState(read);
  useEffect(() => {
    const onResize = () => setSize(read());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return size;
}

/** The page's query: a desk to highlight, and for the admin's preview the panel and distance. */
function readQuery() {
  const q = new URLSearchParams(window.location.search);
  const num = (key: string) => {
    const v = Number(q.get(key));
    return Number.isFinite(v) && v > 0 ? v : undefined;
  };
  return { highlight: num('highlight'), panelInch: num('inch'), distanceMm: num('distance') };
}

export function SeatChart({ socket, department }: { socket: AppSocket; department: string }) {
  const live = useLive(socket, { kind: 'seats', department });
  const viewport = useViewport();
  const [query] = useState(readQuery);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), SEAT_PAGE_MS);
    return () => clearInterval(timer);
  }, []);
  const state = live.state.value;
  const error = live.error.value;
  if (error) return <p role="alert">{error.message}</p>;
  if (!state) return <p role="status">{t('common.loading')}</p>;
  const byId = new Map<number, StaffMember>(state.staff.map((s) => [s.id, s]));
  const device = state.device?.settings;
  const settings: SeatSettings = {
    viewingDistanceMm:
      query.distanceMm ?? device?.viewingDistanceMm ?? UNPAIRED_SEATS.viewingDistanceMm,
    panelInch: query.panelInch ?? device?.panelInch ?? UNPAIRED_SEATS.panelInch,
  };
  if (!settings.viewingDistanceMm) settings.viewingDistanceMm = DEFAULT_DOOR_DISTANCE_MM;
  const title = t('seats.title', { department: nameOf(state.department) });
  const layout = seatLayout(state.staff, viewport, settings, title);
  const pages = layout.pages;
  const pinned =
    query.highlight === undefined
      ? -1
      : pages.findIndex((p) => pageMembers(p).some((m) => m.id === query.highlight));
  const index = pinned >= 0 ? pinned : tick % pages.length;
  const page = pages[index] ?? { blocks: [] };
  // Who stands in for whom: the stand-in's own desk is marked too.
  const standsFor = new Map<number, StaffMember[]>();
  for (const m of state.staff) {
    if (m.proxyId === null || m.presence === 'in' || m.presence === 'counter') continue;
    standsFor.set(m.proxyId, [...(standsFor.get(m.proxyId) ?? []), m]);
  }
  const others = pages.flatMap((p, i) => (i === index ? [] : pageTeams(p)));
  const cell = (c: SeatCell, i: number) => {
    if (c.kind === 'desk')
      return (
        <li key={c.member.id} class="seat-cell">
          <SeatCard
            member={c.member}
            proxy={c.member.proxyId ? byId.get(c.member.proxyId) : undefined}
            standsFor={standsFor.get(c.member.id)}
            highlight={c.member.id === query.highlight}
          />
        </li>
      );
    return <li key={`${c.kind}-${i}`} class={`seat-cell seat-${c.kind}`} aria-hidden="true" />;
  };
  return (
    <div
      class="seats"
      style={{
        '--seat-name-px': `${layout.namePx}px`,
        '--seat-small-px': `${layout.smallPx}px`,
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
      <ReconnectingMark connected={live.connected.value} syncedAt={live.syncedAt.value} />
      <header class="display-header">
        <h1>{title}</h1>
        <span class="seat-room">
          {state.floor?.code} {state.department.room} · ☎ {state.department.phone}
        </span>
        <ul class="seat-legend" aria-label={t('seats.legend')}>
          {PRESENCE_ORDER.map((p) => (
            <li key={p} data-presence={p}>
              <span aria-hidden="true">{PRESENCE_ICONS[p]}</span> {t(`presence.${p}`)}
            </li>
          ))}
        </ul>
      </header>
      <div class="seat-page">
        {page.blocks.map((block, b) => (
          <section
            key={`${index}-${b}`}
            class={`seat-block${block.head ? ' head' : ''}${block.aisleBefore && b > 0 ? ' aisle-before' : ''}`}
            aria-label={block.head ? t('seats.headRow') : block.team || undefined}
          >
            {!block.head && (
              <h2 class="seat-team" aria-hidden={block.team ? undefined : 'true'}>
                {block.team}
              </h2>
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
