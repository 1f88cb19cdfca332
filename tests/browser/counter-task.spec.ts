/** The counter console names the task a visitor chose at the kiosk (등본 within 제증명). */
import { expect, test } from '@playwright/test';
import type { PublicTicket } from '../../shared/schemas/queue';
import { serverPerFile } from './server';
import { call, counterOfficer, demoToken, newKiosk } from './queue-api';

const server = serverPerFile();

let keys = 0;
/** A ticket as the kiosk takes it once the visitor has chosen a task. */
async function issueWithTask(kioskToken: string, serviceId: number, task: string) {
  const { ticket } = await call<{ ticket: PublicTicket }>(
    server.url,
    '/api/tickets',
    { token: kioskToken },
    { serviceId, priority: false, task, idempotencyKey: `counter-task-${Date.now()}-${++keys}` },
  );
  return ticket;
}

test('the task of the ticket being served and of each waiting one is on the counter console', async ({
  browser,
}) => {
  const officer = await counterOfficer(server.url);
  // 주민등록 등·초본 등 제증명 (service 1) asks 등본, 초본 or 기타 증명; counters 1–3 serve it.
  const certificates = officer.view.services.find((s) => s.code === 1)!.id;
  const first = await issueWithTask(await demoToken(server.url, 'kiosk'), certificates, '등본');
  // A kiosk gives one visitor the same ticket for a second tap: the second comes from another.
  const second = await issueWithTask(
    await newKiosk(server.url, '1층 키오스크 2'),
    certificates,
    '초본',
  );

  const page = await (
    await browser.newContext({ viewport: { width: 1280, height: 900 } })
  ).newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(`${server.url}/api/demo/open/counter`);
  await page.getByLabel('창구 선택').selectOption({ label: '1번 창구' });
  const lines = page.getByRole('region', { name: '이 창구의 대기열' });
  const waiting = lines.getByRole('listitem').filter({ hasText: second.number });
  await expect(waiting).toContainText('세부 업무: 초본');
  await expect(lines.getByRole('listitem').filter({ hasText: first.number })).toContainText(
    '세부 업무: 등본',
  );

  await page.getByRole('button', { name: '창구 열기' }).click();
  await expect(page.getByRole('heading', { name: /1번 창구 · 운영/ })).toBeVisible();
  await page.getByRole('button', { name: /다음 번호 호출/ }).click();
  const serving = page.getByTestId('serving');
  await expect(serving).toContainText(first.number);
  await expect(serving).toContainText('세부 업무: 등본');
  await expect(waiting).toContainText('세부 업무: 초본');
  await page.screenshot({ path: '/tmp/counter-task.png', fullPage: true });

  // Done: nobody served, and so no task shown.
  await page.getByRole('button', { name: /업무 완료/ }).click();
  await expect(serving).toContainText('호출한 번호가 없습니다');
  await expect(serving).not.toContainText('세부 업무');
  expect(errors).toEqual([]);
});
