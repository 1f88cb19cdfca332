import { expect, test, type Page } from '@playwright/test';
import { serverPerFile } from './server';

const server = serverPerFile();

/** Every text element of every card lies inside its card, and nothing is cut or scrolls. */
async function overflowProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const cards = [...document.querySelectorAll<HTMLElement>('.seat-card')];
    if (cards.length === 0) problems.push('no cards');
    for (const card of cards) {
      const box = card.getBoundingClientRect();
      const name = card.getAttribute('aria-label') ?? '?';
      if (box.left < 0 || box.top < 0 || box.right > vw + 0.5 || box.bottom > vh + 0.5) {
        problems.push(`${name}: card outside the screen`);
      }
      if (card.scrollHeight > card.clientHeight + 1 || card.scrollWidth > card.clientWidth + 1) {
        problems.push(`${name}: card content overflows`);
      }
      for (const el of card.querySelectorAll<HTMLElement>(
        '.seat-text > *, .seat-band > *, .seat-photo',
      )) {
        const r = el.getBoundingClientRect();
        if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.bottom > box.bottom + 0.5) {
          problems.push(`${name}: .${el.className} leaves the card`);
        }
        // Duties may end in an ellipsis (the full list is the title); nothing else is cut.
        if (el.scrollWidth > el.clientWidth + 1 && !el.classList.contains('seat-duties'))
          problems.push(`${name}: .${el.className} is cut`);
      }
    }
    const pager = document.querySelector('.seat-pager');
    if (pager && pager.getBoundingClientRect().bottom > vh + 0.5) problems.push('pager off screen');
    return problems;
  });
}

test('a presence change at the counter console reaches the seat display without reload', async ({
  browser,
}) => {
  const counter = await (await browser.newContext()).newPage();
  await counter.goto(`${server.url}/api/demo/open/counter`);
  const me = (await (await counter.request.get(`${server.url}/api/staff/me`)).json()) as {
    staff: { id: number; name: string };
    department: { slug: string };
  };

  const display = await (
    await browser.newContext({ viewport: { width: 1920, height: 1080 } })
  ).newPage();
  await display.clock.install();
  await display.goto(`${server.url}/api/demo/open/seats-${me.department.slug}`);
  await expect(display.getByRole('heading', { level: 1 })).toContainText('좌석배치도');
  await display.evaluate(() => ((window as unknown as { marker: number }).marker = 7));
  // The officer may be on another page of the chart: wait until the card is shown.
  const card = display.locator(`.seat-card[data-staff-id="${me.staff.id}"]`);

  const panel = counter.getByRole('region', { name: '내 근무 상태' });
  await panel.getByLabel('복귀 예정 시각').fill('11:45');
  await panel.getByRole('button', { name: '회의', exact: true }).click();
  await expect(panel.getByRole('status')).toContainText('회의');

  for (let i = 0; i < 6 && !(await card.isVisible()); i++) await display.clock.runFor(12_500);
  await expect(card.locator('.seat-presence')).toContainText('회의', { timeout: 1500 });
  await expect(card.locator('.seat-away')).toContainText('11:45 복귀 예정');
  expect(await display.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(7);

  await panel.getByRole('button', { name: '재실', exact: true }).click();
  await expect(card.locator('.seat-presence')).toContainText('재실', { timeout: 1500 });
  await expect(card.locator('.seat-away')).toHaveCount(0);
});

for (const viewport of [
  { width: 1920, height: 1080, name: 'landscape' },
  { width: 1080, height: 1920, name: 'portrait' },
  { width: 3840, height: 2160, name: '4k' },
]) {
  test(`no seat card text overflows at ${viewport.width}×${viewport.height}`, async ({
    browser,
  }) => {
    const page = await (
      await browser.newContext({ viewport: { width: viewport.width, height: viewport.height } })
    ).newPage();
    await page.clock.install();
    await page.goto(`${server.url}/api/demo/open/seats-civil-passport`);
    await expect(page.locator('.seat-card').first()).toBeVisible();
    await page.evaluate(() => document.fonts.ready);
    const pager = page.locator('.seat-pager');
    const pages = (await pager.count()) ? Number(/\/(\d+)/.exec(await pager.innerText())![1]) : 1;
    const seen = new Set<string>();
    for (let i = 1; i <= pages; i++) {
      if (pages > 1) await expect(pager).toHaveText(new RegExp(`^${i}/${pages}`));
      expect(await overflowProblems(page), `page ${i}`).toEqual([]);
      for (const name of await page
        .locator('.seat-card')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-staff-id') ?? ''))) {
        seen.add(name);
      }
      if (i === 1)
        await page.screenshot({ path: test.info().outputPath(`seats-${viewport.name}.png`) });
      await page.clock.runFor(12_500);
    }
    // Paging shows the whole department once round.
    expect(seen.size).toBeGreaterThan(3);
  });
}

test('an office of 45 pages by whole teams, and the pager names the teams on the other page', async ({
  browser,
}) => {
  const admin = await (await browser.newContext()).newPage();
  await admin.goto(`${server.url}/api/demo/open/admin`);
  const hall = (await (await admin.request.get(`${server.url}/api/admin/hall`)).json()) as {
    departments: { id: number; slug: string }[];
  };
  const dept = hall.departments.find((d) => d.slug === 'civil-passport')!;
  const { staff } = (await (await admin.request.get(`${server.url}/api/staff`)).json()) as {
    staff: { departmentId: number; seat: { row: number } }[];
  };
  const mine = staff.filter((s) => s.departmentId === dept.id);
  const firstRow = Math.max(...mine.map((s) => s.seat.row)) + 1;
  // Four more teams of eight desks: 45 or more in all.
  const teams = ['민원1팀', '민원2팀', '민원3팀', '민원4팀'];
  for (const [t, team] of teams.entries())
    for (let col = 1; col <= 8; col++) {
      const res = await admin.request.post(`${server.url}/api/staff`, {
        data: {
          name: `${'가나다라'[t]}${'마바사아자차카타'[col - 1]}민`,
          departmentId: dept.id,
          team,
          position: col === 1 ? '팀장' : '주무관',
          extension: `02-0000-${3000 + t * 10 + col}`,
          seat: { row: firstRow + t, col },
        },
      });
      expect(res.status(), await res.text()).toBe(200);
    }
  expect(mine.length + 32).toBeGreaterThanOrEqual(45);

  const page = await (
    await browser.newContext({ viewport: { width: 1920, height: 1080 } })
  ).newPage();
  await page.clock.install();
  await page.goto(`${server.url}/api/demo/open/seats-civil-passport`);
  const pager = page.locator('.seat-pager');
  await expect(pager).toHaveText(/^1\/2 · 다른 쪽: /);
  const teamsOn = () => page.locator('.seat-team').allInnerTexts();
  const first = (await teamsOn()).map((x) => x.replace(/\s/g, ''));
  const other = (await pager.innerText()).split('다른 쪽: ')[1]!.split(', ');
  expect(await overflowProblems(page)).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('seats-45-page1.png') });
  await page.clock.runFor(12_500);
  await expect(pager).toHaveText(/^2\/2 · 다른 쪽: /);
  const second = (await teamsOn()).map((x) => x.replace(/\s/g, ''));
  // No team on both pages; the pager named exactly the second page's teams.
  expect(first.filter((x) => second.includes(x))).toEqual([]);
  expect(second.filter(Boolean).sort()).toEqual([...other].sort());
  await page.screenshot({ path: test.info().outputPath('seats-45-page2.png') });
});

test('a missing photo shows the silhouette, never a broken image', async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await page.route('**/api/files/photos/**', (route) => route.fulfill({ status: 404 }));
  await page.goto(`${server.url}/api/demo/open/seats-civil-passport`);
  await expect(page.locator('.seat-card').first()).toBeVisible();
  await expect(page.locator('img.seat-photo')).toHaveCount(0);
  expect(await page.locator('svg.silhouette').count()).toBeGreaterThan(0);
});

test('a seat display set to a department the hall does not have says so in Korean', async ({
  page,
}) => {
  // Paired through the demo (the token stays on the display), then pointed at a wrong address.
  await page.goto(`${server.url}/api/demo/open/seats-civil-passport`);
  await expect(page.locator('.seat-card').first()).toBeVisible();
  await page.goto(`${server.url}/display/seats/no-such-office`);
  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible();
  await expect(alert).toHaveText(/[가-힣]/);
  await expect(alert).not.toHaveText(/[A-Za-z]{4,}/);
});
