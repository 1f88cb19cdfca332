/**
 * Issue 10: the demo hall's simulated history makes the charter report meaningful on first start;
 * the phone page of a served ticket asks the exit survey once; the counter console marks a
 * complex petition and shows praise naming its officer.
 */
import { expect, test, type Page } from '@playwright/test';
import { serverPerFile } from './server';
import { call, counterOfficer, demoToken, issue } from './queue-api';

const server = serverPerFile();

/** Pixels a canvas has drawn: uPlot draws its series there, so an empty chart has few. */
async function drawnPixels(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluate((canvas) => {
    const c = canvas as HTMLCanvasElement;
    const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? [];
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) n += 1;
    return n;
  });
}

test('on first start the charter report shows the simulated weeks: every promise measured, charts drawn, marked as demo data', async ({
  page,
}) => {
  // About 25 s alone; it ran out of the 60 s default once with the whole suite on two cores.
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${server.url}/api/demo/open/admin`);
  await page.getByRole('button', { name: '헌장 이행 현황' }).click();
  const report = page.getByRole('region', { name: '헌장 이행 현황' });
  await expect(report.getByRole('note')).toContainText('시연용 데이터');
  const promises = report.getByRole('table', { name: '헌장 이행 현황' });
  for (const name of [
    /대기 시간 \(C5\)/,
    /도우미 도착 \(C4\)/,
    /회신 전화 \(C3\)/,
    /불편 신고 답변 \(C9\)/,
    /복합민원 진행 안내 \(C8\)/,
    /점심시간 창구 운영 \(C13\)/,
  ]) {
    await expect(promises.getByRole('row', { name })).toContainText(/\d+(\.\d)?%/);
  }
  const trend = report.getByRole('img', { name: '이행률 추이 (%)' });
  await expect(trend.locator('canvas')).toHaveCount(1);
  expect(
    await drawnPixels(page, '.report-chart[aria-label="이행률 추이 (%)"] canvas'),
  ).toBeGreaterThan(2000);
  const survey = report.getByRole('img', { name: '만족도 설문 (C10)' });
  await expect(survey.locator('canvas')).toHaveCount(1);
  expect(
    await drawnPixels(page, '.report-chart[aria-label="만족도 설문 (C10)"] canvas'),
  ).toBeGreaterThan(2000);
  await expect(report.getByRole('table', { name: '보상 검토 대상 (C12)' })).toContainText('10000');
  await expect(report.getByRole('table', { name: '대기 예상 오차' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('voice-report-top.png') });
  await report.getByRole('table', { name: '점심시간 창구 운영 (C13)' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('voice-report-tables.png') });
  // The printable page for the yearly publication: no controls, every row of every table.
  await page.emulateMedia({ media: 'print' });
  await expect(report.getByRole('button', { name: '인쇄' })).toBeHidden();
  await expect(report.getByRole('link', { name: /CSV 내려받기/ }).first()).toBeHidden();
  const lunchRows = report
    .getByRole('table', { name: '점심시간 창구 운영 (C13)' })
    .getByRole('row');
  expect(await lunchRows.count()).toBeGreaterThan(100);
  await page.screenshot({ path: test.info().outputPath('voice-report-print.png') });
});

test('the phone page of a served ticket asks the survey once; a second answer is refused clearly', async ({
  browser,
}) => {
  const kiosk = await demoToken(server.url, 'kiosk');
  const officer = await counterOfficer(server.url);
  const counter = officer.counter(1);
  const ticket = await issue(server.url, kiosk, counter.serviceIds[0]!);

  const phone = await (
    await browser.newContext({ viewport: { width: 390, height: 844 } })
  ).newPage();
  await phone.goto(`${server.url}/t/${ticket.code}`);
  // Waiting: no survey yet.
  await expect(phone.getByText(ticket.number).first()).toBeVisible();
  await expect(phone.getByRole('region', { name: '만족도 설문' })).toHaveCount(0);

  await officer.callNext(1);
  await officer.done(1);
  const survey = phone.getByRole('region', { name: '만족도 설문' });
  await expect(survey).toBeVisible();
  await expect(survey.getByRole('radio')).toHaveCount(5);
  await survey.getByRole('button', { name: '보내기' }).click();
  await expect(survey.getByRole('alert')).toHaveText('얼굴 하나를 골라 주십시오.');
  await survey.getByRole('radio', { name: '매우 만족' }).click();
  await expect(survey.getByRole('radio', { name: '매우 만족' })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await survey.getByLabel('하실 말씀 (선택)').fill('<script>alert(1)</script> 빨랐습니다');
  await phone.screenshot({ path: test.info().outputPath('voice-phone-survey.png') });
  await survey.getByRole('button', { name: '보내기' }).click();
  await expect(survey.getByRole('status')).toHaveText('소중한 의견 감사합니다. 안녕히 가십시오.');
  await phone.screenshot({ path: test.info().outputPath('voice-phone-thanks.png') });

  // This phone remembers; reopening the page thanks instead of asking.
  await phone.reload();
  await expect(phone.getByRole('region', { name: '만족도 설문' }).getByRole('status')).toHaveText(
    /이미 응답하셨습니다/,
  );
  await expect(phone.getByRole('radio')).toHaveCount(0);

  // Another phone with the same link asks, and the server refuses the second answer.
  const other = await (await browser.newContext()).newPage();
  await other.goto(`${server.url}/t/${ticket.code}`);
  const again = other.getByRole('region', { name: '만족도 설문' });
  await again.getByRole('radio', { name: '보통' }).click();
  await again.getByRole('button', { name: '보내기' }).click();
  await expect(again.getByRole('status')).toHaveText(/이미 응답하셨습니다/);
  await other.screenshot({ path: test.info().outputPath('voice-phone-already.png') });
  await expect(
    call(server.url, '/api/surveys', {}, { ticketCode: ticket.code, score: 1 }),
  ).rejects.toThrow(/409.*survey_answered/);
});

test('the counter officer marks a complex petition, sees the guardian and the notice deadline, and reads praise naming them', async ({
  browser,
}) => {
  const officer = await counterOfficer(server.url);
  const me = await (
    await fetch(`${server.url}/api/staff/me`, { headers: { cookie: officer.cookie } })
  ).json();
  const kiosk = await demoToken(server.url, 'kiosk');
  await call(
    server.url,
    '/api/feedback',
    { token: kiosk },
    { kind: 'praise', officer: me.staff.name, text: '끝까지 친절하게 도와주셨습니다.' },
  );

  const page = await (
    await browser.newContext({ viewport: { width: 1280, height: 1000 } })
  ).newPage();
  await page.goto(`${server.url}/api/demo/open/counter`);
  const panel = page.getByRole('region', { name: /복합민원/ });
  await expect(
    panel.getByText(/2개 이상 부서, 법정 처리기한 7일 이상 — 접수 후 3일 이내/),
  ).toBeVisible();
  await panel.getByLabel(/민원 내용/).fill('주유소 설치 허가 (건축·소방·환경)');
  await panel.getByLabel('주관 부서').selectOption({ index: 1 });
  await panel.getByLabel('법정 처리기한 (일)').fill('10');
  await panel.getByRole('button', { name: '복합민원으로 지정' }).click();
  // One department is not complex under the demo hall's rule: refused, saying why.
  await expect(panel.getByRole('alert')).toContainText('복합민원이 아닙니다');
  await panel.getByRole('group', { name: '관련 부서' }).getByRole('checkbox').nth(1).check();
  await panel.getByRole('button', { name: '복합민원으로 지정' }).click();
  await expect(panel.getByRole('status')).toContainText('후견인:');
  const item = panel.getByRole('listitem').filter({ hasText: '주유소 설치 허가' });
  await expect(item).toContainText(/진행 안내 3일 남음/);
  await page.screenshot({
    path: test.info().outputPath('voice-counter-petition.png'),
    fullPage: false,
  });
  await item
    .getByLabel('안내한 내용')
    .fill('관련 부서 협의 중이며 다음 주 결과를 안내드린다고 전화함');
  await item.getByRole('button', { name: '진행 안내 기록' }).click();
  await expect(item).toContainText('진행 안내 완료');

  const praise = page.getByRole('region', { name: /받은 칭찬/ });
  await expect(praise.getByText('끝까지 친절하게 도와주셨습니다.')).toBeVisible();
  await praise.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('voice-counter-praise.png') });
});
