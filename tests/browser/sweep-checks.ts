/**
 * The field checks of a kiosk screen (issue 22): what a visitor at the real 1080×1920 panel meets.
 * Nothing sticks out of the viewport, no control sits under a fixed bar or out of reach, targets
 * are ≥ 12 mm at the device's px/mm, text is not cut, and axe finds no WCAG 2.2 AA violation.
 */
import axe from 'axe-core';
import type { Page } from '@playwright/test';

/** The demo kiosk's device settings (server/demo/demo-hall.ts). */
export const DEVICE = { pxPerMm: 4.03, screenBottomMm: 900 };
export const MIN_SIDE_MM = 12;

export type Problems = {
  axe: string[];
  /** Elements that stick out of the viewport (sideways scroll, cut off at the edge). */
  outside: string[];
  /** Controls whose centre, scrolled into view, is covered by something else (a fixed bar). */
  covered: string[];
  /** Controls under 12 × 12 mm. */
  small: string[];
  /** Text cut by a hidden overflow or an ellipsis. */
  clipped: string[];
  /** Text squeezed into a column a few letters wide (a neighbour took the room). */
  cramped: string[];
};

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe (WCAG 2.0–2.2 A and AA) over the page. The kiosk is one document whose screens change in
 * place, so axe is put into the page once and run again per screen: AxeBuilder injects its
 * 600 KB source at every call, which made a check cost about 1 s instead of 0.2 s. The screens
 * have no frames, which is all AxeBuilder would add.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: typeof axe }).axe
        .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
        .then((r) =>
          r.violations.map((v) => ({
            id: v.id,
            nodes: v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`),
          })),
        ),
    WCAG_TAGS,
  );
  return violations.map((v) => `${v.id}: ${v.nodes.join(' | ')}`);
}

/**
 * Runs in the page. `scope`: the screen's root (the kiosk, or the pairing page). Every control is
 * scrolled into view one by one, as a finger would scroll to it, and hit-tested at its centre.
 */
export async function layoutProblems(page: Page, scope: string, pxPerMm: number) {
  return page.evaluate(
    ({ scope, pxPerMm, minSide }) => {
      const out = { outside: [] as string[], covered: [] as string[], small: [] as string[] };
      const clipped: string[] = [];
      const cramped: string[] = [];
      const vw = window.innerWidth;
      const vh = window.innerHeight;
      const name = (el: Element) =>
        `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}"`;
      const skip = (el: Element) =>
        el.closest('.visually-hidden, .receipt, [aria-hidden="true"], .lens, [inert]') !== null;
      const root = document.querySelector(scope);
      if (!root) return { ...out, clipped: [`no ${scope}`], cramped };
      if (document.documentElement.scrollWidth > vw + 1)
        out.outside.push(`page is ${document.documentElement.scrollWidth - vw} px too wide`);

      // Anything laid out beyond the viewport's sides or beyond a box that clips it sideways
      // (the scrolling screen): cut off, or reachable only by a sideways drag with no cue.
      const clipX = (el: Element) => {
        let [left, right] = [0, vw];
        for (let p = el.parentElement; p && p !== document.documentElement; p = p.parentElement) {
          if (getComputedStyle(p).overflowX === 'visible') continue;
          const r = p.getBoundingClientRect();
          left = Math.max(left, r.left);
          right = Math.min(right, r.right);
        }
        return { left, right };
      };
      const scrolledAncestor = (el: Element) => {
        for (let p = el.parentElement; p; p = p.parentElement) if (p.scrollTop > 0) return true;
        return window.scrollY > 0;
      };
      for (const el of root.querySelectorAll<HTMLElement>('*')) {
        const svg: Element | null = el.closest('svg');
        if (skip(el) || (svg && svg !== el)) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        // Above the top with nothing scrolled: no scrolling brings it back.
        if (r.bottom < -1 && !scrolledAncestor(el))
          out.outside.push(`${name(el)} is above the screen's top (y=${Math.round(r.top)})`);
        const clip = clipX(el);
        if (r.right > clip.right + 1 || r.left < clip.left - 1)
          out.outside.push(
            `${name(el)} spans ${Math.round(r.left)}–${Math.round(r.right)} px (room ${Math.round(clip.left)}–${Math.round(clip.right)})`,
          );
        const s = getComputedStyle(el);
        if (!el.textContent?.trim()) continue;
        const hidesX = s.overflowX === 'hidden' || s.overflowX === 'clip';
        const hidesY = s.overflowY === 'hidden' || s.overflowY === 'clip';
        if (hidesX && el.scrollWidth > el.clientWidth + 1)
          clipped.push(`${name(el)}: ${el.scrollWidth} > ${el.clientWidth}`);
        if (hidesY && el.scrollHeight > el.clientHeight + 1)
          clipped.push(`${name(el)}: ${el.scrollHeight} ↓ ${el.clientHeight}`);
        if (s.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1)
          clipped.push(`${name(el)}: ellipsis`);
        // Text squeezed by a neighbour: a word of up to six letters ("2F", "여권") broken over
        // lines, or a paragraph wrapping line after line in under four letters' width. Lines
        // are counted from the text's own line boxes, not the box (buttons have a min-height).
        const own = [...el.childNodes].filter((n) => n.nodeType === 3 && n.textContent!.trim());
        if (own.length === 0) continue;
        const em = parseFloat(s.fontSize) || 16;
        const range = document.createRange();
        range.setStartBefore(own[0]!);
        range.setEndAfter(own[own.length - 1]!);
        const tops = new Set([...range.getClientRects()].map((q) => Math.round(q.top / (em / 2))));
        const text = el.textContent.trim();
        if (!/\s/.test(text) && text.length <= 6 && tops.size > 1)
          cramped.push(`${name(el)}: one word on ${tops.size} lines`);
        if (r.width < 4 * em && tops.size > 4)
          cramped.push(`${name(el)}: ${Math.round(r.width)} px wide, ${tops.size} lines`);
      }

      const sel =
        'button, a[href], input:not([type="hidden"]), select, textarea, [role="button"], [role="tab"], [role="radio"], [role="switch"]';
      const scrollers = [...document.querySelectorAll<HTMLElement>('*')].filter((el) => {
        const o = getComputedStyle(el).overflowY;
        return (o === 'auto' || o === 'scroll') && el.scrollHeight > el.clientHeight;
      });
      const saved = scrollers.map((el) => el.scrollTop);
      const savedWindow = window.scrollY;
      for (const el of root.querySelectorAll<HTMLElement>(sel)) {
        if (skip(el)) continue;
        // A checkbox's target is its label.
        const target = (el instanceof HTMLInputElement && el.closest('label')) || el;
        let r = target.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        if (r.width / pxPerMm < minSide || r.height / pxPerMm < minSide)
          out.small.push(
            `${name(target)} ${(r.width / pxPerMm).toFixed(1)}×${(r.height / pxPerMm).toFixed(1)} mm`,
          );
        target.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
        r = target.getBoundingClientRect();
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        if (x < 0 || x > vw || y < 0 || y > vh) {
          out.covered.push(`${name(target)}: centre ${Math.round(x)},${Math.round(y)} off-screen`);
          continue;
        }
        const hit = document.elementFromPoint(x, y);
        if (hit && (target.contains(hit) || hit.contains(target) || el.contains(hit))) continue;
        const bar = hit?.closest('.kiosk-top, .mode-bar, .kiosk-bottom, .reconnecting');
        out.covered.push(
          `${name(target)} under ${bar ? name(bar) : hit ? name(hit) : 'nothing'} at y=${Math.round(y)}`,
        );
      }
      scrollers.forEach((el, i) => (el.scrollTop = saved[i] ?? 0));
      window.scrollTo(0, savedWindow);
      return { ...out, clipped, cramped };
    },
    { scope, pxPerMm, minSide: MIN_SIDE_MM },
  );
}

export async function screenProblems(page: Page, scope = '.kiosk'): Promise<Problems> {
  const axe = await axeViolations(page);
  const layout = await layoutProblems(page, scope, DEVICE.pxPerMm);
  return { axe, ...layout };
}
