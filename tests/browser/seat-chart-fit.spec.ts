/**
 * Issue 18: every demo office's door display shows the whole office on one screen, laid out as its
 * seat plan, with every name's ink at least 0.7° high at the door's reading distance (1.2 m) on a
 * 43-inch panel, in landscape, 4K and portrait; nothing overlaps, leaves the screen or is cut.
 */
import { expect, test, type Page } from '@playwright/test';
import { DEMO_DEPARTMENTS } from '../../server/demo/departments';
import { serverPerFile } from './server';

const server = serverPerFile();

const SIZES = [
  { width: 1920, height: 1080, name: 'landscape' },
  { width: 3840, height: 2160, name: '4k' },
  { width: 1080, height: 1920, name: 'portrait' },
];
const MIN_INK_MM = 1200 * Math.tan((0.7 * Math.PI) / 180);

/** Layout faults on the shown page: boxes off screen, overlapping, text out of its card or cut. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const boxes = [
      ...document.querySelectorAll<HTMLElement>(
        '.seat-card, .seat-team, .display-header, .seat-pager',
      ),
    ].map((el) => ({ el, r: el.getBoundingClientRect() }));
    for (const { el, r } of boxes) {
      const name = el.getAttribute('aria-label') ?? el.className;
      if (r.left < -0.5 || r.top < -0.5 || r.right > vw + 0.5 || r.bottom > vh + 0.5)
        problems.push(`${name}: outside the screen`);
    }
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.r;
        const b = boxes[j]!.r;
        const overlap =
          Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
          Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
        if (overlap)
          problems.push(
            `${boxes[i]!.el.getAttribute('aria-label')} overlaps ${boxes[j]!.el.getAttribute('aria-label')}`,
          );
      }
    for (const card of document.querySelectorAll<HTMLElement>('.seat-card')) {
      const box = card.getBoundingClientRect();
      const name = card.getAttribute('aria-label');
      for (const el of card.querySelectorAll<HTMLElement>(
        '.seat-photo, .seat-text > *, .seat-band > *',
      )) {
        const r = el.getBoundingClientRect();
        if (
          r.left < box.left - 0.5 ||
          r.right > box.right + 0.5 ||
          r.top < box.top - 0.5 ||
          r.bottom > box.bottom + 0.5
        )
          problems.push(`${name}: .${el.getAttribute('class')} leaves the card`);
      }
      // Name, presence, return time and stand-in are never cut; duties may end in an ellipsis.
      for (const el of card.querySelectorAll<HTMLElement>(
        '.seat-name, .seat-presence, .seat-away, .seat-proxy, .seat-position, .seat-extension',
      )) {
        if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
          problems.push(`${name}: .${el.className} is cut`);
      }
    }
    return problems;
  });
}

/** Ink height (px) of every name: the glyphs' measured ascent and descent at its font. */
async function nameInks(page: Page) {
  return page.locator('.seat-name').evaluateAll((els) => {
    const ctx = document.createElement('canvas').getContext('2d')!;
    return els.map((el) => {
      const s = getComputedStyle(el);
      ctx.font = `${s.fontStyle} ${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
      const m = ctx.measureText(el.textContent ?? '');
      return {
        text: el.textContent ?? '',
        px: m.actualBoundingBoxAscent + m.actualBoundingBoxDescent,
      };
    });
  });
}

test.describe.configure({ mode: 'serial' });

for (const size of SIZES) {
  test(`every demo office fits its door display at ${size.width}×${size.height}`, async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const counter = await (await browser.newContext()).newPage();
    await counter.goto(`${server.url}/api/demo/open/counter`);
    const { staff } = (await (await counter.request.get(`${server.url}/api/staff`)).json()) as {
      staff: { id: number; departmentId: number; seat: { row: number; col: number } }[];
    };
    const context = await browser.newContext({
      viewport: { width: size.width, height: size.height },
    });
    const page = await context.newPage();
    const pxPerMm = Math.hypot(size.width, size.height) / (43 * 25.4);
    for (const d of DEMO_DEPARTMENTS) {
      await page.goto(`${server.url}/api/demo/open/seats-${d.slug}`);
      await expect(page.locator('.seat-card').first()).toBeVisible();
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: test.info().outputPath(`seats-${size.name}-${d.slug}.png`) });
      const firstId = Number(
        await page.locator('.seat-card').first().getAttribute('data-staff-id'),
      );
      const departmentId = staff.find((s) => s.id === firstId)!.departmentId;
      const members = staff.filter((s) => s.departmentId === departmentId);
      // The whole office, on one page.
      await expect(page.locator('.seat-pager'), d.slug).toHaveCount(0);
      await expect(page.locator('.seat-card'), d.slug).toHaveCount(members.length);
      for (const card of await page.locator('.seat-card').all())
        await expect(card).toBeInViewport({ ratio: 1 });
      expect(await layoutProblems(page), d.slug).toEqual([]);
      const short = (await nameInks(page))
        .filter((h) => h.px / pxPerMm < MIN_INK_MM)
        .map((h) => `${h.text} ${(h.px / pxPerMm).toFixed(1)} mm`);
      expect(short, `${d.slug}: names under ${MIN_INK_MM.toFixed(1)} mm`).toEqual([]);
      // As arranged: the head's desk above every team desk, rows in the plan's order.
      const tops = await page.locator('.seat-card').evaluateAll((els) =>
        els.map((el) => ({
          id: Number(el.getAttribute('data-staff-id')),
          top: el.getBoundingClientRect().top,
          left: el.getBoundingClientRect().left,
        })),
      );
      const seatOf = (id: number) => members.find((m) => m.id === id)!.seat;
      for (const a of tops)
        for (const b of tops) {
          const sa = seatOf(a.id);
          const sb = seatOf(b.id);
          if (sa.row < sb.row) expect(a.top, `${d.slug} rows`).toBeLessThan(b.top);
          if (sa.row === sb.row && sa.col < sb.col && a.top === b.top)
            expect(a.left, `${d.slug} columns`).toBeLessThan(b.left);
        }
    }
    await context.close();
  });
}

test('a presence change at the counter console shows on the whole-office chart within a second', async ({
  browser,
}) => {
  const counter = await (await browser.newContext()).newPage();
  await counter.goto(`${server.url}/api/demo/open/counter`);
  const me = (await (await counter.request.get(`${server.url}/api/staff/me`)).json()) as {
    staff: { id: number };
    department: { slug: string };
  };
  const display = await (
    await browser.newContext({ viewport: { width: 1080, height: 1920 } })
  ).newPage();
  await display.goto(`${server.url}/api/demo/open/seats-${me.department.slug}`);
  const card = display.locator(`.seat-card[data-staff-id="${me.staff.id}"]`);
  await expect(card).toBeVisible();
  const panel = counter.getByRole('region', { name: '내 근무 상태' });
  await panel.getByLabel('복귀 예정 시각').fill('15:10');
  await panel.getByRole('button', { name: '교육', exact: true }).click();
  await expect(card.locator('.seat-presence')).toContainText('교육', { timeout: 1000 });
  await expect(card.locator('.seat-away')).toContainText('15:10 복귀 예정');
  // The stand-in's own desk says for whom.
  await expect(display.locator('.seat-card.standin .seat-standin-for').first()).toBeVisible();
  expect(await layoutProblems(display)).toEqual([]);
  await display.screenshot({ path: test.info().outputPath('seats-live-training.png') });
  await panel.getByRole('button', { name: '재실', exact: true }).click();
  await expect(card.locator('.seat-presence')).toContainText('재실', { timeout: 1000 });
});

test('?highlight=<staffId> marks the desk being looked for', async ({ browser }) => {
  const page = await (
    await browser.newContext({ viewport: { width: 1920, height: 1080 } })
  ).newPage();
  await page.goto(`${server.url}/api/demo/open/seats-civil-passport`);
  const third = page.locator('.seat-card').nth(3);
  const id = await third.getAttribute('data-staff-id');
  await page.goto(`${server.url}/display/seats/civil-passport?highlight=${id}`);
  const card = page.locator(`.seat-card[data-staff-id="${id}"]`);
  await expect(card).toHaveClass(/highlight/);
  await expect(card).toHaveAttribute('aria-current', 'true');
  await expect(card.locator('.seat-here')).toHaveText('찾으시는 분');
  await expect(page.locator('.seat-card.highlight')).toHaveCount(1);
  await page.screenshot({ path: test.info().outputPath('seats-highlight.png') });
});
