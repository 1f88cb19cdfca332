/**
 * The administrator turns the demo hall into a real hall from the console: the open board drops
 * to the pairing page, the console to the sign-in form, the demo links stop, and the admin signs
 * in with the new password. (Its own server: nothing else may run on a converted hall.)
 */
import { expect, test } from '@playwright/test';
import { serverPerFile } from './server';

const server = serverPerFile();

test('the admin makes the demo hall a real one; demo sessions and devices end at once', async ({
  browser,
}) => {
  const board = await (await browser.newContext()).newPage();
  await board.goto(`${server.url}/api/demo/open/board`);
  await expect(board.locator('.display-header')).toContainText('한빛구청');

  const admin = await (
    await browser.newContext({ viewport: { width: 1400, height: 1000 } })
  ).newPage();
  await admin.goto(`${server.url}/api/demo/open/admin`);
  await admin
    .getByRole('navigation', { name: '관리 메뉴' })
    .getByRole('button', { name: '청사', exact: true })
    .click();
  const convert = admin.getByRole('form', { name: '실제 청사로 전환' });
  await convert.getByLabel('이 관리자 계정의 새 비밀번호 (10자 이상)').fill('our own long secret');
  await convert.screenshot({ path: test.info().outputPath('demo-convert.png') });
  admin.once('dialog', (dialog) => void dialog.accept());
  await convert.getByRole('button', { name: '실제 청사로 전환' }).click();

  await expect(admin.getByRole('heading', { name: '직원 로그인' })).toBeVisible();
  await expect(board.getByRole('heading', { name: '기기 연결' })).toBeVisible();
  expect(
    (await admin.request.get(`${server.url}/api/demo/open/admin`, { maxRedirects: 0 })).status(),
  ).toBe(404);

  await admin.getByLabel('아이디').fill('admin');
  await admin.getByLabel('비밀번호').fill('annae-admin');
  await admin.getByRole('button', { name: '로그인' }).click();
  await expect(admin.getByRole('alert')).toBeVisible();
  await admin.getByLabel('비밀번호').fill('our own long secret');
  await admin.getByRole('button', { name: '로그인' }).click();
  await admin
    .getByRole('navigation', { name: '관리 메뉴' })
    .getByRole('button', { name: '청사', exact: true })
    .click();
  await expect(admin.getByRole('form', { name: '청사 설정' })).toBeVisible();
  await expect(admin.getByRole('form', { name: '실제 청사로 전환' })).toHaveCount(0);
});
