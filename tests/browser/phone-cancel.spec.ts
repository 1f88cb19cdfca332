import { expect, test } from '@playwright/test';
import { serverPerFile } from './server';
import { counterOfficer, demoToken, issue, newKiosk } from './queue-api';

const server = serverPerFile();

const PHONE = { width: 390, height: 844 };

test('a visitor leaves the line from the phone: asked first, then the line behind and the board move up', async ({
  browser,
}) => {
  const officer = await counterOfficer(server.url);
  // 여권 교부 (service 5) is served at counter 11 alone.
  const pickUp = officer.view.services.find((s) => s.code === 5)!;
  const leaving = await issue(server.url, await demoToken(server.url, 'kiosk'), pickUp.id);
  const staying = await issue(server.url, await newKiosk(server.url, '2층 키오스크'), pickUp.id);

  const context = await browser.newContext({ viewport: PHONE, hasTouch: true });
  const phone = await context.newPage();
  const behind = await context.newPage();
  const board = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await board.goto(`${server.url}/api/demo/open/board`);
  const line = board.getByTestId('board-queue').filter({ hasText: pickUp.name });
  await expect(line).toContainText('대기 2명');

  await behind.goto(`${server.url}/t/${staying.code}`);
  await expect(behind.getByTestId('phone-ahead')).toHaveText('1명');
  await phone.goto(`${server.url}/t/${leaving.code}`);
  await expect(phone.getByTestId('phone-ahead')).toHaveText('다음 차례입니다');

  // First the question; "no" keeps the place.
  await phone.getByRole('button', { name: '대기 취소' }).click();
  await expect(phone.getByText('대기를 취소하시겠습니까?')).toBeVisible();
  await phone.screenshot({ path: test.info().outputPath('phone-cancel-ask.png'), fullPage: true });
  await phone.getByRole('button', { name: '아니요, 계속 기다리겠습니다' }).click();
  await expect(phone.getByTestId('phone-ahead')).toHaveText('다음 차례입니다');

  await phone.getByRole('button', { name: '대기 취소' }).click();
  await phone.getByRole('button', { name: '예, 대기를 취소합니다' }).click();
  await expect(phone.getByText('대기를 취소하셨습니다.')).toBeVisible();
  await expect(phone.getByRole('button', { name: '대기 취소' })).toHaveCount(0);
  await phone.screenshot({ path: test.info().outputPath('phone-cancelled.png'), fullPage: true });

  // Live, without reloading: the next visitor moves up and the board counts one fewer.
  await expect(behind.getByTestId('phone-ahead')).toHaveText('다음 차례입니다');
  await expect(line).toContainText('대기 1명');

  // The counter calls the one who stayed, not the one who left.
  await officer.open(11);
  const called = await officer.callNext(11);
  expect(called.ticket?.number).toBe(staying.number);
  await context.close();
  await board.close();
});
