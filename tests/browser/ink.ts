/**
 * How tall text stands on a wall display: each element's own text measured as the page draws it
 * (a canvas in the element's computed font), in CSS px. Digits are measured on their own too:
 * in "대기 3명" the Hangul is taller than the 3, and it is the 3 a visitor must read.
 */
import type { Page } from '@playwright/test';

export type Ink = {
  text: string;
  /** The ink of the whole text, and of its digits alone where it has any. */
  px: number;
  digitsPx: number | null;
  /** The class of the element, to say where a short text is. */
  where: string;
};

/**
 * The ink of every element matched by `selector` (or, by default, every element under it that
 * draws text of its own) that is rendered and not hidden, skipping `skip`.
 */
export async function inkHeights(
  page: Page,
  selector: string,
  options: { descendants?: boolean; skip?: string } = {},
): Promise<Ink[]> {
  await page.evaluate(() => document.fonts.ready);
  return page.locator(selector).evaluateAll(
    (roots, { descendants, skip }) => {
      const ctx = document.createElement('canvas').getContext('2d')!;
      const els = descendants
        ? roots.flatMap((root) => [root, ...root.querySelectorAll('*')])
        : roots;
      const ink = (text: string) => {
        const m = ctx.measureText(text);
        return m.actualBoundingBoxAscent + m.actualBoundingBoxDescent;
      };
      return els
        .filter((el) => el.getClientRects().length > 0)
        .filter((el) => !(skip && el.closest(skip)))
        .filter((el) => getComputedStyle(el).visibility !== 'hidden')
        .map((el) => {
          const s = getComputedStyle(el);
          ctx.font = `${s.fontStyle} ${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
          // Own text only (a counter's unit is measured on its own, at its own size).
          const text = [...el.childNodes]
            .filter((n) => n.nodeType === Node.TEXT_NODE)
            .map((n) => n.textContent ?? '')
            .join('')
            .trim();
          const digits = text.replace(/[^0-9]/g, '');
          return {
            text,
            px: ink(text),
            digitsPx: digits ? ink(digits) : null,
            where: String(el.className || el.tagName.toLowerCase()),
          };
        })
        .filter((x) => x.text.length > 0);
    },
    { descendants: options.descendants ?? false, skip: options.skip ?? '' },
  );
}

/** The smaller of a text's heights: its digits where it has any, else its whole ink. */
export const shortestInk = (ink: Ink): number => Math.min(ink.px, ink.digitsPx ?? Infinity);
