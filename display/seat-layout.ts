/**
 * How many seat cards fit on a wall display, and which go on which page. Names and presence are
 * sized to the device's viewing distance (0.7°: 37 mm at 3 m); the rest is for reading close up.
 * Pure: tests and the screen call it with a viewport and the device's settings.
 */
import type { DeviceSettings } from '../shared/schemas/devices';
import type { StaffMember } from '../shared/schemas/hall';
import { minGlyphMm } from '../shared/ui/legibility';

/**
 * Hangul of Pretendard inks 0.88–0.9 em (measured: 교육 0.88, names 0.9); the lower bound, less a
 * margin, so every word stands the full height (tests/browser/display-text-size.spec.ts).
 */
const HANGUL_INK_EM = 0.86;
/** An unpaired preview: a 43-inch panel read from 3 m, as the demo's door displays. */
export const UNPAIRED_SEATS = { pxPerMm: 2.02, viewingDistanceMm: 3000 };

export type SeatLayout = {
  namePx: number;
  smallPx: number;
  cardW: number;
  cardH: number;
  columns: number;
  rowsPerPage: number;
};

export function seatLayout(
  viewport: { width: number; height: number },
  settings: Pick<DeviceSettings, 'pxPerMm' | 'viewingDistanceMm'>,
): SeatLayout {
  const legible = Math.ceil(
    (minGlyphMm(settings.viewingDistanceMm) * settings.pxPerMm) / HANGUL_INK_EM,
  );
  const namePx = Math.max(legible, Math.round(viewport.height * 0.04), 28);
  const smallPx = Math.max(18, Math.round(Math.min(namePx * 0.4, viewport.height * 0.024)));
  const gap = Math.round(viewport.height * 0.015);
  // Name and presence word, then position, two duty lines, extension and the return/stand-in line.
  const textH = namePx * 1.2 * 2 + smallPx * 1.3 * 5 + smallPx * 0.15 * 5;
  const cardH = Math.ceil(textH + 30);
  // The longest presence word (창구근무, 점심(교대)) with its mark, or a duty line of 15 characters.
  const textW = Math.max(namePx * 5.6, smallPx * 15);
  const photoW = Math.min(cardH * 0.5, textW * 0.45);
  const cardW = Math.ceil(textW + photoW + 40);
  const padX = viewport.width * 0.05;
  const headerH = viewport.height * 0.04 + Math.max(namePx, viewport.height * 0.045) * 1.6;
  const columns = Math.max(1, Math.floor((viewport.width - padX + gap) / (cardW + gap)));
  const rowsPerPage = Math.max(
    1,
    Math.floor((viewport.height - headerH - viewport.height * 0.04 + gap) / (cardH + gap)),
  );
  return { namePx, smallPx, cardW, cardH, columns, rowsPerPage };
}

/**
 * Lines of cards in seat order: the head of the office (seat row 0) first, then each team's desks
 * row by row and left to right, filling each line of the screen. Pages take whole lines.
 */
export function seatPages(staff: readonly StaffMember[], columns: number, rowsPerPage: number) {
  const sorted = [...staff].sort(
    (a, b) => a.seat.row - b.seat.row || a.seat.col - b.seat.col || a.id - b.id,
  );
  const lines: StaffMember[][] = [];
  for (let i = 0; i < sorted.length; i += columns) lines.push(sorted.slice(i, i + columns));
  const pages: StaffMember[][][] = [];
  for (let i = 0; i < lines.length; i += rowsPerPage) pages.push(lines.slice(i, i + rowsPerPage));
  return pages.length > 0 ? pages : [[]];
}
