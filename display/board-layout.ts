/**
 * The now-serving board's text sizes and arrangement, from the panel's physical size: px/mm comes
 * from the diagonal and the resolution the board actually runs at (as the seat chart's does), so
 * the same device settings give the same millimetres on a 1080p and a 4K panel. Pure: the screen
 * and the tests call it with a viewport and the device's settings.
 */
import type { DeviceSettings } from '../shared/schemas/devices';
import { minGlyphMm } from '../shared/ui/legibility';
import { DEFAULT_PANEL_INCH, HANGUL_INK_EM, panelPxPerMm } from './seat-layout';

/**
 * A board opened by a signed-in officer (no device settings), or a device enrolled before the
 * panel's diagonal was recorded: the demo's 43″ panel read from 5 m, the usual waiting-area case.
 */
export const UNPAIRED_BOARD = { panelInch: DEFAULT_PANEL_INCH, viewingDistanceMm: 5000 };

/**
 * Under this many Hangul characters across the screen the board has no room for the recent calls
 * beside the waiting list: they take turns in one full-width area instead (a 43″ panel at 5 m
 * holds about 13).
 */
export const SIDE_BY_SIDE_CHARS = 20;

/**
 * Digits of Pretendard ink about 0.72 em (shared/ui/legibility.ts); a "1" at the board's weights
 * measures 0.711 as the browser rounds it, so the bound, less a margin, makes every digit stand
 * the full height.
 */
export const DIGIT_INK_EM = 0.7;

export type BoardSettings = Pick<DeviceSettings, 'viewingDistanceMm'> & { panelInch?: number };
type Viewport = { width: number; height: number };

export type BoardSizes = {
  pxPerMm: number;
  /** The smallest font (px) whose digits stand 0.7° at the reading distance. */
  digitPx: number;
  /** The same for Hangul, whose ink is taller than a digit's. */
  textPx: number;
  /** True when recent calls and the waiting list take turns in one area. */
  alternate: boolean;
};

/** The device's settings as the board reads them: its own where set, else the 43″ at 5 m. */
export function boardSettings(device: Partial<BoardSettings> | undefined): BoardSettings {
  return {
    viewingDistanceMm: device?.viewingDistanceMm ?? UNPAIRED_BOARD.viewingDistanceMm,
    panelInch: device?.panelInch ?? UNPAIRED_BOARD.panelInch,
  };
}

export function boardSizes(viewport: Viewport, settings: BoardSettings): BoardSizes {
  const pxPerMm = panelPxPerMm(viewport, settings.panelInch);
  const inkPx = minGlyphMm(settings.viewingDistanceMm) * pxPerMm;
  const textPx = Math.ceil(inkPx / HANGUL_INK_EM);
  return {
    pxPerMm,
    digitPx: Math.ceil(inkPx / DIGIT_INK_EM),
    textPx,
    alternate: viewport.width / textPx < SIDE_BY_SIDE_CHARS,
  };
}

/**
 * A service's name as the wall shows it: without the bracketed detail ("가족관계등록(출생·혼인·
 * 사망 신고, 증명)" → "가족관계등록"), which would take two more lines at a size read from across
 * the room; the kiosk shows it in full.
 */
export function wallName(name: string): string {
  const short = name.replace(/\s*[(（].*$/, '').trim();
  return short.length > 0 ? short : name;
}

/**
 * Whole rows to a page: each page holds as many rows, in order, as fit `available` px with `gap`
 * between them. A row taller than the whole area is left out (returned in `left`) rather than
 * shown cut; the board says how many.
 */
export function wholeRowPages(
  heights: readonly number[],
  available: number,
  gap: number,
): { pages: number[][]; left: number[] } {
  const pages: number[][] = [];
  const left: number[] = [];
  let page: number[] = [];
  let used = 0;
  heights.forEach((h, i) => {
    // Half a pixel of slack: layout rounds each row's box.
    if (h > available + 0.5) return void left.push(i);
    const need = page.length === 0 ? h : used + gap + h;
    if (need <= available + 0.5) {
      page.push(i);
      used = need;
    } else {
      pages.push(page);
      page = [i];
      used = h;
    }
  });
  if (page.length > 0) pages.push(page);
  return { pages, left };
}
