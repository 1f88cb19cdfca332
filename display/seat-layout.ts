/**
 * The seat chart's layout: the office as the room is arranged (the head's desk at the top, each
 * team's rows of desks in a block, empty desks and aisles kept), sized so the whole office fits one
 * screen with every name legible at the door. Only an office too large for that pages, by team.
 * Pure: tests and the screen call it with the staff, a viewport and the device's settings.
 */
import type { DeviceSettings } from '../shared/schemas/devices';
import type { StaffMember } from '../shared/schemas/hall';
import type { SeatPlan } from '../shared/schemas/staff';
import { minGlyphMm } from '../shared/ui/legibility';

/**
 * Hangul of Pretendard inks 0.88–0.9 em (measured: 교육 0.88, names 0.9); the lower bound, less a
 * margin, so every word stands the full height (tests/browser/display-text-size.spec.ts).
 */
export const HANGUL_INK_EM = 0.86;
/** The demo's door displays: a 43-inch panel read by someone standing at the door. */
export const DEFAULT_PANEL_INCH = 43;
export const DEFAULT_DOOR_DISTANCE_MM = 1200;
export const UNPAIRED_SEATS = {
  panelInch: DEFAULT_PANEL_INCH,
  viewingDistanceMm: DEFAULT_DOOR_DISTANCE_MM,
};

export type SeatSettings = Pick<DeviceSettings, 'viewingDistanceMm'> & { panelInch?: number };
type Viewport = { width: number; height: number };

/** CSS pixels per millimetre of a panel shown full screen: its diagonal in pixels over inches. */
export function panelPxPerMm(viewport: Viewport, panelInch = DEFAULT_PANEL_INCH): number {
  return Math.hypot(viewport.width, viewport.height) / (panelInch * 25.4);
}

/** The smallest name font (px) whose Hangul ink stands 0.7° at the reading distance. */
export function legibleNamePx(viewport: Viewport, settings: SeatSettings): number {
  const pxPerMm = panelPxPerMm(viewport, settings.panelInch);
  return Math.ceil((minGlyphMm(settings.viewingDistanceMm) * pxPerMm) / HANGUL_INK_EM);
}

export type SeatCell =
  | { kind: 'desk'; member: StaffMember }
  /** A gap between desks of a row: nobody sits there and the plan draws no desk. */
  | { kind: 'empty' }
  /** A desk the administrator drew with nobody at it (빈 자리): drawn as a desk, labelled. */
  | { kind: 'vacant' }
  /** A walkway column: drawn by the plan, or a column with no desk in any team row. Narrow. */
  | { kind: 'aisle' }
  /** Past the end of a shorter row: no desk there. */
  | { kind: 'none' };

export type SeatBlock = {
  /** The team of the block's rows; '' for the head's row. */
  team: string;
  head: boolean;
  /** A walkway (a seat row nobody sits in) before this block. */
  aisleBefore: boolean;
  /** Screen lines of cells: the plan's rows, each cut into lines when it is wider than the screen. */
  lines: SeatCell[][];
};

export type SeatPage = { blocks: SeatBlock[] };

export type SeatLayout = {
  namePx: number;
  /** The header's title; the legend and the pager. */
  titlePx: number;
  legendPx: number;
  /** Position, duties, extension, return time. */
  smallPx: number;
  presencePx: number;
  cardW: number;
  cardH: number;
  photoW: number;
  padPx: number;
  gapPx: number;
  aisleW: number;
  labelW: number;
  marginX: number;
  marginY: number;
  /** Plan columns per screen line (the full width of the plan unless it had to wrap). */
  perLine: number;
  legibleNamePx: number;
  pages: SeatPage[];
};

/** Every presence word a card may show while live; the widest sets the presence chip. */
const PRESENCE_WORDS = [
  '재실',
  '부재',
  '출장',
  '교육',
  '회의',
  '휴가',
  '외근',
  '점심(교대)',
  '창구근무',
];

/** Width of a text in em of Pretendard: Hangul a full em, digits and Latin about 0.6. */
export function textEm(text: string): number {
  let em = 0;
  for (const ch of text) {
    if (/[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af\u4e00-\u9fff]/.test(ch)) em += 1;
    else if (ch === ' ') em += 0.28;
    else if (/[()·.,:]/.test(ch)) em += 0.34;
    else if (/[A-Z]/.test(ch)) em += 0.68;
    else em += 0.6;
  }
  return em;
}

/** The internal extension as officers say it: the last group of digits. */
export const shortExtension = (extension: string): string =>
  extension.split('-').filter(Boolean).pop() ?? extension;

const AISLE_UNITS = 0.3;
/** The card's border, each side (the CSS draws the same). */
export const BORDER = 2;

const isDesk = (c: SeatCell | undefined) => c?.kind === 'desk' || c?.kind === 'vacant';

/**
 * The plan's blocks before wrapping: one per head row and per run of one team's rows. The plan's
 * empty desks stand where it puts them and its walkway columns run through every team row; a
 * person at a marked place (an older plan) keeps the desk, so nobody disappears from the chart.
 */
export function seatBlocks(
  staff: readonly StaffMember[],
  plan: SeatPlan = { emptyDesks: [], aisleCols: [], aisleRows: [] },
): SeatBlock[] {
  const byRow = new Map<number, StaffMember[]>();
  for (const m of [...staff].sort((a, b) => a.seat.col - b.seat.col || a.id - b.id)) {
    const row = Math.max(0, m.seat.row);
    byRow.set(row, [...(byRow.get(row) ?? []), m]);
  }
  const vacant = new Set(plan.emptyDesks.map((d) => `${d.row}:${d.col}`));
  for (const d of plan.emptyDesks) if (!byRow.has(d.row)) byRow.set(d.row, []);
  const aisleCols = new Set(plan.aisleCols);
  const teamRows = [...byRow.keys()].filter((r) => r > 0).sort((a, b) => a - b);
  const used = new Set([
    ...teamRows.flatMap((r) => byRow.get(r)!.map((m) => m.seat.col)),
    ...plan.emptyDesks.filter((d) => d.row > 0).map((d) => d.col),
  ]);
  const maxCol = Math.max(0, ...used);
  const cellsOf = (row: number, from: number, to: number, aisles: boolean) => {
    const members = byRow.get(row)!;
    const cells: SeatCell[] = [];
    const extra: StaffMember[] = [];
    for (let c = from; c <= to; c++) {
      const here = members.filter((m) => m.seat.col === c);
      extra.push(...here.slice(1));
      if (here[0]) cells.push({ kind: 'desk', member: here[0] });
      else if (vacant.has(`${row}:${c}`)) cells.push({ kind: 'vacant' });
      else if (aisles && aisleCols.has(c)) cells.push({ kind: 'aisle' });
      else cells.push({ kind: aisles && !used.has(c) ? 'aisle' : 'empty' });
    }
    // Two people given one desk (an import, say) both stay on the chart, at the row's end.
    for (const m of extra) cells.push({ kind: 'desk', member: m });
    while (cells.length > 0 && !isDesk(cells[cells.length - 1])) cells.pop();
    return cells;
  };
  const blocks: SeatBlock[] = [];
  if (byRow.has(0)) {
    const cols = [
      ...byRow.get(0)!.map((m) => m.seat.col),
      ...plan.emptyDesks.filter((d) => d.row === 0).map((d) => d.col),
    ];
    const lines = [cellsOf(0, Math.min(...cols), Math.max(...cols), false)];
    blocks.push({ team: '', head: true, aisleBefore: false, lines });
  }
  const aisleRows = new Set(plan.aisleRows);
  let previous = 0;
  for (const row of teamRows) {
    const members = byRow.get(row)!;
    const counts = new Map<string, number>();
    for (const m of members) counts.set(m.team, (counts.get(m.team) ?? 0) + 1);
    // A row of empty desks only belongs to the team above it.
    const team =
      [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? blocks[blocks.length - 1]?.team ?? '';
    const cells = cellsOf(row, 1, maxCol, true);
    const walkway = aisleRows.has(row - 1) || row > previous + 1;
    const gap = walkway && blocks.length > 0;
    const last = blocks[blocks.length - 1];
    if (last && !last.head && last.team === team && !gap) last.lines.push(cells);
    else blocks.push({ team, head: false, aisleBefore: gap, lines: [cells] });
    previous = row;
  }
  return blocks;
}

/** A plan row cut into screen lines of `perLine` plan columns; aisles at a cut are dropped. */
function wrapRow(cells: SeatCell[], perLine: number): SeatCell[][] {
  const lines: SeatCell[][] = [];
  for (let i = 0; i < cells.length; i += perLine) {
    const line = cells.slice(i, i + perLine);
    while (line[0]?.kind === 'aisle') line.shift();
    while (line.length > 0 && !isDesk(line[line.length - 1])) line.pop();
    if (line.length > 0) lines.push(line);
  }
  return lines;
}

const wrapBlock = (block: SeatBlock, perLine: number): SeatBlock => ({
  ...block,
  lines: block.lines.flatMap((row) => wrapRow(row, perLine)),
});

/** Sizes of one card and its surroundings for a name font of `n` px. */
function geometry(n: number, staff: readonly StaffMember[], viewport: Viewport) {
  const s = Math.round(n * 0.5);
  const p = Math.round(n * 0.75);
  const pad = Math.round(n * 0.18);
  const gap = Math.round(n * 0.25);
  // Name, position, duties (or the stand-in), extension beside the photo; the presence chip and
  // the return time (or whom the desk stands in for) under both, the card's full width.
  const topH = Math.ceil(n * 1.2 + s * 1.2 * 3);
  const bandH = Math.ceil(p * 1.3 + s * 1.2);
  const cardH = pad * 2 + topH + Math.round(n * 0.12) + bandH + BORDER * 2;
  const photoW = Math.round(topH * 0.75);
  const names = Math.max(3, ...staff.map((m) => textEm(m.name)));
  const smalls = Math.max(
    5.5,
    ...staff.map((m) => textEm(m.position)),
    ...staff.map((m) => textEm(`내선 ${shortExtension(m.extension)}`)),
    ...staff.map((m) => textEm(`대리자 ${m.name}`)),
  );
  const textW = Math.ceil(Math.max(names * n, smalls * s) * 1.03);
  const chipW = p * (1.3 + Math.max(...PRESENCE_WORDS.map(textEm)) + 0.9);
  const bandSmall = Math.max(
    textEm('00:00 복귀 예정'),
    ...staff.map((m) => textEm(`⇄ ${m.name} 대리 근무`)),
  );
  const bandW = Math.max(chipW, s * (bandSmall + 0.5)) * 1.04;
  const inner = Math.round(n * 0.15);
  const cardW = Math.ceil(Math.max(pad * 2 + photoW + inner + textW, pad * 2 + bandW)) + BORDER * 2;
  const marginX = Math.round(viewport.width * 0.012);
  const marginY = Math.round(viewport.height * 0.01);
  // The team's name stands upright beside its block: two characters of the small size.
  const labelW = Math.round(s * 1.6);
  // The title, legend and pager: the name's sizes on a small screen, never more than a band of it
  // (a 5 m setting would otherwise leave no room for a desk).
  const title = Math.min(n, Math.round(viewport.height * 0.05));
  const legend = Math.min(s, Math.round(viewport.height * 0.024));
  return {
    n,
    s,
    p,
    pad,
    gap,
    inner,
    cardH,
    cardW,
    photoW,
    marginX,
    marginY,
    labelW,
    title,
    legend,
  };
}
type Geometry = ReturnType<typeof geometry>;

/** Header (title, room and phone, the legend) and pager heights: wrapped to the screen's width. */
function chromeHeight(g: Geometry, viewport: Viewport, title: string, paged: boolean) {
  const avail = viewport.width - 2 * g.marginX;
  const titleW = g.title * textEm(title) + g.legend * 17;
  const legendW = g.legend * PRESENCE_WORDS.reduce((sum, w) => sum + textEm(w) + 2.2, 0);
  // The legend shares the title's line when both fit; otherwise it wraps under the title.
  const header =
    titleW + legendW <= avail
      ? g.title * 1.3 + g.gap * 2 + BORDER
      : Math.ceil(titleW / avail) * g.title * 1.3 +
        Math.ceil(legendW / avail) * g.legend * 1.5 +
        g.gap * 2 +
        BORDER;
  const pager = paged ? g.gap + g.legend * 1.5 * Math.ceil((g.legend * 40) / avail) : 0;
  return header + pager;
}

function lineWidth(g: Geometry, line: SeatCell[]) {
  const units = line.reduce((sum, c) => sum + (c.kind === 'aisle' ? AISLE_UNITS : 1), 0);
  return units * g.cardW + Math.max(0, line.length - 1) * g.gap;
}

function widthFits(g: Geometry, viewport: Viewport, blocks: SeatBlock[]) {
  const widest = Math.max(
    0,
    ...blocks.flatMap((b) => b.lines.map((l) => lineWidth(g, l) + (b.head ? 0 : g.labelW + g.gap))),
  );
  return widest + 2 * g.marginX <= viewport.width;
}

function blocksFit(g: Geometry, viewport: Viewport, blocks: SeatBlock[], chrome: number) {
  if (!widthFits(g, viewport, blocks)) return false;
  let h = chrome + 2 * g.marginY;
  blocks.forEach((b, i) => {
    h += b.lines.length * g.cardH + (b.lines.length - 1) * g.gap;
    if (i > 0) h += g.gap * (b.aisleBefore ? 3 : 1.6);
  });
  return h <= viewport.height;
}

/**
 * Lay the office out: the largest name size at which the whole plan fits one screen (wrapping
 * wide rows if that fits better), never smaller than legible. If even the legible size does not
 * fit, whole teams go to further pages (a team split only when it alone exceeds a screen).
 */
export function seatLayout(
  staff: readonly StaffMember[],
  viewport: Viewport,
  settings: SeatSettings,
  title = '',
  plan?: SeatPlan,
): SeatLayout {
  const legible = legibleNamePx(viewport, settings);
  const blocks = seatBlocks(staff, plan);
  const planCols = Math.max(
    1,
    ...blocks.flatMap((b) => b.lines.map((l) => l.filter((c) => c.kind !== 'aisle').length)),
  );
  // Large enough cards in a small office, not posters: the name at most 1/16 of the short side.
  const ceiling = Math.max(legible, Math.floor(Math.min(viewport.height, viewport.width) / 16));
  const fitsAt = (n: number, perLine: number, subset: SeatBlock[], paged: boolean) => {
    const g = geometry(n, staff, viewport);
    const wrapped = subset.map((b) => wrapBlock(b, perLine));
    return blocksFit(g, viewport, wrapped, chromeHeight(g, viewport, title, paged));
  };
  const fits: { n: number; perLine: number }[] = [];
  for (let perLine = planCols; perLine >= 1; perLine--) {
    if (!fitsAt(legible, perLine, blocks, false)) continue;
    let lo = legible;
    let hi = ceiling;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (fitsAt(mid, perLine, blocks, false)) lo = mid;
      else hi = mid - 1;
    }
    fits.push({ n: lo, perLine });
  }
  // The largest cards; between nearly equal ones the room's own rows, cut the least.
  const largest = Math.max(0, ...fits.map((f) => f.n));
  const best = fits.find((f) => f.n >= largest * 0.95) ?? null;
  const build = (n: number, perLine: number, pages: SeatPage[]): SeatLayout => {
    const g = geometry(n, staff, viewport);
    return {
      namePx: n,
      smallPx: g.s,
      titlePx: g.title,
      legendPx: g.legend,
      presencePx: g.p,
      cardW: g.cardW,
      cardH: g.cardH,
      photoW: g.photoW,
      padPx: g.pad,
      gapPx: g.gap,
      aisleW: Math.round(g.cardW * AISLE_UNITS),
      labelW: g.labelW,
      marginX: g.marginX,
      marginY: g.marginY,
      perLine,
      legibleNamePx: legible,
      pages,
    };
  };
  if (best) {
    const wrapped = blocks.map((b) => wrapBlock(b, best.perLine));
    return build(best.n, best.perLine, [{ blocks: wrapped }]);
  }
  // Paging at the legible size: the plan width that fits, then whole blocks page by page.
  let perLine = planCols;
  const g = geometry(legible, staff, viewport);
  while (
    perLine > 1 &&
    !widthFits(
      g,
      viewport,
      blocks.map((b) => wrapBlock(b, perLine)),
    )
  )
    perLine--;
  const pages: SeatPage[] = [];
  let current: SeatBlock[] = [];
  for (const block of blocks.map((b) => wrapBlock(b, perLine))) {
    const trial = [...current, block];
    if (
      current.length === 0 ||
      blocksFit(g, viewport, trial, chromeHeight(g, viewport, title, true))
    ) {
      current = trial;
      continue;
    }
    pages.push({ blocks: current });
    current = [{ ...block, aisleBefore: false }];
  }
  if (current.length > 0) pages.push({ blocks: current });
  // A block taller than a screen on its own is cut by lines: the one case a team is split.
  const split = pages.flatMap((page) =>
    splitTall(g, viewport, page, chromeHeight(g, viewport, title, true)),
  );
  return build(legible, perLine, split.length > 0 ? split : [{ blocks: [] }]);
}

function splitTall(g: Geometry, viewport: Viewport, page: SeatPage, chrome: number): SeatPage[] {
  if (page.blocks.length !== 1 || blocksFit(g, viewport, page.blocks, chrome)) return [page];
  const [block] = page.blocks as [SeatBlock];
  const out: SeatPage[] = [];
  let lines: SeatCell[][] = [];
  for (const line of block.lines) {
    const trial = [...lines, line];
    if (lines.length > 0 && !blocksFit(g, viewport, [{ ...block, lines: trial }], chrome)) {
      out.push({ blocks: [{ ...block, lines }] });
      lines = [line];
    } else lines = trial;
  }
  if (lines.length > 0) out.push({ blocks: [{ ...block, lines }] });
  return out;
}

/** The teams a page shows, for the pager to name what is on the other pages. */
export const pageTeams = (page: SeatPage): string[] => [
  ...new Set(page.blocks.filter((b) => !b.head && b.team).map((b) => b.team)),
];

/** The staff a page shows. */
export const pageMembers = (page: SeatPage): StaffMember[] =>
  page.blocks.flatMap((b) =>
    b.lines.flatMap((l) => l.flatMap((c) => (c.kind === 'desk' ? [c.member] : []))),
  );

/** What a screen line's cells take across, where the screen sizes its own desks (the kiosk). */
export type CellWidths = { deskW: number; aisleW: number; gapPx: number; labelW: number };

const widthOfLine = (line: SeatCell[], w: CellWidths) =>
  line.reduce((sum, c) => sum + (c.kind === 'aisle' ? w.aisleW : w.deskW), 0) +
  Math.max(0, line.length - 1) * w.gapPx;

const widestOf = (blocks: SeatBlock[], w: CellWidths) =>
  Math.max(
    0,
    ...blocks.flatMap((b) =>
      b.lines.map((l) => widthOfLine(l, w) + (b.head ? 0 : w.labelW + w.gapPx)),
    ),
  );

/**
 * The plan's blocks in a box of fixed width whose desks keep their size (the kiosk's text does not
 * shrink to fit): each row whole where the room fits, otherwise cut into as few lines as the width
 * allows, filled evenly (five desks where four fit: 3 + 2, not 4 + 1). One desk per line at worst.
 */
export function wrapToWidth(
  blocks: SeatBlock[],
  width: number,
  w: CellWidths,
): { perLine: number; blocks: SeatBlock[] } {
  const cols = Math.max(1, ...blocks.flatMap((b) => b.lines.map((l) => l.length)));
  let fit = cols;
  while (
    fit > 1 &&
    widestOf(
      blocks.map((b) => wrapBlock(b, fit)),
      w,
    ) > width
  )
    fit--;
  // As many lines as the widest row needs at `fit`, each as full as the others.
  let even = Math.ceil(cols / Math.ceil(cols / fit));
  // A cut can move a narrow walkway out of a line and a desk in: check again.
  while (
    even > 1 &&
    widestOf(
      blocks.map((b) => wrapBlock(b, even)),
      w,
    ) > width
  )
    even--;
  return { perLine: even, blocks: blocks.map((b) => wrapBlock(b, even)) };
}
