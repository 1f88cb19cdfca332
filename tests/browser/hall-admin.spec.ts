import { expect, test, type Page } from '@playwright/test';
import { serverPerFile } from './server';

const server = serverPerFile();

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: '관리 메뉴' }).getByRole('button', { name, exact: true });

test('the admin renames the hall and the open board shows the new name without a reload', async ({
  browser,
}) => {
  const boardContext = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const board = await boardContext.newPage();
  await board.goto(`${server.url}/api/demo/open/board`);
  await expect(board.locator('.display-header')).toContainText('한빛구청');
  // Nothing may reload the board: a marker on the window would be lost.
  await board.getByRole('button', { name: '소리 없이 쓰기' }).click();
  await board.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
  // The information pages (C14) turn in a calm panel beside the queues.
  const panel = board.getByRole('complementary', { name: '청사 안내' });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading')).not.toBeEmpty();

  const adminContext = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const admin = await adminContext.newPage();
  const errors: string[] = [];
  admin.on('pageerror', (err) => errors.push(err.message));
  await admin.goto(`${server.url}/api/demo/open/admin`);
  await nav(admin, '청사').click();
  const form = admin.getByRole('form', { name: '청사 설정' });
  await expect(form).toBeVisible();
  await form.getByLabel('청사 이름').fill('새빛구청');
  await form.getByLabel('주소').fill('서울특별시 한빛구 한빛로 1');
  await form.getByLabel('날짜', { exact: true }).fill('2026-12-25');
  await form.getByRole('button', { name: '휴무일 더하기' }).click();
  await expect(form.getByRole('button', { name: '2026-12-25 휴무일 빼기' })).toBeVisible();
  // An override of a single charter number: the callback deadline.
  await form.getByText(/헌장 수치 바꾸기/).click();
  await form.getByLabel('연락 요청 회신 기한(분) — C3: 이 청사의 값').fill('45');
  await admin.screenshot({ path: test.info().outputPath('hall-admin-form.png'), fullPage: true });
  await form
    .locator('details')
    .screenshot({ path: test.info().outputPath('hall-admin-overrides.png') });
  await form.getByRole('button', { name: '설정 저장' }).click();
  await expect(admin.getByRole('status').first()).toContainText('새빛구청');

  await expect(board.locator('.display-header')).toContainText('새빛구청');
  expect(await board.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
  await board.screenshot({ path: test.info().outputPath('hall-board.png') });
  await board.setViewportSize({ width: 1080, height: 1920 });
  await expect(panel).toBeVisible();
  await board.screenshot({ path: test.info().outputPath('hall-board-portrait.png') });

  const settings = await admin.evaluate(async () => {
    const res = await fetch('/api/hall/settings');
    return (await res.json()) as {
      hall: { holidays: string[]; profileOverrides: Record<string, unknown> };
      profile: { callback: { callbackDeadlineMin: number } };
    };
  });
  expect(settings.hall.holidays).toEqual(['2026-12-25']);
  expect(settings.profile.callback.callbackDeadlineMin).toBe(45);
  await nav(admin, '업무와 창구').click();
  await expect(admin.getByLabel('우대 순서')).toBeVisible();
  await admin.screenshot({ path: test.info().outputPath('hall-admin-services.png') });
  expect(errors).toEqual([]);
  await boardContext.close();
  await adminContext.close();
});

test('identify shows the device name big on that kiosk', async ({ browser }) => {
  const kioskContext = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
  const kiosk = await kioskContext.newPage();
  await kiosk.goto(`${server.url}/api/demo/open/kiosk`);
  await expect(kiosk.locator('.kiosk-main, main').first()).toBeVisible();

  const adminContext = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const admin = await adminContext.newPage();
  await admin.goto(`${server.url}/api/demo/open/admin`);
  await nav(admin, '기기').click();
  // The kiosk that is online: the one the first page opened.
  const row = admin
    .getByRole('row')
    .filter({ hasText: '키오스크' })
    .filter({ hasText: '● 연결됨' });
  await expect(row.first()).toBeVisible();
  const name = (await row.first().getByRole('rowheader').textContent())?.trim() ?? '';
  await expect(row.first()).toContainText('앱 ');
  await row
    .first()
    .getByRole('button', { name: `이름 표시: ${name}` })
    .click();
  await expect(admin.getByRole('status').first()).toContainText('10초');

  const shown = kiosk.locator('.device-identify');
  await expect(shown).toBeVisible();
  await expect(shown).toHaveText(name);
  const box = await kiosk.locator('.device-identify-name').boundingBox();
  expect(box?.height ?? 0).toBeGreaterThan(100);
  await kiosk.screenshot({ path: test.info().outputPath('hall-kiosk-identify.png') });
  await admin.screenshot({
    path: test.info().outputPath('hall-admin-devices.png'),
    fullPage: true,
  });
  await kioskContext.close();
  await adminContext.close();
});

test('a print test from the console prints a test receipt on that kiosk and shows the outcome', async ({
  browser,
}) => {
  const kioskContext = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
  const kiosk = await kioskContext.newPage();
  // Headless Chromium has no printer: record what the kiosk would print instead.
  await kiosk.addInitScript(() => {
    const w = window as unknown as { printed: string[] };
    w.printed = [];
    window.print = () => {
      const receipt = document.querySelector('.receipt-test');
      const style = receipt && getComputedStyle(receipt);
      w.printed.push(
        `${document.documentElement.className}|${receipt?.textContent ?? ''}|${style?.display}`,
      );
    };
  });
  await kiosk.goto(`${server.url}/api/demo/open/kiosk`);
  await expect(kiosk.getByRole('button', { name: /번호표 받기/ })).toBeVisible();

  const adminContext = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const admin = await adminContext.newPage();
  await admin.goto(`${server.url}/api/demo/open/admin`);
  await nav(admin, '기기').click();
  const row = admin
    .getByRole('row')
    .filter({ hasText: '키오스크' })
    .filter({ hasText: '● 연결됨' })
    .first();
  await expect(row).toBeVisible();
  const name = (await row.getByRole('rowheader').textContent())?.trim() ?? '';
  await row.getByRole('button', { name: `인쇄 시험: ${name}` }).click();
  await expect(admin.getByRole('status').first()).toContainText('프린터를 확인해 주십시오');

  await expect
    .poll(() => kiosk.evaluate(() => (window as unknown as { printed: string[] }).printed))
    .toHaveLength(1);
  const [printed] = await kiosk.evaluate(
    () => (window as unknown as { printed: string[] }).printed,
  );
  expect(printed).toContain('print-test');
  expect(printed).toContain('인쇄 시험');
  expect(printed).toContain(name);
  // The visitor's screen is as it was: the test receipt is gone, home is still there.
  await expect(kiosk.locator('.receipt-test')).toHaveCount(0);
  await expect(kiosk.getByRole('button', { name: /번호표 받기/ })).toBeVisible();
  // The console shows what the browser answered, live, and that paper is beyond it.
  await expect(row).toContainText(/\d\d:\d\d 인쇄: 브라우저가 인쇄를 받았습니다 \(시험\)/);
  await expect(row.getByText(/브라우저가 인쇄를 받았습니다/)).toHaveAttribute(
    'title',
    /프린터에서만 확인/,
  );
  // A board has no printer: no print test button on its row.
  const boardRow = admin.getByRole('row').filter({ hasText: '표시기' }).first();
  await expect(boardRow.getByRole('button', { name: /인쇄 시험/ })).toHaveCount(0);
  await admin.screenshot({
    path: test.info().outputPath('hall-admin-print-test.png'),
    fullPage: true,
  });
  await kioskContext.close();
  await adminContext.close();
});

test('the lunch rotation shows 점심 with the return time on the open seat chart', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const display = await context.newPage();
  await display.goto(`${server.url}/api/demo/open/seats-civil-passport`);
  await expect(display.locator('.seat-card').first()).toBeVisible();
  const admin = await context.newPage();
  await admin.goto(`${server.url}/api/demo/open/admin`);
  // The demo clock stands at 10:30 KST: a rotation of 10:00–11:00 and 11:00–12:00 is under way.
  const saved = await admin.evaluate(async () => {
    const { hall } = (await (await fetch('/api/hall/settings')).json()) as {
      hall: Record<string, unknown>;
    };
    const { id: _id, demo: _demo, ...settings } = hall;
    const res = await fetch('/api/hall/settings', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        ...settings,
        lunchShifts: [
          { from: '10:00', to: '11:00' },
          { from: '11:00', to: '12:00' },
        ],
      }),
    });
    return res.status;
  });
  expect(saved).toBe(200);
  // The server's presence ticker applies it within its period (10 s), no reload.
  await expect(display.getByText('점심 (11:00 복귀)').first()).toBeVisible({ timeout: 20_000 });
  await display.screenshot({ path: test.info().outputPath('hall-seats-lunch.png') });
  await context.close();
});
