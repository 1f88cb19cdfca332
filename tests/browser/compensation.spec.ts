/**
 * 행정사무착오보상 (C12) at the counter console: the officer records a second visit for the ticket
 * being served (the demo charter compensates it, 10,000 won), a double submit is refused, and the
 * administrator's charter report lists the case with its reason.
 */
import { expect, test } from '@playwright/test';
import { serverPerFile } from './server';
import { demoToken, issue, counterOfficer } from './queue-api';

const server = serverPerFile();

test('the counter officer records a second visit for the ticket served; the report lists it', async ({
  browser,
}) => {
  const officer = await counterOfficer(server.url);
  const certificates = officer.view.services.find((s) => s.code === 1)!.id;
  const ticket = await issue(server.url, await demoToken(server.url, 'kiosk'), certificates);

  const page = await (
    await browser.newContext({ viewport: { width: 1280, height: 900 } })
  ).newPage();
  await page.goto(`${server.url}/api/demo/open/counter`);
  await page.getByLabel('창구 선택').selectOption({ label: '1번 창구' });
  await page.getByRole('button', { name: '창구 열기' }).click();
  await page.getByRole('button', { name: /다음 번호 호출/ }).click();
  await expect(page.getByTestId('serving')).toContainText(ticket.number);

  const panel = page.getByRole('region', { name: '행정사무착오 보상 (C12)' });
  await expect(panel).toContainText('10,000원');
  const submit = panel.getByRole('button', { name: '보상 건 기록' });
  await expect(submit).toBeDisabled();
  await panel.getByRole('radio', { name: '직원 잘못으로 다시 방문하심' }).check();
  await panel
    .getByRole('textbox', { name: /무슨 일이 있었는지/ })
    .fill('등본 발급 안내를 잘못 드렸습니다.');
  await expect(panel.getByRole('checkbox', { name: new RegExp(ticket.number) })).toBeChecked();
  await submit.click();
  await expect(panel.getByRole('status')).toContainText('보상 건을 기록했습니다');
  const today = panel.getByRole('list', { name: '오늘 기록한 보상 건' });
  await expect(today).toContainText(ticket.number);
  await page.screenshot({
    path: test.info().outputPath('counter-compensation.png'),
    fullPage: true,
  });

  // The same case again for the same ticket: refused in Korean, nothing added.
  await panel.getByRole('radio', { name: '직원 잘못으로 다시 방문하심' }).check();
  await panel.getByRole('textbox', { name: /무슨 일이 있었는지/ }).fill('다시');
  await submit.click();
  await expect(panel.getByRole('alert')).toContainText('이미 기록되어 있습니다');
  await expect(today.getByRole('listitem')).toHaveCount(1);

  const admin = await browser.newPage();
  await admin.goto(`${server.url}/api/demo/open/admin`);
  await admin.getByRole('button', { name: '헌장 이행 현황' }).click();
  await expect(admin.getByRole('table', { name: /보상 검토 대상/ })).toContainText(
    '직원 잘못으로 재방문',
  );
});
