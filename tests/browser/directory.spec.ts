import { expect, test, type Page } from '@playwright/test';
import { serverPerFile } from './server';

const server = serverPerFile();
test.use({ viewport: { width: 1080, height: 1920 } });

async function openDirectory(page: Page) {
  await page.goto(`${server.url}/api/demo/open/kiosk`);
  await page.getByRole('button', { name: /부서 찾기/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('층별 안내');
}

const keyboard = (page: Page) => page.getByRole('group', { name: '한글 자판' });

test('search 여권 on the on-screen keyboard, see the passport office with a route', async ({
  page,
}) => {
  await openDirectory(page);
  for (const key of ['ㅇ', 'ㅕ', 'ㄱ', 'ㅜ', 'ㅓ', 'ㄴ'])
    await keyboard(page).getByRole('button', { name: key, exact: true }).click();
  await expect(page.getByRole('searchbox')).toHaveValue('여권');
  await page.screenshot({ path: test.info().outputPath('directory-search.png') });
  const results = page.getByRole('region', { name: '찾은 결과' });
  await results
    .getByRole('button', { name: /민원여권과/ })
    .first()
    .click();

  await expect(page.getByRole('tab', { name: '1F' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('img', { name: '1층 배치도' })).toBeVisible();
  await expect(page.getByTestId('route-line')).toBeVisible();
  await expect(page.locator('.map-target')).toContainText('민원여권과');
  // The kiosk stands in the lobby: the room is named with the mark, not in a label under it.
  await expect(page.locator('.map-here')).toHaveText('현재 위치 · 로비');
  await expect(page.locator('.map-label').filter({ hasText: /^로비$/ })).toHaveCount(0);
  const steps = page.locator('.route-steps li');
  await expect(steps.last()).toContainText('민원여권과');
  await expect(page.getByRole('heading', { name: '민원여권과', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: /번호표 받기/ }).first()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('directory-passport.png') });
  await page.locator('.office-seats').scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('directory-department.png') });

  // Backspace and 초성: ㅇㄱ still finds it.
  await page.getByRole('button', { name: '다시 찾기' }).click();
  await keyboard(page).getByRole('button', { name: '모두 지우기' }).click();
  await keyboard(page).getByRole('button', { name: 'ㅇ', exact: true }).click();
  await keyboard(page).getByRole('button', { name: 'ㅎ', exact: true }).click();
  await keyboard(page).getByRole('button', { name: '한 글자 지우기', exact: true }).click();
  await keyboard(page).getByRole('button', { name: 'ㄱ', exact: true }).click();
  await expect(page.getByRole('searchbox')).toHaveValue('ㅇㄱ');
  await expect(results.getByRole('button', { name: /민원여권과/ }).first()).toBeVisible();
});

test('another floor: stairs by default, the elevator on the step-free switch', async ({ page }) => {
  await openDirectory(page);
  await page.getByRole('searchbox').fill('건축과');
  await page
    .getByRole('region', { name: '찾은 결과' })
    .getByRole('button', { name: /^건축과/ })
    .click();
  await expect(page.getByRole('tab', { name: '3F' })).toHaveAttribute('aria-selected', 'true');
  const steps = page.locator('.route-steps');
  await expect(steps).toContainText('계단으로 3층');
  await expect(steps).not.toContainText('엘리베이터');
  await page.getByRole('switch', { name: '계단 없는 길' }).check();
  await expect(steps).toContainText('엘리베이터로 3층');
  await expect(page.getByTestId('route-line')).toBeVisible();
  // The first floor shows the walk from the kiosk to the elevator.
  await page.getByRole('tab', { name: '1F' }).click();
  await expect(page.getByTestId('route-line')).toBeVisible();
  await expect(page.locator('.map-transfer')).toContainText('3층');
  await page.screenshot({ path: test.info().outputPath('directory-stepfree.png') });
  await page.getByRole('button', { name: 'English' }).click();
  await expect(steps).toContainText('Take the elevator to 3F');
  await expect(steps).toContainText('The second door on the right · Building Permits');
  await page.getByRole('tab', { name: '3F' }).click();
  await page.screenshot({ path: test.info().outputPath('directory-en.png') });
});

test('an officer by name reaches the seat chart; zoom buttons change the scale', async ({
  page,
}) => {
  await openDirectory(page);
  await page.getByRole('button', { name: '전입신고', exact: true }).click();
  await page
    .getByRole('button', { name: /민원여권과/ })
    .first()
    .click();
  const chart = page.getByRole('heading', { name: '민원여권과 좌석배치도' });
  await expect(chart).toBeVisible();
  const name = (await page.locator('.office-desk .office-desk-name').nth(3).textContent()) ?? '';
  expect(name.length).toBeGreaterThan(1);

  await page.getByRole('button', { name: '다시 찾기' }).click();
  await page.getByRole('searchbox').fill(name);
  await page
    .getByRole('region', { name: '찾은 결과' })
    .getByRole('button', { name: new RegExp(`^${name}`) })
    .first()
    .click();
  await expect(chart).toBeVisible();
  await expect(page.locator('.office-desk.found .office-desk-name')).toHaveText(name);

  const figure = page.locator('.floor-map');
  await expect(figure).toHaveAttribute('data-zoom', '1');
  const before = await page.locator('.floor-map svg').getAttribute('viewBox');
  await page.getByRole('button', { name: '확대' }).click();
  await expect(figure).toHaveAttribute('data-zoom', '1.5');
  await page.getByRole('button', { name: '확대' }).click();
  await expect(figure).toHaveAttribute('data-zoom', '2');
  expect(await page.locator('.floor-map svg').getAttribute('viewBox')).not.toBe(before);
  await page.getByRole('button', { name: '오른쪽으로 이동' }).click();
  await page.getByRole('button', { name: '축소' }).click();
  await expect(figure).toHaveAttribute('data-zoom', '1.5');
  await page.getByRole('button', { name: '전체 보기' }).click();
  await expect(figure).toHaveAttribute('data-zoom', '1');
  expect(await page.locator('.floor-map svg').getAttribute('viewBox')).toBe(before);

  // Home clears the visitor's search and map.
  await page.getByRole('button', { name: '처음으로' }).click();
  await page.getByRole('button', { name: /부서 찾기/ }).click();
  await expect(page.getByRole('searchbox')).toHaveValue('');
  await expect(page.getByTestId('route-line')).toHaveCount(0);
});

test("the staff finder's card opens the office's seat chart with the desk highlighted and the route", async ({
  page,
}) => {
  await page.goto(`${server.url}/api/demo/open/kiosk`);
  await page.getByRole('button', { name: /직원 찾기/ }).click();
  await page.getByLabel('이름, 담당업무 또는 부서').fill('여권');
  const first = page.locator('.staff-results button').first();
  const name = ((await first.locator('span').first().textContent()) ?? '').split(' ')[0]!;
  await first.click();
  await page.getByRole('button', { name: '자리와 가는 길 보기' }).click();
  await expect(page.getByRole('heading', { name: /좌석배치도/ })).toBeVisible();
  await expect(page.locator('.office-desk.found .office-desk-name')).toHaveText(name);
  await expect(page.locator('.office-desk[aria-current="true"]')).toHaveCount(1);
  await expect(page.locator('.floor-map')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('kiosk-staff-seat-route.png') });
});
