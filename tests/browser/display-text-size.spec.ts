/**
 * Wall displays read from across the room (issue 9; the standard's item 21): on the now-serving
 * board and an office's seat chart, the called numbers and the names stand at least 0.7° high at
 * the viewing distance set on the device: 37 mm at 3 m, 61 mm at 5 m. The distance is changed
 * through the admin API; the height is the glyphs' ink as drawn in the page's own font, ÷ the
 * display's px/mm from its panel's diagonal over the resolution (tests/browser/ink.ts).
 */
import { expect, test } from '@playwright/test';
import { panelPxPerMm } from '../../display/seat-layout';
import { counterOfficer, demoToken, issue, OPEN_HOUR, setViewingDistance } from './queue-api';
import { inkHeights } from './ink';
import { childServer, type ChildServer } from './server';

let server: ChildServer;
test.beforeAll(async () => {
  test.setTimeout(150_000);
  server = await childServer(OPEN_HOUR).catch(() => childServer(OPEN_HOUR));
  // A call on the board (as in board.spec.ts: service 3 at counter 6).
  const kiosk = await demoToken(server.url, 'kiosk');
  const officer = await counterOfficer(server.url);
  const service = officer.view.services.find((s) => s.code === 3)!.id;
  await issue(server.url, kiosk, service);
  await officer.open(6);
  await officer.callNext(6);
});
test.afterAll(async () => {
  await server.stop();
  server.remove();
});

const CASES = [
  { distanceMm: 3000, minMm: 37 },
  { distanceMm: 5000, minMm: 61 },
];

const DISPLAYS = [
  {
    screen: 'board',
    ready: '[data-testid="newest-number"]',
    // Called numbers, the counter they go to (number and unit).
    selectors: ['.call-number', '.call-counter', '.call-unit'],
  },
  {
    screen: 'seats-civil-passport',
    ready: '.seat-card',
    // The officers' names. (The presence word is 0.75 of the name, beside its colour and mark,
    // so a whole office fits one screen: display/seat-layout.ts.)
    selectors: ['.seat-name'],
  },
];

for (const display of DISPLAYS) {
  for (const { distanceMm, minMm } of CASES) {
    test(`${display.screen} at ${distanceMm / 1000} m: numbers and names ≥ ${minMm} mm`, async ({
      browser,
    }) => {
      const { settings } = await setViewingDistance(server.url, display.screen, distanceMm);
      expect(settings.viewingDistanceMm).toBe(distanceMm);

      const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
      const page = await context.newPage();
      await page.goto(`${server.url}/api/demo/open/${display.screen}`);
      await expect(page.locator(display.ready).first()).toBeVisible();
      // Both displays derive px/mm from the panel's diagonal over the resolution they run at.
      const pxPerMm = panelPxPerMm({ width: 1920, height: 1080 }, settings.panelInch);
      const measured: string[] = [];
      const short: string[] = [];
      for (const selector of display.selectors) {
        const heights = await inkHeights(page, selector);
        expect(heights.length, `${selector} shown`).toBeGreaterThan(0);
        for (const h of heights) {
          const mm = h.px / pxPerMm;
          measured.push(`${h.text} ${mm.toFixed(0)} mm`);
          if (mm < minMm) short.push(`${selector} "${h.text}": ${mm.toFixed(1)} mm`);
        }
      }
      expect(short, `under ${minMm} mm (all: ${measured.join(', ')})`).toEqual([]);
      await page.screenshot({
        path: test.info().outputPath(`${display.screen}-${distanceMm}.png`),
      });
      await context.close();
    });
  }
}
