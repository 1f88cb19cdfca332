/**
 * The kiosk asks the task within a service (등본, 초본, …) before priority: the ticket stores the
 * task chosen, "잘 모르겠습니다" stores none, and a service without tasks goes straight on.
 */
import { expect, test, type Page } from '@playwright/test';
import { ko } from '../../shared/i18n/ko-all';
import { counterOfficer, newKiosk } from './queue-api';
import { serverPerFile } from './server';

const server = serverPerFile();

/** The demo's service 1 (server/demo/demo-hall-outline.json): tasks 등본, 초본, 기타 증명. */
const CERTIFICATES = '주민등록 등·초본 등 제증명';

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

async function openKiosk(page: Page, token?: string): Promise<void> {
  await page.setViewportSize({ width: 1080, height: 1920 });
  await page.goto(
    token
      ? `${server.url}/kiosk/#device=${encodeURIComponent(token)}`
      : `${server.url}/api/demo/open/kiosk`,
  );
  await expect(heading(page)).toContainText(/어서 오십시오/);
  await page.getByRole('button', { name: ko['kiosk.services'] }).click();
  await expect(heading(page)).toHaveText(ko['kiosk.services']);
}

/** The ticket on screen, as the counter console lists it (with the task it stored). */
async function issuedTicket(page: Page) {
  await expect(page.getByRole('heading', { name: ko['kiosk.ticketTitle'] })).toBeVisible();
  const number = (await page.getByTestId('ticket-number').textContent())?.trim() ?? '';
  expect(number).toMatch(/^1\d{3}$/);
  const { view } = await counterOfficer(server.url);
  const ticket = view.tickets.find((x) => x.number === number);
  expect(ticket, `ticket ${number} is open at the counters`).toBeDefined();
  return ticket!;
}

test('제증명 asks the task; the ticket stores 등본', async ({ page }) => {
  await openKiosk(page);
  await page.getByRole('button', { name: new RegExp(`^${CERTIFICATES}`) }).click();
  await expect(heading(page)).toHaveText(ko['kiosk.taskQuestion']);
  await expect(page.getByText(ko['kiosk.taskWhy'])).toBeVisible();
  for (const name of ['등본', '초본', '기타 증명', ko['kiosk.taskNotSure']])
    await expect(page.getByRole('button', { name, exact: false }).first()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('kiosk-task.png') });

  // Back from priority returns to the task; back from the task to the services.
  await page.getByRole('button', { name: '등본', exact: true }).click();
  await expect(heading(page)).toHaveText(ko['kiosk.priorityQuestion']);
  await expect(page.locator('.kiosk-step')).toHaveText(`${CERTIFICATES} · 등본`);
  await page.getByRole('button', { name: ko['common.back'] }).click();
  await expect(heading(page)).toHaveText(ko['kiosk.taskQuestion']);
  await page.getByRole('button', { name: ko['common.back'] }).click();
  await expect(heading(page)).toHaveText(ko['kiosk.services']);

  await page.getByRole('button', { name: new RegExp(`^${CERTIFICATES}`) }).click();
  await page.getByRole('button', { name: '등본', exact: true }).click();
  await page.getByRole('button', { name: ko['kiosk.priorityNo'] }).click();
  const ticket = await issuedTicket(page);
  expect(ticket.task).toBe('등본');

  // 처음으로: the next visitor starts from home with nothing chosen.
  await page.getByRole('button', { name: ko['common.home'] }).click();
  await expect(heading(page)).toContainText(/어서 오십시오/);
});

test('"잘 모르겠습니다" issues a ticket without a task', async ({ page }) => {
  // Another kiosk: one kiosk gives the same service's ticket again for ten seconds.
  await openKiosk(page, await newKiosk(server.url, '업무 시험 키오스크'));
  await page.getByRole('button', { name: new RegExp(`^${CERTIFICATES}`) }).click();
  await page.getByRole('button', { name: new RegExp(`^${ko['kiosk.taskNotSure']}`) }).click();
  await expect(heading(page)).toHaveText(ko['kiosk.priorityQuestion']);
  await expect(page.locator('.kiosk-step')).toHaveText(CERTIFICATES);
  await page.getByRole('button', { name: ko['kiosk.priorityNo'] }).click();
  const ticket = await issuedTicket(page);
  expect(ticket.task).toBeNull();
});

test('a service without tasks goes straight to the priority question', async ({ page }) => {
  await openKiosk(page);
  await page.getByRole('button', { name: /^여권 교부/ }).click();
  await expect(heading(page)).toHaveText(ko['kiosk.priorityQuestion']);
  await page.getByRole('button', { name: ko['common.back'] }).click();
  await expect(heading(page)).toHaveText(ko['kiosk.services']);
});

test('in English the task keeps its Korean name, with the English one under it', async ({
  page,
}) => {
  await openKiosk(page);
  await page.locator('.kiosk-lang').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: /^Resident registration certificates/ }).click();
  const copy = page.getByRole('button', { name: /^등본/ });
  await expect(copy).toContainText('Resident registration copy');
  await expect(page.getByRole('button', { name: /^Not sure/ })).toBeVisible();
});
