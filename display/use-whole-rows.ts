/**
 * Measures a list's rows as the page draws them and splits them into pages of whole rows that fit
 * the list's box (board-layout.ts `wholeRowPages`). Measured again whenever the box or a row
 * changes size (a window resize, the offline band appearing, the font arriving) or the rows'
 * content changes.
 */
import { useEffect, useState } from 'preact/hooks';
import { wholeRowPages } from './board-layout';

export type RowPages = { pages: number[][]; left: number[] };
/** `measuredKey` is the content key the pages were measured for: null until the first measure. */
type Measured = RowPages & { measuredKey: string | null; ref: (el: HTMLElement | null) => void };

const EMPTY: RowPages & { measuredKey: string | null } = { pages: [], left: [], measuredKey: null };
const same = (a: object, b: object) => JSON.stringify(a) === JSON.stringify(b);

/** `ref` goes on the list; its children are the rows. */
export function useWholeRows(contentKey: string): Measured {
  const [result, setResult] = useState(EMPTY);
  // The element itself, not a ref object: the measuring starts whenever the list is there.
  const [el, setEl] = useState<HTMLElement | null>(null);
  useEffect(() => {
    if (!el) return;
    const measure = () => {
      const rows = [...el.children] as HTMLElement[];
      // Every row drawn for a moment (no paint happens inside this function), each measured at
      // the list's width; the list's own height is set by the screen's grid, never by its rows.
      const hidden = rows.map((row) => row.hidden);
      for (const row of rows) row.hidden = false;
      const heights = rows.map((row) => row.getBoundingClientRect().height);
      rows.forEach((row, i) => (row.hidden = hidden[i] ?? false));
      const gap = parseFloat(getComputedStyle(el).rowGap) || 0;
      const next = { ...wholeRowPages(heights, el.clientHeight, gap), measuredKey: contentKey };
      setResult((prev) => (same(prev, next) ? prev : next));
    };
    measure();
    // The list's box and each row's: a row's size changes when its web font arrives.
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    for (const row of el.children) observer.observe(row);
    void document.fonts?.ready.then(measure);
    return () => observer.disconnect();
  }, [el, contentKey]);
  return { ...result, ref: setEl };
}
