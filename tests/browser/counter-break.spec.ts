import { expect, test } from '@playwright/test';
import { serverPerFile } from './server';

const server = serverPerFile();

test('an officer goes on lunch with an expected return, and the console shows when they are back', async ({
  page,
}) => {
  await page.goto(`${server.url}/api/demo/open/counter`);
  await page.getByLabel('창구 선택').selectOption({ label: '1번 창구' });
  const state = page.getByRole('region', { name: /1번 창구/ });
  await state.getByRole('button', { name: '점심 교대', exact: true }).click();

  // The chooser proposes 60 minutes; the officer picks 30.
  const choices = state.getByRole('group', { name: '복귀 예정 선택' });
  await expect(choices.getByRole('button', { name: /^60분/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await choices.getByRole('button', { name: /^30분/ }).click();
  await state.screenshot({ path: test.info().outputPath('wait2-counter-break-choose.png') });
  await state.getByRole('button', { name: '점심 교대 시작' }).click();

  // On the server's clock (10:30 KST) 30 minutes on is 11:00.
  const back = state.getByTestId('counter-return');
  await expect(back).toHaveText(/^11:0\d 복귀 예정$/);
  await expect(state.getByRole('heading', { level: 2 })).toContainText('점심');
  await state.screenshot({ path: test.info().outputPath('wait2-counter-break.png') });

  // Not sure after all: the console says so.
  await state.getByRole('button', { name: '복귀 시각 바꾸기' }).click();
  await state.getByRole('button', { name: '모름' }).click();
  await state.getByRole('button', { name: '복귀 시각 저장' }).click();
  await expect(back).toHaveText('복귀 시각 미정');

  // Back at the counter: no return line any more.
  await state.getByRole('button', { name: '창구 열기' }).click();
  await expect(back).toHaveCount(0);
});
