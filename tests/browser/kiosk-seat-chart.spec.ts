/**
 * Find one officer fast (issue 18): from the kiosk's staff finder, typed on its on-screen
 * keyboard, to the office's seat chart as the administrator's seat plan arranges the room (the
 * door display's blocks, empty desk and walkway), the officer's desk framed and named.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import type { StaffMember } from '../../shared/schemas/hall';
import { serverPerFile } from './server';

const server = serverPerFile();
const VIEWPORT = { width: 1080, height: 1920 };
/** 세무1과: a walkway after the 취득세팀 row, then a row with an empty desk at its second place. */
const PLAN = { emptyDesks: [{ row: 3, col: 2 }], aisleCols: [], aisleRows: [2] };

async function planOffice(browser: Browser): Promise<StaffMember> {
  const admin = await (await browser.newContext()).newPage();
  await admin.goto(`${server.url}/api/demo/open/admin`);
  const { staff } = (await (await admin.request.get(`${server.url}/api/staff`)).json()) as {
    staff: StaffMember[];
  };
  const officer = staff.find((m) => m.name === '이세영' && m.team === '취득세팀');
  if (!officer) throw new Error('the demo has no 이세영 in 취득세팀');
  const res = await admin.request.put(
    `${server.url}/api/staff/seat-plans/${officer.departmentId}`,
    { data: PLAN },
  );
  expect(res.status()).toBe(200);
  await admin.context().close();
  return officer;
}

/** Each screen line of a chart as the kinds of its places, block by block. */
const lineKinds = (page: Page, chart: string) =>
  page.locator(`${chart} .seat-block`).evaluateAll((blocks) =>
    blocks.map((b) => ({
      aisleBefore: b.classList.contains('aisle-before'),
      lines: [...b.querySelectorAll('.seat-line')].map((line) =>
        [...line.children].map((slot) =>
          slot.classList.contains('seat-slot-vacant')
            ? 'vacant'
            : slot.classList.contains('seat-slot-aisle')
              ? 'aisle'
              : slot.classList.contains('seat-slot-empty')
                ? 'empty'
                : 'desk',
        ),
      ),
    })),
  );

async function openSeatChart(page: Page) {
  await page.goto(`${server.url}/api/demo/open/kiosk`);
  await page.getByRole('button', { name: /직원 찾기/ }).click();
  const keyboard = page.getByRole('group', { name: '한글 자판' });
  for (const key of ['ㅇ', 'ㅣ', 'ㅅ', 'ㅔ', 'ㅇ', 'ㅕ', 'ㅇ'])
    await keyboard.getByRole('button', { name: key, exact: true }).click();
  await expect(page.getByRole('searchbox')).toHaveValue('이세영');
  await page
    .locator('.staff-results')
    .getByRole('button', { name: /이세영.*세무1과/ })
    .click();
  await page.getByRole('button', { name: '자리와 가는 길 보기' }).click();
  await expect(page.getByRole('heading', { name: '세무1과 좌석배치도' })).toBeVisible();
}

test('the staff card opens the office as the admin drew it, the officer’s desk framed and named', async ({
  browser,
}) => {
  const officer = await planOffice(browser);
  const page = await (await browser.newContext({ viewport: VIEWPORT })).newPage();
  await openSeatChart(page);

  // The one desk marked current is 이세영's, with the words, her status and when she is back.
  const chart = page.locator('.office-seats');
  const found = chart.getByRole('button', { name: /^찾으시는 분 이세영 / });
  await expect(found).toHaveAttribute('aria-current', 'true');
  await expect(found).toHaveAttribute('data-staff-id', String(officer.id));
  await expect(chart.locator('[aria-current="true"]')).toHaveCount(1);
  await expect(found).toContainText('찾으시는 분');
  await expect(found.locator('.office-desk-presence')).toHaveText(/✎\s*교육/);
  await expect(found).toContainText('14:00 복귀 예정');
  await expect(found).toContainText(/대리자 \S+/);
  // In view, and wholly inside the screen's width: nothing to scroll sideways to.
  await expect(found).toBeInViewport();
  const box = (await found.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(VIEWPORT.width);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    VIEWPORT.width,
  );
  // The head, 취득세팀, the walkway, then the row with its empty desk: as on the door display.
  await expect(chart.getByText('빈 자리')).toBeVisible();
  const kiosk = await lineKinds(page, '.office-seats');
  expect(kiosk).toEqual([
    { aisleBefore: false, lines: [['desk']] },
    { aisleBefore: false, lines: [['desk', 'desk', 'desk']] },
    { aisleBefore: true, lines: [['empty', 'vacant']] },
  ]);
  const door = await (
    await browser.newContext({ viewport: { width: 1920, height: 1080 } })
  ).newPage();
  await door.goto(`${server.url}/api/demo/open/seats-tax-1`);
  await expect(door.locator('.seat-slot-vacant')).toBeVisible();
  expect(await lineKinds(door, '.seat-page')).toEqual(kiosk);

  // The route to the room is on the same screen, and the desk opens the officer.
  await expect(page.getByRole('heading', { name: '세무1과 가는 길' })).toBeAttached();
  await expect(page.locator('.route-steps li').first()).toBeAttached();
  await page.screenshot({ path: test.info().outputPath('kiosk-seat-chart-normal.png') });
  await found.click();
  await expect(page.getByRole('heading', { level: 2, name: /이세영/ })).toBeVisible();
});

test('in 큰 글씨 the chart reflows down the screen: the desk still framed, nothing sideways', async ({
  browser,
}) => {
  await planOffice(browser);
  const page = await (await browser.newContext({ viewport: VIEWPORT })).newPage();
  await openSeatChart(page);
  const chart = page.locator('.office-seats');
  const perLine = Number(await chart.getAttribute('data-per-line'));
  await page.getByRole('button', { name: '큰 글씨', exact: true }).click();
  await expect(page.locator('html')).toHaveClass(/large-font/);
  await expect
    .poll(async () => Number(await chart.getAttribute('data-per-line')))
    .toBeLessThan(perLine);
  const found = chart.getByRole('button', { name: /^찾으시는 분 이세영 / });
  await found.scrollIntoViewIfNeeded();
  await expect(found).toHaveAttribute('aria-current', 'true');
  await expect(found).toBeInViewport();
  const box = (await found.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(VIEWPORT.width);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    VIEWPORT.width,
  );
  // Every desk, the empty one and the walkway are still there, one under another.
  await expect(chart.locator('.office-desk')).toHaveCount(4);
  await expect(chart.getByText('빈 자리')).toBeVisible();
  await expect(chart.locator('.seat-block.aisle-before')).toHaveCount(1);
  await page.screenshot({ path: test.info().outputPath('kiosk-seat-chart-large-font.png') });
});
