/**
 * The now-serving board fits its panel (the issue "Kiosk and board fit for the field"): with a call
 * shown and every demo service waiting, at 1920×1080 and 3840×2160 on the demo's 43″ panel, read
 * from 5 m and from 3 m, every waiting-list row on screen is whole (inside its list and the
 * window, on every page the list turns through), and every text stands at least 0.7° high at the
 * device's viewing distance (61 mm at 5 m, 37 mm at 3 m) at the px/mm of the panel's diagonal over
 * the resolution, so a 4K panel's digits are as tall in millimetres as a 1080p one's. Without the
 * server, the board says so in a band of its own that does not cover the header or a call.
 */
import { expect, test, type Page } from '@playwright/test';
import { minGlyphMm } from '../../shared/ui/legibility';
import { panelPxPerMm } from '../../display/seat-layout';
import { inkHeights, shortestInk } from './ink';
import {
  counterOfficer,
  demoToken,
  deviceOf,
  issue,
  newKiosk,
  OPEN_HOUR,
  setViewingDistance,
} from './queue-api';
import { childServer, serverPerFile, type ChildServer } from './server';

const server = serverPerFile();

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
];
/** Texts that are not read from the seats: the installer's sound switch, the arrow's shape. */
const NOT_READ = '.board-sound, .board-sound-setup, .call-arrow';

/** A ticket waiting at every demo service, and three calls: the newest and two recent ones. */
async function fillQueues(url: string): Promise<number> {
  const kiosk = await demoToken(url, 'kiosk');
  const second = await newKiosk(url, '2층 키오스크');
  const officer = await counterOfficer(url);
  const services = officer.view.services;
  for (const s of services) await issue(url, kiosk, s.id);
  for (const s of services) await issue(url, second, s.id);
  for (const counter of [1, 4, 6]) {
    await officer.open(counter);
    await officer.callNext(counter);
  }
  return services.length;
}

async function openBoard(page: Page, url: string) {
  await page.goto(`${url}/api/demo/open/board`);
  await expect(page.getByTestId('newest-number')).toBeVisible();
  await page.getByRole('button', { name: '소리 없이 쓰기' }).click();
  await page.evaluate(() => document.fonts.ready);
}

type RowProblem = string;

/**
 * For each page of the waiting list, as the board would show it: every row on it inside the list
 * and inside the window. The board's own page is put back after.
 */
async function rowProblems(page: Page): Promise<{ pages: number; problems: RowProblem[] }> {
  return page.locator('.board-queues ul').evaluate((list) => {
    const rows = [...list.querySelectorAll<HTMLElement>('li')];
    const hidden = rows.map((r) => r.hidden);
    const pages = new Set(rows.map((r) => Number(r.dataset.page)));
    const problems: string[] = [];
    if (pages.has(-1)) problems.push('a row on no page');
    for (const p of [...pages].filter((n) => n >= 0)) {
      rows.forEach((r) => (r.hidden = Number(r.dataset.page) !== p));
      const box = list.getBoundingClientRect();
      for (const r of rows.filter((row) => !row.hidden)) {
        const b = r.getBoundingClientRect();
        const name = `page ${p + 1} "${r.textContent}"`;
        if (b.top < box.top - 0.5 || b.bottom > box.bottom + 0.5)
          problems.push(`${name}: ${b.top}–${b.bottom} outside the list ${box.top}–${box.bottom}`);
        if (b.bottom > innerHeight || b.right > innerWidth || b.left < 0 || b.top < 0)
          problems.push(`${name}: outside the window`);
      }
    }
    rows.forEach((r, i) => (r.hidden = hidden[i] ?? false));
    return { pages: [...pages].filter((n) => n >= 0).length, problems };
  });
}

/** Every text on the board under `minMm`, at the panel's px/mm. */
async function shortTexts(page: Page, pxPerMm: number, minMm: number) {
  const inks = await inkHeights(page, '.board', { descendants: true, skip: NOT_READ });
  const short = inks
    .filter((ink) => shortestInk(ink) / pxPerMm < minMm - 0.05)
    .map((ink) => `${ink.where} "${ink.text}": ${(shortestInk(ink) / pxPerMm).toFixed(1)} mm`);
  return { inks, short };
}

let services = 0;
test.beforeAll(async () => {
  services = await fillQueues(server.url);
});

test.describe.configure({ mode: 'serial' });

for (const distanceMm of [5000, 3000]) {
  for (const size of SIZES) {
    test(`${size.width}×${size.height} at ${distanceMm / 1000} m: whole rows, text ≥ 0.7°`, async ({
      browser,
    }) => {
      const { settings } = await setViewingDistance(server.url, 'board', distanceMm);
      const minMm = minGlyphMm(settings.viewingDistanceMm);
      const pxPerMm = panelPxPerMm(size, settings.panelInch);
      const context = await browser.newContext({ viewport: size });
      const page = await context.newPage();
      await openBoard(page, server.url);
      await page.screenshot({
        path: test.info().outputPath(`board-${size.width}x${size.height}-${distanceMm}.png`),
      });
      expect(Number(await page.locator('.board').getAttribute('data-px-per-mm'))).toBeCloseTo(
        pxPerMm,
        2,
      );

      const rows = page.getByTestId('board-queue');
      await expect(rows).toHaveCount(services);
      const { pages, problems } = await rowProblems(page);
      expect(problems).toEqual([]);
      expect(pages).toBeGreaterThanOrEqual(1);
      // What is on screen now: whole rows only, each fully in view.
      for (const row of await rows.all())
        if (await row.isVisible()) await expect(row).toBeInViewport({ ratio: 1 });
      await expect(page.locator('.board-more')).toHaveCount(0);
      if (pages > 1) await expect(page.getByTestId('queue-page')).toBeVisible();

      const { inks, short } = await shortTexts(page, pxPerMm, minMm);
      expect(inks.map((i) => i.where)).toEqual(
        expect.arrayContaining(['call-number', 'call-counter', 'call-unit']),
      );
      expect(short, `under ${minMm.toFixed(0)} mm`).toEqual([]);
      // Every text of the waiting list too, on whichever turn it is shown.
      const list = await inkHeights(page, '.board-queues', { descendants: true });
      expect(list.map((i) => i.where)).toEqual(
        expect.arrayContaining(['queue-name', 'queue-count', 'queue-estimate']),
      );
      const shortList = list.filter((ink) => shortestInk(ink) / pxPerMm < minMm - 0.05);
      expect(shortList.map((i) => i.text)).toEqual([]);
      await context.close();
    });
  }
}

test('the waiting list turns its pages, whole rows each time', async ({ browser }) => {
  await setViewingDistance(server.url, 'board', 5000);
  const page = await (await browser.newContext({ viewport: SIZES[0] })).newPage();
  await openBoard(page, server.url);
  const current = () =>
    page
      .locator('.board-queues li:not([hidden])')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-page')).join());
  const first = await current();
  await expect.poll(current, { timeout: 20_000 }).not.toBe(first);
  for (const row of await page.locator('.board-queues li:not([hidden])').all())
    await expect(row).toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: test.info().outputPath('board-next-page.png') });
});

test('without the server the board says so in a band of its own, clear of the header', async ({
  browser,
}) => {
  let own: ChildServer | null = null;
  try {
    own = await childServer(OPEN_HOUR);
    await fillQueues(own.url);
    const pages = [];
    for (const size of SIZES) {
      const page = await (await browser.newContext({ viewport: size })).newPage();
      await openBoard(page, own.url);
      await expect(page.getByTestId('reconnecting')).toHaveCount(0);
      pages.push({ page, size });
    }
    const { settings } = await deviceOf(own.url, 'board');
    expect(await own.stop('SIGTERM')).toBe(0);
    for (const { page, size } of pages) {
      const band = page.getByTestId('reconnecting');
      await expect(band).toBeVisible({ timeout: 15_000 });
      await expect(band).toContainText('연결 끊김');
      await expect(band).toContainText('전 정보');
      // English too, unless the board gave it up so that a service row fits (Board.tsx SQUEEZE).
      if ((await band.locator('[lang="en"]').count()) > 0)
        await expect(band).toContainText('Connection lost');
      const header = (await page.locator('.display-header').boundingBox())!;
      const box = (await band.boundingBox())!;
      expect(box.y, 'the band is below the header').toBeGreaterThanOrEqual(
        header.y + header.height,
      );
      expect(box.x + box.width).toBeLessThanOrEqual(size.width);
      expect(box.y + box.height).toBeLessThanOrEqual(size.height);
      const newest = (await page.getByTestId('newest-call').boundingBox())!;
      expect(box.y, 'the band is below the newest call').toBeGreaterThanOrEqual(
        newest.y + newest.height,
      );
      const pxPerMm = panelPxPerMm(size, settings.panelInch);
      const minMm = minGlyphMm(settings.viewingDistanceMm);
      const inks = await inkHeights(page, '.board-offline', { descendants: true });
      expect(inks.length).toBeGreaterThan(0);
      expect(
        inks
          .filter((ink) => shortestInk(ink) / pxPerMm < minMm - 0.05)
          .map((ink) => `"${ink.text}" ${(shortestInk(ink) / pxPerMm).toFixed(1)} mm`),
      ).toEqual([]);
      await page.screenshot({
        path: test.info().outputPath(`board-offline-${size.width}x${size.height}.png`),
      });
      // The last picture stays, and its rows are still whole with the band taking room; a row
      // the smaller area cannot hold whole is left out and counted ("외 N개 업무"), never cut.
      await expect(page.getByTestId('newest-number')).toBeVisible();
      const { problems } = await rowProblems(page);
      const unplaced = problems.filter((p) => p === 'a row on no page');
      expect(problems.filter((p) => p !== 'a row on no page')).toEqual([]);
      if (unplaced.length > 0) await expect(page.locator('.board-more')).toContainText('외');
    }
  } finally {
    await own?.stop();
    own?.remove();
  }
});

/**
 * The board's room, case by case: at each panel size and both distances, before any call (the
 * empty state's words) and with calls, with the server and without (its band along the bottom),
 * at least one whole service row shows, "외 N개 업무" counts exactly the rows on no page, and on a
 * landscape panel every demo service is on a page. One server; the link
 * is cut in the page (its socket closed, polling refused), not by stopping the server.
 */
test.describe('room for the waiting list', () => {
  const SHAPES = [...SIZES, { width: 1080, height: 1920 }];
  let own: ChildServer | null = null;

  test.beforeAll(async () => {
    own = await childServer(OPEN_HOUR);
    const kiosk = await demoToken(own.url, 'kiosk');
    const officer = await counterOfficer(own.url);
    for (const s of officer.view.services) await issue(own.url, kiosk, s.id);
  });
  test.afterAll(async () => {
    await own?.stop();
    own?.remove();
  });

  /** What the list shows once the board has settled its room. */
  const roomOf = (page: Page) =>
    page.locator('.board-queues ul').evaluate((list) => {
      const rows = [...list.querySelectorAll<HTMLElement>('li')];
      const box = list.getBoundingClientRect();
      const shown = rows.filter((r) => !r.hidden);
      const cut = shown.filter((r) => {
        const b = r.getBoundingClientRect();
        return b.top < box.top - 0.5 || b.bottom > box.bottom + 0.5 || b.bottom > innerHeight;
      });
      const more = document.querySelector('.board-more')?.textContent ?? '';
      return {
        shown: shown.length,
        cut: cut.map((r) => r.textContent),
        unplaced: rows.filter((r) => r.dataset.page === '-1').length,
        counted: Number(more.match(/\d+/)?.[0] ?? 0),
      };
    });

  async function checkAll(page: Page, label: string, offline: boolean) {
    for (const size of SHAPES) {
      await page.setViewportSize(size);
      const name = `${label}, ${size.width}×${size.height}${offline ? ', offline' : ''}`;
      if (offline) await expect(page.getByTestId('reconnecting')).toBeInViewport({ ratio: 1 });
      // Settled: the board gives way a step at a time, so wait for the room it ends with.
      // On a landscape panel every demo service finds a page; on a portrait one at 5 m, with a
      // call and the band, a three-line name can be taller than the whole list: then it is counted.
      const landscape = size.width > size.height;
      await expect
        .poll(
          async () => {
            const room = await roomOf(page);
            return {
              ...room,
              shown: room.shown >= 1,
              counted: room.counted === room.unplaced,
              unplaced: landscape ? room.unplaced : 0,
            };
          },
          { message: name, timeout: 10_000 },
        )
        .toEqual({ shown: true, cut: [], unplaced: 0, counted: true });
      // Before any call a landscape panel keeps the information pages (C14): the rows fit
      // beside them, and a moment's wrong measure while the page settles must not drop them.
      if (landscape && !offline && label.startsWith('no-call'))
        await expect(page.getByRole('complementary', { name: '청사 안내' }), name).toBeVisible();
      for (const row of await page.locator('.board-queues li:not([hidden])').all())
        await expect(row, name).toBeInViewport({ ratio: 1 });
      await expect(page.getByTestId('newest-call'), name).toBeInViewport({ ratio: 1 });
      await page.screenshot({
        path: test
          .info()
          .outputPath(`room-${label}-${size.width}x${size.height}${offline ? '-offline' : ''}.png`),
      });
    }
  }

  async function walk(browser: import('@playwright/test').Browser, label: string) {
    for (const distanceMm of [5000, 3000]) {
      await setViewingDistance(own!.url, 'board', distanceMm);
      const context = await browser.newContext({ viewport: SHAPES[0] });
      const page = await context.newPage();
      let cut = false;
      const sockets: import('@playwright/test').WebSocketRoute[] = [];
      await page.routeWebSocket(/\/socket\.io\//, (ws) => {
        if (cut) return void ws.close();
        sockets.push(ws);
        const upstream = ws.connectToServer();
        ws.onMessage((m) => upstream.send(m));
        upstream.onMessage((m) => ws.send(m));
      });
      await page.route(/\/socket\.io\//, (route) => (cut ? route.abort() : route.continue()));
      await page.goto(`${own!.url}/api/demo/open/board`);
      await expect(page.getByTestId('newest-call')).toBeVisible();
      await page.getByRole('button', { name: '소리 없이 쓰기' }).click();
      await page.evaluate(() => document.fonts.ready);
      await checkAll(page, `${label}-${distanceMm}`, false);
      cut = true;
      for (const ws of sockets) await ws.close();
      await expect(page.getByTestId('reconnecting')).toBeVisible({ timeout: 15_000 });
      await checkAll(page, `${label}-${distanceMm}`, true);
      await context.close();
    }
  }

  test('before any call, and with calls: a whole row at least, nothing left out', async ({
    browser,
  }) => {
    test.setTimeout(150_000);
    await walk(browser, 'no-call');
    const officer = await counterOfficer(own!.url);
    for (const counter of [1, 4, 6]) {
      await officer.open(counter);
      await officer.callNext(counter);
    }
    await walk(browser, 'calls');
  });
});
