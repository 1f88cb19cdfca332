import { expect, test } from '@playwright/test';
import { serverPerFile } from './server';

const server = serverPerFile();

test('a full visit: kiosk ticket, counter call, board and phone — nothing reloaded by hand', async ({
  browser,
}) => {
  const kiosk = await (
    await browser.newContext({ viewport: { width: 1080, height: 1920 } })
  ).newPage();
  await kiosk.goto(`${server.url}/api/demo/open/kiosk`);
  await kiosk.getByRole('button', { name: /번호표 받기/ }).click();
  await expect(kiosk.getByRole('heading', { name: '번호표 받기' })).toBeVisible();
  await kiosk.getByRole('button', { name: /여권 교부/ }).click();
  await expect(kiosk.getByRole('heading', { name: '우선 창구 대상이십니까?' })).toBeVisible();
  // A double tap issues one ticket.
  await kiosk.getByRole('button', { name: /일반 번호표/ }).dblclick();
  await expect(kiosk.getByRole('heading', { name: '번호표가 나왔습니다' })).toBeVisible();
  const number = (await kiosk.getByTestId('ticket-number').textContent())?.trim() ?? '';
  expect(number).toMatch(/^5\d{3}$/);
  await expect(kiosk.getByRole('img', { name: /QR/ })).toBeVisible();
  await kiosk.screenshot({ path: test.info().outputPath('kiosk-ticket.png') });

  // The receipt prints on 80 mm paper: only the receipt, 72 mm wide.
  await kiosk.emulateMedia({ media: 'print' });
  const receipt = kiosk.locator('.receipt');
  await expect(receipt).toBeVisible();
  const widthMm = await receipt.evaluate((el) => el.getBoundingClientRect().width / (96 / 25.4));
  expect(widthMm).toBeGreaterThan(70);
  expect(widthMm).toBeLessThan(80);
  await expect(kiosk.getByRole('button', { name: '번호표 인쇄' })).toBeHidden();
  await kiosk.emulateMedia({ media: 'screen' });

  const phoneUrl = await kiosk.locator('.ticket-qr').getAttribute('data-url');
  expect(phoneUrl).toMatch(/\/t\/[a-z0-9]{16}$/);
  const phone = await (
    await browser.newContext({ viewport: { width: 390, height: 844 } })
  ).newPage();
  await phone.goto(phoneUrl ?? '');
  await expect(phone.getByText(number).first()).toBeVisible();

  const counter = await (await browser.newContext()).newPage();
  await counter.goto(`${server.url}/api/demo/open/counter`);
  await expect(counter.getByRole('heading', { name: '창구 콘솔' })).toBeVisible();
  await counter.getByLabel('창구 선택').selectOption({ label: '11번 창구' });
  await expect(counter.getByRole('row', { name: /여권 교부/ })).toContainText('1');

  const board = await (
    await browser.newContext({ viewport: { width: 1920, height: 1080 } })
  ).newPage();
  await board.goto(`${server.url}/api/demo/open/board`);
  await expect(board.getByRole('heading', { name: '번호표시기' })).toBeVisible();

  await counter.getByRole('button', { name: /다음 번호 호출/ }).dblclick();
  await expect(counter.getByTestId('serving')).toContainText(number);
  await expect(board.getByTestId('newest-call')).toContainText(number);
  await expect(board.getByTestId('newest-call')).toContainText('11번 창구');
  await expect(phone.getByRole('alert')).toContainText('11번 창구');

  // The double click called once: the next call says the line is empty.
  await counter.getByRole('button', { name: /다음 번호 호출/ }).click();
  await expect(counter.getByRole('alert')).toContainText('기다리는 분이 없습니다');
  await counter.getByRole('button', { name: /업무 완료/ }).click();
  await expect(counter.getByTestId('serving')).toContainText('호출한 번호가 없습니다');
});

test('a closed counter cannot call; opened, its keyboard shortcut calls and says the line is empty', async ({
  browser,
}) => {
  const counter = await (await browser.newContext()).newPage();
  await counter.goto(`${server.url}/api/demo/open/counter`);
  await counter.getByLabel('창구 선택').selectOption({ label: '10번 창구' });
  await expect(counter.getByRole('heading', { name: /10번 창구 · 마감/ })).toBeVisible();
  await expect(counter.getByRole('button', { name: /다음 번호 호출/ })).toBeDisabled();
  await counter.getByRole('button', { name: '창구 열기' }).click();
  await expect(counter.getByRole('heading', { name: /10번 창구 · 운영/ })).toBeVisible();
  await expect(counter.getByRole('button', { name: /다음 번호 호출/ })).toBeEnabled();
  await counter.keyboard.press('n');
  await expect(counter.getByRole('alert')).toContainText('기다리는 분이 없습니다');
  await counter.getByRole('button', { name: '창구 닫기' }).click();
});
