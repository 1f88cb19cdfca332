/** An officer schedules their own absence from the counter console; it takes effect by the clock. */
import { expect, test } from '@playwright/test';
import { serverPerFile } from './server';

const server = serverPerFile();

test('an officer schedules 교육 for themself; it starts by the clock and can be cancelled', async ({
  page,
}) => {
  await page.goto(`${server.url}/api/demo/open/counter`);
  const form = page.getByRole('form', { name: '부재 예약' });
  // Only themself: no one else to choose.
  await expect(form.getByLabel('직원')).toHaveCount(0);
  await form.getByLabel('상태').selectOption({ label: '교육' });
  await form.getByLabel('날짜').fill('2026-11-23');
  await form.getByLabel('시작').fill('10:00');
  await form.getByLabel('끝').fill('12:00');
  await form.getByRole('button', { name: '부재 예약' }).click();

  const row = page.getByRole('row').filter({ hasText: '교육' });
  await expect(row).toBeVisible();
  // The hall clock is inside the period: the presence ticker sets it within seconds.
  await expect
    .poll(
      async () =>
        (
          (await (await page.request.get(`${server.url}/api/staff/me`)).json()) as {
            staff: { presence: string };
          }
        ).staff.presence,
      { timeout: 20_000 },
    )
    .toBe('training');
  await page.screenshot({ path: test.info().outputPath('counter-schedule.png'), fullPage: true });

  await row.getByRole('button', { name: /예약 취소/ }).click();
  await expect(page.getByText('예약된 부재가 없습니다.')).toBeVisible();
});
