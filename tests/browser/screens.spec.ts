import { expect, test } from '@playwright/test';
import { serverPerFile } from './server';

const server = serverPerFile();

/** Each demo screen and the heading a visitor or officer sees first. */
const expected: Record<string, RegExp> = {
  kiosk: /어서 오십시오/,
  board: /번호표시기/,
  guide: /민원안내도우미/,
  counter: /창구 콘솔/,
  admin: /관리자 콘솔/,
};

test('the landing page opens every screen, paired or signed in, with no console errors', async ({
  browser,
}) => {
  // One page per screen, about twenty of them one after another: more than the default minute.
  test.setTimeout(180_000);
  const landing = await browser.newPage();
  await landing.goto(server.url);
  await expect(landing.getByRole('heading', { level: 1 })).toContainText('한빛구청');
  const links = await landing
    .getByRole('link')
    .evaluateAll((els) => els.map((el) => (el as HTMLAnchorElement).href));
  expect(links.length).toBeGreaterThanOrEqual(8);

  for (const href of links) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    page.on('pageerror', (err) => errors.push(err.message));
    const id = href.split('/').pop() ?? '';
    await page.goto(href);
    const heading = expected[id] ?? /좌석배치도/;
    await expect(page.getByRole('heading', { level: 1 }), href).toContainText(heading);
    expect(page.url(), 'the device token must not stay in the address bar').not.toContain(
      '#device=',
    );
    expect(errors, `${href}: console errors`).toEqual([]);
    await context.close();
  }
});

test('an unpaired kiosk shows the pairing page, and a code from the admin console pairs it', async ({
  browser,
}) => {
  const admin = await (await browser.newContext()).newPage();
  await admin.goto(`${server.url}/api/demo/open/admin`);
  await admin
    .getByRole('navigation', { name: '관리 메뉴' })
    .getByRole('button', { name: '기기', exact: true })
    .click();
  await admin.getByLabel('기기 이름').fill('3층 키오스크');
  await admin.getByRole('button', { name: '새 기기 등록' }).click();
  const status = admin.getByRole('status').filter({ hasText: '연결 코드' });
  await expect(status).toBeVisible();
  const code = (await status.textContent())?.match(/[A-Z2-9]{4}-[A-Z2-9]{4}/)?.[0] ?? '';
  expect(code).not.toBe('');

  const kiosk = await (await browser.newContext()).newPage();
  await kiosk.goto(`${server.url}/kiosk/`);
  await expect(kiosk.getByRole('heading', { name: '기기 연결' })).toBeVisible();
  await kiosk.getByRole('textbox', { name: '연결 코드' }).fill('WRNG-2222');
  await kiosk.getByRole('button', { name: '연결하기' }).click();
  await expect(kiosk.getByRole('alert')).toContainText('없는 코드입니다');
  await kiosk.getByRole('textbox', { name: '연결 코드' }).fill(code);
  await kiosk.getByRole('button', { name: '연결하기' }).click();
  await expect(kiosk.getByRole('heading', { level: 1 })).toContainText('어서 오십시오');
  await expect(admin.getByRole('row', { name: /3층 키오스크/ })).toContainText('연결됨');

  // Revoked: the kiosk drops back to the pairing page at once, no reload.
  await admin.getByRole('button', { name: '연결 해제: 3층 키오스크' }).click();
  await expect(kiosk.getByRole('heading', { name: '기기 연결' })).toBeVisible();
  await expect(kiosk.getByRole('alert')).toContainText('연결이 해제');
});
