import { expect, test } from '@playwright/test';
import { serverPerFile } from './server';
import { counterOfficer, demoToken, issue, newKiosk } from './queue-api';

const server = serverPerFile();

const PHONE = { width: 390, height: 844 };

test('the phone follows a ticket live: place, estimate, your turn with vibration, resync after sleep', async ({
  browser,
}) => {
  const officer = await counterOfficer(server.url);
  // 여권 교부 (service 5) is served at counter 11 alone.
  const pickUp = officer.view.services.find((s) => s.code === 5)!.id;
  const ahead = await issue(server.url, await demoToken(server.url, 'kiosk'), pickUp);
  const ticket = await issue(server.url, await newKiosk(server.url, '2층 키오스크'), pickUp);
  expect(ticket.number).not.toBe(ahead.number);

  const context = await browser.newContext({ viewport: PHONE, hasTouch: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.addInitScript(() => {
    const w = window as unknown as { __vibrations: unknown[] };
    w.__vibrations = [];
    Object.defineProperty(navigator, 'vibrate', {
      configurable: true,
      value: (pattern: unknown) => {
        w.__vibrations.push(pattern);
        return true;
      },
    });
  });
  // A phone asleep: what the server sends meanwhile never reaches the page.
  let asleep = false;
  await page.routeWebSocket(/\/socket\.io\//, (ws) => {
    const upstream = ws.connectToServer();
    ws.onMessage((message) => upstream.send(message));
    upstream.onMessage((message) => {
      if (!asleep) ws.send(message);
    });
  });

  await page.goto(`${server.url}/t/${ticket.code}`);
  await expect(page.getByTestId('phone-number')).toHaveText(ticket.number);
  await expect(page.getByTestId('phone-ahead')).toHaveText('1명');
  await expect(page.getByTestId('phone-estimate')).toHaveText(/^(약 \d+–\d+분|곧 차례입니다)$/);
  await expect(page.getByText('여권 교부')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    PHONE.width,
  );
  await page.screenshot({ path: test.info().outputPath('phone-390x844.png'), fullPage: true });

  await officer.open(11);
  await officer.callNext(11);
  await expect(page.getByTestId('phone-ahead')).toHaveText('다음 차례입니다');
  expect(
    await page.evaluate(() => (window as unknown as { __vibrations: unknown[] }).__vibrations),
  ).toEqual([]);

  await officer.callNext(11);
  const turn = page.getByRole('alert');
  await expect(turn).toHaveText(/차례가 되었습니다 — 11번 창구로 오십시오/);
  await expect
    .poll(() =>
      page.evaluate(() => (window as unknown as { __vibrations: unknown[] }).__vibrations.length),
    )
    .toBe(1);
  await expect(page).toHaveTitle(/11번 창구/);
  await page.screenshot({ path: test.info().outputPath('phone-your-turn.png'), fullPage: true });

  await page.getByRole('button', { name: 'English' }).click();
  await expect(turn).toHaveText(/It is your turn — please come to counter 11/);
  await page.getByRole('button', { name: '한국어' }).click();
  await expect(turn).toHaveText(/차례가 되었습니다/);

  // Asleep while the officer finishes: the page cannot know until it wakes and resyncs.
  asleep = true;
  await officer.done(11);
  await page.waitForTimeout(1000);
  await expect(turn).toBeVisible();
  asleep = false;
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await expect(page.getByRole('status').filter({ hasText: '업무가 끝났습니다' })).toBeVisible({
    timeout: 3000,
  });
  await page.screenshot({ path: test.info().outputPath('phone-done.png'), fullPage: true });
  expect(errors).toEqual([]);
  await context.close();
});

test('an unknown or malformed code shows a clear page that says what to do', async ({
  browser,
}) => {
  const page = await browser.newPage({ viewport: PHONE });
  for (const path of ['/t/abcdefghijkmnpq2', '/t/not-a-ticket']) {
    await page.goto(`${server.url}${path}`);
    await expect(page.getByRole('heading', { name: '번호표를 찾을 수 없습니다' })).toBeVisible();
    await expect(page.getByText('키오스크에서 새 번호표')).toBeVisible();
  }
  await page.screenshot({ path: test.info().outputPath('phone-not-found.png') });
});
