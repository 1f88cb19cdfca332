/**
 * An administrator hands a complaint to a counter officer's account in the inbox; that officer then
 * finds it under 맡은 민원 in the counter console, opens the contact (logged) and answers it.
 */
import { expect, test } from '@playwright/test';
import { serverPerFile } from './server';

const server = serverPerFile();

test('the officer an admin makes the handler works that complaint from the counter console', async ({
  browser,
}) => {
  const location =
    (await fetch(`${server.url}/api/demo/open/kiosk`, { redirect: 'manual' })).headers.get(
      'location',
    ) ?? '';
  const kioskToken = decodeURIComponent(location.split('#device=')[1] ?? '');
  const filed = await fetch(`${server.url}/api/feedback`, {
    method: 'POST',
    headers: { authorization: `Bearer ${kioskToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      kind: 'complaint',
      text: '주차 안내가 없었습니다',
      contact: { name: '홍길동', phone: '01098765432' },
    }),
  });
  expect(filed.status).toBe(201);

  const admin = await (
    await browser.newContext({ viewport: { width: 1400, height: 1000 } })
  ).newPage();
  await admin.goto(`${server.url}/api/demo/open/admin`);
  const officer = await admin.evaluate(async () => {
    const res = await fetch('/api/staff/admin');
    const { accounts } = (await res.json()) as {
      accounts: { role: string; displayName: string }[];
    };
    return accounts.find((a) => a.role === 'counter')?.displayName ?? '';
  });
  await admin.getByRole('button', { name: '민원함' }).click();
  const item = admin
    .getByRole('region', { name: '칭찬·불편 접수함' })
    .getByRole('listitem')
    .filter({ hasText: '주차 안내가 없었습니다' });
  await item.getByLabel('처리 담당 계정').selectOption({ label: officer });
  await item.getByRole('button', { name: '배정' }).click();
  await expect(item).toContainText(`→ ${officer}`);

  const counter = await (
    await browser.newContext({ viewport: { width: 1400, height: 1000 } })
  ).newPage();
  await counter.goto(`${server.url}/api/demo/open/counter`);
  const mine = counter.getByRole('region', { name: '맡은 민원' });
  const handled = mine.getByRole('listitem').filter({ hasText: '주차 안내가 없었습니다' });
  await expect(handled).toContainText('010-9876-****');
  // The officer works the item but does not hand it on.
  await expect(handled.getByRole('button', { name: '배정' })).toHaveCount(0);
  await handled.getByRole('button', { name: '연락처 보기 (기록됨)' }).click();
  await expect(handled).toContainText('010-9876-5432');
  await handled.getByLabel('답변').fill('안내판을 새로 달았습니다.');
  await handled.getByRole('button', { name: '답변 저장' }).click();
  await expect(handled).toContainText('안내판을 새로 달았습니다.');
  await mine.screenshot({ path: test.info().outputPath('counter-handled-complaints.png') });
});
