import { expect, test } from '@playwright/test';
import { serverPerFile } from './server';

const server = serverPerFile();

test('a callback left at the kiosk reaches the officer’s inbox with its deadline', async ({
  browser,
}) => {
  const counter = await (await browser.newContext()).newPage();
  await counter.goto(`${server.url}/api/demo/open/counter`);
  const me = (await (await counter.request.get(`${server.url}/api/staff/me`)).json()) as {
    staff: { id: number; name: string };
  };
  // The officer goes to a meeting, back before the charter's one-hour deadline.
  const panel = counter.getByRole('region', { name: '내 근무 상태' });
  await panel.getByLabel('복귀 예정 시각').fill('11:00');
  await panel.getByRole('button', { name: '회의', exact: true }).click();
  await expect(panel.getByRole('status')).toContainText('회의');

  const kiosk = await (
    await browser.newContext({ viewport: { width: 1080, height: 1920 } })
  ).newPage();
  await kiosk.goto(`${server.url}/api/demo/open/kiosk`);
  await kiosk.getByRole('button', { name: /직원 찾기/ }).click();
  await kiosk.getByLabel('이름, 담당업무 또는 부서').fill(me.staff.name);
  await kiosk
    .getByRole('button', { name: new RegExp(me.staff.name) })
    .first()
    .click();
  await expect(kiosk.getByRole('heading', { level: 2 })).toContainText(me.staff.name);
  await expect(kiosk.getByText('지금 자리에 없습니다.')).toBeVisible();
  await kiosk.getByRole('button', { name: /연락 요청/ }).click();

  // A wrong number is refused on the spot.
  await kiosk.getByRole('textbox', { name: '전화번호' }).fill('12345');
  await kiosk.getByRole('button', { name: '요청하기' }).click();
  await expect(kiosk.getByRole('alert')).toContainText('전화번호 형식이 맞지 않습니다');

  await kiosk.getByRole('textbox', { name: '전화번호' }).fill('');
  for (const digit of '01012345678') {
    await kiosk
      .getByRole('group', { name: '숫자 버튼' })
      .getByRole('button', { name: digit, exact: true })
      .click();
  }
  await expect(kiosk.getByRole('textbox', { name: '전화번호' })).toHaveValue('010-1234-5678');
  await kiosk.getByLabel('용건 (선택)').fill('여권 재발급 문의');
  await kiosk.getByRole('button', { name: '요청하기' }).click();
  await expect(kiosk.getByRole('status')).toContainText('1시간 이내에 전화드립니다.');
  await expect(kiosk.getByText('010-1234-**** 번호로 11:30까지 연락드리겠습니다.')).toBeVisible();
  await kiosk.screenshot({ path: test.info().outputPath('kiosk-callback.png') });
  await expect(kiosk.getByText('010-1234-5678')).toHaveCount(0);

  await counter.reload();
  const inbox = counter.getByRole('region', { name: /연락 요청/ });
  const item = inbox.getByRole('listitem').filter({ hasText: '010-1234-5678' });
  await expect(item).toBeVisible();
  await expect(item).toContainText('기한 11:30');
  await expect(item).toContainText(/(59|60)분 남음/);
  await expect(item).toContainText('여권 재발급 문의');
  await counter.screenshot({ path: test.info().outputPath('counter-inbox.png'), fullPage: true });
  await item.getByRole('button', { name: '통화함' }).click();
  await expect(item).toContainText('연락함: 통화함');
  await item.getByRole('button', { name: '완료' }).click();
  await expect(inbox.getByText('처리할 연락 요청이 없습니다.')).toBeVisible();
});
