import { expect, test, type Page } from '@playwright/test';
import { callAnnouncement } from '../../shared/korean-numbers';
import type { DeviceSettings } from '../../shared/schemas/devices';
import { DIGIT_INK_EM } from '../../display/board-layout';
import { panelPxPerMm } from '../../display/seat-layout';
import { minGlyphMm } from '../../shared/ui/legibility';
import { serverPerFile } from './server';
import { counterOfficer, demoToken, issue } from './queue-api';
import { clearSound, fakeSoundIn, soundLog } from './sound-stub';
import { chooseVoicePack, demoPack } from './voice-pack-api';

const server = serverPerFile();
// These tests hear the browser's Korean voice: the demo's voice pack (board-voice-pack.spec) is set
// aside once rendered, or the board would play its clips instead.
test.beforeAll(async () => {
  test.setTimeout(120_000);
  const { cookie } = await demoPack(server.url);
  await chooseVoicePack(server.url, cookie, null);
});

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

test('a call shows at once, then chimes and speaks in Korean, one call after another', async ({
  browser,
}) => {
  const kiosk = await demoToken(server.url, 'kiosk');
  const officer = await counterOfficer(server.url);
  const service = (code: number) => officer.view.services.find((s) => s.code === code)!.id;
  // Served before the board opened: history, shown but never spoken.
  await issue(server.url, kiosk, service(3));
  await officer.open(6);
  await officer.callNext(6);

  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('console', (msg) => {
    // The server has no /favicon.ico yet; Chromium asks for it after a reload.
    if (msg.type() === 'error' && !msg.location().url.endsWith('/favicon.ico'))
      errors.push(`${msg.text()} ${msg.location().url}`);
  });
  await fakeSoundIn(page, { speech: 'timed' });
  await page.goto(`${server.url}/api/demo/open/board`);
  await expect(page.getByRole('heading', { name: '번호표시기' })).toBeVisible();
  const status = page.getByTestId('newest-call');
  await expect(status).toHaveAttribute('role', 'status');
  await expect(status).toContainText('6번 창구');

  await page.screenshot({ path: test.info().outputPath('board-sound-setup.png') });
  await page.getByRole('button', { name: '소리 켜기' }).click();
  expect(await page.evaluate(() => localStorage.getItem('annae.sound'))).toBe('on');
  await expect(page.getByRole('button', { name: '소리', pressed: true })).toBeVisible();
  expect(await soundLog(page), 'the setup tap plays the chime once').toEqual(['chime']);
  await clearSound(page);

  // Two tickets, two counters (1 and 4 serve services 1 and 2), called at the same moment.
  const first = await issue(server.url, kiosk, service(1));
  const second = await issue(server.url, kiosk, service(2));
  await officer.open(1);
  await officer.open(4);
  await Promise.all([officer.callNext(1), officer.callNext(4)]);

  const newestNumber = page.getByTestId('newest-number');
  const olderRow = page.locator('.board-older li').first();
  const shown = async () =>
    [await newestNumber.textContent(), await olderRow.locator('.call-number').textContent()].sort();
  await expect.poll(shown).toEqual([first.number, second.number].sort());
  const newest = (await newestNumber.textContent())!;
  const earlier = newest === first.number ? second.number : first.number;
  await expect(olderRow).toContainText(earlier);
  const newestCounter = Number(
    (await status.locator('.call-counter').textContent())!.match(/\d+/)![0],
  );
  const earlierCounter = Number(
    (await olderRow.locator('.call-counter').textContent())!.match(/\d+/)![0],
  );
  expect(new Set([newestCounter, earlierCounter])).toEqual(new Set([1, 4]));
  // The picture does not wait for the voice: it is there before the first line is spoken.
  expect((await soundLog(page)).filter((e) => e.startsWith('speak'))).toHaveLength(0);
  await expect(status).toContainText(newest);
  await expect(status).toContainText(`${newestCounter}번 창구`);
  await expect(status.locator('[data-fresh="true"]')).toBeVisible();

  const template = '딩동. {number} 번 고객님, {counter} 번 창구로 오십시오.';
  const lines = [
    callAnnouncement(template, earlier, earlierCounter),
    callAnnouncement(template, newest, newestCounter),
  ];
  expect(lines[0]).toMatch(
    /^딩동\. [천백십일이삼사오육칠팔구]+ 번 고객님, [일사] 번 창구로 오십시오\.$/,
  );
  await expect
    .poll(() => soundLog(page), { timeout: 15_000 })
    .toEqual([
      'chime',
      `speak:${lines[0]}|ko-KR|한국어`,
      'end',
      'chime',
      `speak:${lines[1]}|ko-KR|한국어`,
      'end',
    ]);
  // Highlighted for at least five seconds, flashing no more than three times a second.
  const flash = await status.locator('.board-newest-call').evaluate((el) => {
    const style = getComputedStyle(el);
    return {
      seconds: parseFloat(style.animationDuration),
      times: Number(style.animationIterationCount),
    };
  });
  expect(flash.seconds, 'at most one flash per cycle, three a second').toBeGreaterThanOrEqual(
    1 / 3,
  );
  expect(flash.seconds * flash.times, 'flashing for five seconds or more').toBeGreaterThanOrEqual(
    5,
  );
  await expect(status.locator('[data-fresh="true"]')).toBeVisible();

  // Big enough to read at the device's viewing distance on its panel.
  const board = await demoToken(server.url, 'board');
  const me = await fetch(`${server.url}/api/devices/me`, {
    headers: { authorization: `Bearer ${board}` },
  });
  const settings = ((await me.json()) as { device: { settings: DeviceSettings } }).device.settings;
  // The panel's px/mm from its diagonal over the window (here 1920×1080), as the board does.
  const pxPerMm = panelPxPerMm({ width: 1920, height: 1080 }, settings.panelInch);
  for (const locator of [newestNumber, olderRow.locator('.call-number')]) {
    const px = await locator.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect((px * DIGIT_INK_EM) / pxPerMm).toBeGreaterThanOrEqual(
      minGlyphMm(settings.viewingDistanceMm),
    );
  }
  expect(minGlyphMm(settings.viewingDistanceMm)).toBeGreaterThanOrEqual(61);

  await page.screenshot({ path: test.info().outputPath('board-1920x1080-new-call.png') });
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  const queues = page.getByTestId('board-queue');
  expect(await queues.count()).toBeGreaterThan(0);
  // The services page through whole rows (board-fit.spec.ts): each one shown is on the screen.
  for (const row of await queues.all())
    if (await row.isVisible()) await expect(row).toBeInViewport({ ratio: 1 });

  for (const viewport of [
    { width: 1080, height: 1920 },
    { width: 3840, height: 2160 },
  ]) {
    await page.setViewportSize(viewport);
    expect(
      await horizontalOverflow(page),
      `${viewport.width}×${viewport.height}`,
    ).toBeLessThanOrEqual(0);
    const box = await status.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
    await page.screenshot({
      path: test.info().outputPath(`board-${viewport.width}x${viewport.height}.png`),
    });
  }

  // A reload shows the history but speaks none of it; the sound choice is remembered.
  await clearSound(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.reload();
  await expect(page.getByTestId('newest-number')).toHaveText(newest);
  await page.screenshot({ path: test.info().outputPath('board-1920x1080.png') });
  await expect(page.getByRole('button', { name: '소리 켜기' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '소리', pressed: true })).toBeVisible();
  await page.waitForTimeout(500);
  expect(await soundLog(page)).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});

test('a recall is announced again, and nothing is said while the sound is off', async ({
  browser,
}) => {
  const kiosk = await demoToken(server.url, 'kiosk');
  const officer = await counterOfficer(server.url);
  const passports = officer.view.services.find((s) => s.code === 5)!;
  const page = await (
    await browser.newContext({ viewport: { width: 1920, height: 1080 } })
  ).newPage();
  await fakeSoundIn(page, { speech: 'timed' });
  await page.goto(`${server.url}/api/demo/open/board`);
  await page.getByRole('button', { name: '소리 켜기' }).click();
  await clearSound(page);

  // Where motion is unwelcome, a new call is a steady frame instead of a flash.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const ticket = await issue(server.url, kiosk, passports.id);
  await officer.open(11);
  await officer.callNext(11);
  await expect(page.getByTestId('newest-number')).toHaveText(ticket.number);
  const fresh = page.getByTestId('newest-call').locator('[data-fresh="true"]');
  await expect(fresh).toBeVisible();
  expect(await fresh.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  await expect.poll(() => soundLog(page), { timeout: 10_000 }).toHaveLength(3);

  await officer.post(11, 'recall');
  const status = page.getByTestId('newest-call');
  await expect(status).toContainText('다시 부름');
  await expect(status.locator('[data-fresh="true"]')).toBeVisible();
  await expect.poll(() => soundLog(page), { timeout: 10_000 }).toHaveLength(6);
  const spoken = (await soundLog(page)).filter((e) => e.startsWith('speak'));
  expect(spoken[0]).toBe(spoken[1]);

  await page.getByRole('button', { name: '소리', pressed: true }).click();
  await expect(page.getByRole('button', { name: '소리', pressed: false })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('annae.sound'))).toBe('off');
  await officer.post(11, 'recall');
  await expect(status).toContainText('다시 부름');
  await page.waitForTimeout(2500);
  expect(await soundLog(page)).toHaveLength(6);
});
