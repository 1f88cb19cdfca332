/**
 * One visitor, one ticket: a double tap on the priority answer issues one ticket (the buttons
 * stop the second tap; the key would fold it anyway), and the next visitor gets their own.
 */
import { expect, test, type Page } from '@playwright/test';
import { ko } from '../../shared/i18n/ko-all';
import { counterOfficer } from './queue-api';
import { serverPerFile } from './server';

const server = serverPerFile();
const heading = (page: Page) => page.getByRole('heading', { level: 1 });

async function toPriorityQuestion(page: Page): Promise<void> {
  await expect(heading(page)).toContainText(/어서 오십시오/);
  await page.getByRole('button', { name: ko['kiosk.services'] }).click();
  await page.getByRole('button', { name: /^여권 교부/ }).click();
  await expect(heading(page)).toHaveText(ko['kiosk.priorityQuestion']);
}

const passportTickets = async () => {
  const { view } = await counterOfficer(server.url);
  const service = view.services.find((s) => s.code === 5)!;
  return view.tickets.filter((x) => x.serviceId === service.id).map((x) => x.number);
};

test('a double tap issues one ticket; the next visitor at the same kiosk gets another', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1080, height: 1920 });
  // The server answers slowly, so the second tap lands while the first is on its way.
  await page.route('**/api/tickets', async (route) => {
    await new Promise((r) => setTimeout(r, 400));
    await route.continue();
  });
  await page.goto(`${server.url}/api/demo/open/kiosk`);
  const before = await passportTickets();
  await toPriorityQuestion(page);
  const no = page.getByRole('button', { name: ko['kiosk.priorityNo'] });
  await no.dblclick();
  await expect(no).toBeDisabled();
  await expect(page.getByRole('heading', { name: ko['kiosk.ticketTitle'] })).toBeVisible();
  const first = (await page.getByTestId('ticket-number').textContent())?.trim();
  expect((await passportTickets()).filter((n) => !before.includes(n))).toEqual([first]);
  await page.screenshot({ path: test.info().outputPath('kiosk-after-double-tap.png') });

  // The next visitor, seconds later at the same kiosk, is a different visitor.
  await page.goto(`${server.url}/api/demo/open/kiosk`);
  await toPriorityQuestion(page);
  await page.getByRole('button', { name: ko['kiosk.priorityNo'] }).click();
  await expect(page.getByRole('heading', { name: ko['kiosk.ticketTitle'] })).toBeVisible();
  const second = (await page.getByTestId('ticket-number').textContent())?.trim();
  expect(second).not.toBe(first);
  expect((await passportTickets()).filter((n) => !before.includes(n))).toEqual([first, second]);
});
