/**
 * An office's seat chart in the kiosk's directory: the room as its seat plan stands, drawn from the
 * door display's blocks (display/seat-layout.ts, SeatPlanBlocks), each desk a button that opens the
 * officer. Presence is colour, icon and word; an absent officer's desk says when they are back and
 * who stands in. The officer being sought is framed and named 찾으시는 분. Desks keep the kiosk's
 * text size: a room wider than the screen wraps its rows evenly instead of going off the side.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { PRESENCE_ICONS } from '../../display/components/SeatCard';
import { SeatPlanBlocks } from '../../display/components/SeatPlanBlocks';
import {
  seatBlocks,
  textEm,
  wrapToWidth,
  type CellWidths,
  type SeatBlock,
  type SeatCell,
} from '../../display/seat-layout';
import { t } from '../../shared/i18n';
import type { StaffMember } from '../../shared/schemas/hall';
import type { SeatPlan } from '../../shared/schemas/staff';
import './office-seats.css';

const present = (m: StaffMember) => m.presence === 'in' || m.presence === 'counter';

/** The lines of one desk under the name, as it shows them now. */
function deskLines(
  member: StaffMember,
  proxy: StaffMember | undefined,
  standsFor: StaffMember[],
): { presence: string; away: string | null; proxy: string | null; standsIn: string | null } {
  const lunchBack = member.presence === 'lunch' && member.returnAt ? member.returnAt : null;
  const here = present(member);
  return {
    presence: lunchBack
      ? `${t('hallx.lunchWord')} ${t('hallx.lunchBackAt', { time: lunchBack })}`
      : t(`presence.${member.presence}`),
    away:
      !here && !lunchBack && member.returnAt ? t('seats.return', { time: member.returnAt }) : null,
    proxy: !here && proxy ? t('seats.proxy', { name: proxy.name }) : null,
    // Names apart, so the line can break between them and the desk need not be two names wide.
    standsIn:
      here && standsFor.length > 0
        ? t('seats.standsIn', { name: standsFor.map((m) => m.name).join(', ') })
        : null,
  };
}

/** The name's size over the other lines' (--text over --text-small in kiosk.css). */
const NAME_EM = 2.2 / 2.05;
/** The desk's padding each side, in em (office-seats.css draws the same). */
const PAD_EM = 0.25;
/** The status chip's padding, both sides, in em (office-seats.css). */
const CHIP_PAD_EM = 0.5;
const BORDER_PX = 3;
const GAP_PX = 12;
/** A walkway's width over a desk's, as on the door display. */
const AISLE = 0.3;

/**
 * One desk's width for this office at the chart's font size: its longest name, the longest word
 * of any line a desk shows (lines wrap between words, never inside one; a status chip's words
 * with its padding), with a little room for bold.
 */
export function deskWidths(
  { names, lines, chips }: { names: string[]; lines: string[]; chips: string[] },
  fontPx: number,
): CellWidths {
  const words = lines.flatMap((l) => l.split(/\s+/)).filter(Boolean);
  const em =
    Math.max(
      3.4,
      ...names.map((n) => textEm(n) * NAME_EM),
      ...words.map(textEm),
      ...chips.flatMap((c) => c.split(/\s+/).map((w) => textEm(w) + CHIP_PAD_EM)),
    ) * 1.05;
  const deskW = Math.ceil((em + 2 * PAD_EM) * fontPx) + 2 * BORDER_PX;
  return { deskW, aisleW: Math.round(deskW * AISLE), gapPx: GAP_PX, labelW: 0 };
}

/**
 * Desks widened to take the screen's width when the room is narrower than it (fewer lines of text
 * in each desk), at most by half: a small office does not become a row of banners.
 */
export function fillWidth(blocks: SeatBlock[], width: number, w: CellWidths): CellWidths {
  const lines = blocks.flatMap((b) => b.lines);
  const units = (line: SeatCell[]) =>
    line.reduce((sum, c) => sum + (c.kind === 'aisle' ? AISLE : 1), 0);
  const widest = lines.reduce<SeatCell[]>((a, l) => (units(l) > units(a) ? l : a), []);
  if (widest.length === 0) return w;
  const room = (width - (widest.length - 1) * w.gapPx) / units(widest);
  const deskW = Math.floor(Math.min(w.deskW * 1.5, Math.max(w.deskW, room)));
  return { ...w, deskW, aisleW: Math.round(deskW * AISLE) };
}

export function OfficeSeatChart({
  staff,
  plan,
  highlightStaffId,
  onOpen,
}: {
  staff: StaffMember[];
  plan: SeatPlan | undefined;
  highlightStaffId: number | null;
  onOpen: (member: StaffMember) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [box, setBox] = useState<{ width: number; fontPx: number } | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // Its width, and its font size: 큰 글씨 doubles the text, so the desks and the wrap follow.
    const measure = () => {
      const next = { width: el.clientWidth, fontPx: parseFloat(getComputedStyle(el).fontSize) };
      setBox((prev) =>
        prev && prev.width === next.width && prev.fontPx === next.fontPx ? prev : next,
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // The desk being sought comes into view (down the screen only: the chart never goes sideways),
  // and again whenever a mode reflows the screen under the visitor's eyes: 큰 글씨 redraws the
  // desks, 낮은 화면 and 돋보기 change the height of the screen around them.
  const found = useRef<HTMLButtonElement>(null);
  const shownAt = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (!box || highlightStaffId === null) return;
    const key = `${highlightStaffId}:${box.fontPx}`;
    if (shownAt.current === key) return;
    shownAt.current = key;
    found.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [box, highlightStaffId]);
  useLayoutEffect(() => {
    const screen = ref.current?.closest('.kiosk-main');
    if (!screen || highlightStaffId === null) return;
    let height = screen.clientHeight;
    const observer = new ResizeObserver(() => {
      if (screen.clientHeight === height) return;
      height = screen.clientHeight;
      found.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    });
    observer.observe(screen);
    return () => observer.disconnect();
  }, [highlightStaffId]);

  const byId = new Map(staff.map((m) => [m.id, m]));
  const standsFor = new Map<number, StaffMember[]>();
  for (const m of staff) {
    if (m.proxyId === null || present(m)) continue;
    standsFor.set(m.proxyId, [...(standsFor.get(m.proxyId) ?? []), m]);
  }
  const linesOf = new Map(
    staff.map((m) => [
      m.id,
      deskLines(m, m.proxyId ? byId.get(m.proxyId) : undefined, standsFor.get(m.id) ?? []),
    ]),
  );
  const lines = [...linesOf.values()];
  const widths = box
    ? deskWidths(
        {
          names: staff.map((m) => m.name),
          lines: [
            ...lines.flatMap((l) => [l.presence, l.away, l.proxy, l.standsIn]),
            t('seats.here'),
            t('seats.emptyDesk'),
            ...staff.map((m) => m.position),
          ].filter((x): x is string => x !== null),
          chips: lines.map((l) => l.presence),
        },
        box.fontPx,
      )
    : null;
  const wrapped = box && widths ? wrapToWidth(seatBlocks(staff, plan), box.width, widths) : null;
  const desks = wrapped && widths && box ? fillWidth(wrapped.blocks, box.width, widths) : null;

  const desk = (member: StaffMember) => {
    const lines = linesOf.get(member.id)!;
    const isFound = member.id === highlightStaffId;
    return (
      <button
        type="button"
        ref={isFound ? found : undefined}
        class={`office-desk${isFound ? ' found' : ''}`}
        aria-current={isFound ? 'true' : undefined}
        data-staff-id={member.id}
        onClick={() => onOpen(member)}
      >
        {isFound && <span class="office-desk-here">{t('seats.here')}</span>}
        <span class="office-desk-name">{member.name}</span>
        <span class="office-desk-position">{member.position}</span>
        <span class="office-desk-presence" data-presence={member.presence}>
          <span aria-hidden="true">{PRESENCE_ICONS[member.presence]}</span> {lines.presence}
        </span>
        {lines.away && <span class="office-desk-note">{lines.away}</span>}
        {lines.proxy && <span class="office-desk-note">{lines.proxy}</span>}
        {lines.standsIn && (
          <span class="office-desk-note">
            <span aria-hidden="true">⇄ </span>
            {lines.standsIn}
          </span>
        )}
      </button>
    );
  };

  return (
    <div
      ref={ref}
      class="office-seats"
      style={
        desks
          ? {
              '--seat-card-w': `${desks.deskW}px`,
              '--seat-aisle-w': `${desks.aisleW}px`,
              '--seat-gap': `${desks.gapPx}px`,
            }
          : undefined
      }
      data-per-line={wrapped?.perLine}
    >
      {wrapped && <SeatPlanBlocks blocks={wrapped.blocks} desk={desk} TeamHeading="h4" />}
    </div>
  );
}
