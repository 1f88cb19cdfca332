/**
 * Wall displays read from across the room (issue 9; the standard's item 21): on the now-serving
 * board and an office's seat chart, the called numbers and the names stand at least 0.7° high at
 * the viewing distance set on the device: 37 mm at 3 m, 61 mm at 5 m. The distance is changed
 * through the admin API; the height is the glyphs' ink as drawn in the page's own font, ÷ the
 * display's px/mm from its panel's diagonal over the resolution (tests/browser/ink.ts).
 */
import { expect, test } from '@playwright/test';
import { panelPxPerMm } from '../../display/seat-layout';
import type { DeviceSettings } from '../../shared/schemas/devices';
import { counterOfficer, demoToken, issue, OPEN_HOUR, signIn } from './queue-api';
import { inkHeights } from './ink';
import { childServer, type ChildServer } from './server';

type Device = { id: number; name: string; settings: DeviceSettings };

let server: ChildServer;
let admin: string;
test.beforeAll(async () => {
  test.setTimeout(150_000);
  server = await childServer(OPEN_HOUR).catch(() => childServer(OPEN_HOUR));
  admin = await signIn(server.url, 'admin', 'annae-admin');
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

/** The device behind a demo screen, from its own token. */
async function deviceOf(screen: string): Promise<Device> {
  const token = await demoToken(server.url, screen);
  const res = await fetch(`${server.url}/api/devices/me`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return ((await res.json()) as { device: Device }).device;
}

async function setDistance(device: Device, viewingDistanceMm: number): Promise<void> {
  const res = await fetch(`${server.url}/api/admin/devices/${device.id}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', cookie: admin },
    body: JSON.stringify({
      name: device.name,
      settings: { ...device.settings, viewingDistanceMm },
    }),
  });
  expect(res.status, await res.clone().text()).toBe(200);
}

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
      const device = await deviceOf(display.screen);
      await setDistance(device, distanceMm);
      const { settings } = await deviceOf(display.screen);
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
