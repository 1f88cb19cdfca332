import { readFileSync } from 'node:fs';
import { ko } from '../../shared/i18n/ko-all';
import { expect, test } from '@playwright/test';
import { serverPerFile } from './server';

// On the real clock: the charter report's CSV is read for the browser's today.
const server = serverPerFile({});

test('a visitor files a complaint and answers the survey at the kiosk; the admin sees them in the inbox and the charter report, with a chart and a CSV', async ({
  browser,
}) => {
  const kiosk = await (await browser.newContext()).newPage();
  await kiosk.goto(`${server.url}/api/demo/open/kiosk`);
  await kiosk.getByRole('button', { name: /칭찬·불편·설문/ }).click();
  await kiosk.getByRole('button', { name: '불편 신고' }).click();
  // The on-screen keyboard types 안내 (ㅇ ㅏ ㄴ ㄴ ㅐ).
  for (const key of ['ㅇ', 'ㅏ', 'ㄴ', 'ㄴ', 'ㅐ']) {
    await kiosk.getByRole('button', { name: key, exact: true }).click();
  }
  await expect(kiosk.getByLabel('내용')).toHaveValue('안내');
  await kiosk.getByLabel('내용').fill('<b>안내가 늦었습니다</b>');
  await kiosk.getByRole('button', { name: '보내기' }).click();
  await expect(kiosk.getByText(/접수번호 [A-Z2-9]{4}-[A-Z2-9]{4}/)).toBeVisible();
  await kiosk.screenshot({ path: test.info().outputPath('voice-kiosk-receipt.png') });
  await kiosk.getByRole('button', { name: '처음 화면으로' }).click();

  await kiosk.getByRole('button', { name: /칭찬·불편·설문/ }).click();
  await kiosk.getByRole('button', { name: '만족도 설문' }).click();
  await kiosk.screenshot({ path: test.info().outputPath('voice-kiosk-survey.png') });
  // One tap answers; the answer is sent once the moment to take it back has passed.
  await kiosk.getByRole('button', { name: '만족', exact: true }).click();
  await expect(kiosk.getByRole('status')).toContainText('감사합니다');
  await expect(kiosk.getByRole('status')).toContainText(ko['voice.surveySent'], {
    timeout: 15_000,
  });

  const admin = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await admin.goto(`${server.url}/api/demo/open/admin`);
  await admin.getByRole('button', { name: '민원함' }).click();
  const inbox = admin.getByRole('region', { name: '칭찬·불편 접수함' });
  // The markup the visitor typed is shown as text, not rendered.
  await expect(inbox.getByText('<b>안내가 늦었습니다</b>')).toBeVisible();
  // Other tests on the same server file complaints too: read the clock of this one.
  const filed = inbox.getByRole('listitem').filter({ hasText: '<b>안내가 늦었습니다</b>' });
  await expect(filed.getByText(/답변 .*남음/)).toBeVisible();
  await admin.screenshot({ path: test.info().outputPath('voice-inbox.png'), fullPage: true });

  await admin.getByRole('button', { name: '헌장 이행 현황' }).click();
  const report = admin.getByRole('region', { name: '헌장 이행 현황' });
  // The promises table (the chart legends have rows of the same names).
  const promises = report.getByRole('table', { name: '헌장 이행 현황' });
  await expect(promises.getByRole('row', { name: /불편 신고 답변/ })).toBeVisible();
  const chart = report.getByRole('img', { name: '만족도 설문 (C10)' });
  await expect(chart.locator('canvas')).toHaveCount(1);
  // uPlot sizes its canvas once the panel is laid out: wait for it rather than read it at once.
  await expect
    .poll(async () => (await chart.locator('canvas').boundingBox())?.width ?? 0)
    .toBeGreaterThan(100);
  await admin.screenshot({ path: test.info().outputPath('report.png'), fullPage: true });

  const [download] = await Promise.all([
    admin.waitForEvent('download'),
    report.getByRole('link', { name: 'CSV 내려받기 (surveys)' }).click(),
  ]);
  const csv = readFileSync((await download.path()) ?? '', 'utf8').replace(/^\uFEFF/, '');
  const [header, ...rows] = csv.trimEnd().split('\r\n');
  expect(header).toBe('기간,응답 수,평균 점수,1점,2점,3점,4점,5점');
  // The demo hall's simulated history ends yesterday: today's row holds only this answer.
  const today = new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);
  expect(rows.filter((r) => r.startsWith(`${today},`))).toEqual([`${today},1,4,0,0,0,1,0`]);
  expect(rows.length).toBeGreaterThan(1);
});
