/**
 * The field sweep (issue 22): every visitor screen of the kiosk × every mode at 1080×1920. Each
 * screen is reached as a visitor would (by role and name), the mode is put on top, and the page
 * is checked (tests/browser/sweep-checks.ts); a screenshot of each goes to test-results/.
 * One server for the file and one page per mode; axe runs on every screen in every mode.
 */
import { expect, test, type Page } from '@playwright/test';
import { en } from '../../shared/i18n/en';
import { ko } from '../../shared/i18n/ko-all';
import { screenProblems } from './sweep-checks';
import { serverPerFile } from './server';

const VIEWPORT = { width: 1080, height: 1920 };

type Mode = {
  name: string;
  toggles: (keyof typeof ko)[];
  english?: boolean;
};
const MODES: Mode[] = [
  { name: 'normal', toggles: [] },
  { name: 'large-font', toggles: ['a11y.largeFont'] },
  { name: 'high-contrast', toggles: ['a11y.highContrast'] },
  { name: 'low-screen', toggles: ['a11y.lowScreen'] },
  { name: 'lens', toggles: ['a11y.lens'] },
  { name: 'english', toggles: [], english: true },
];

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const button = (page: Page, name: string | RegExp, exact = true) =>
  page
    .locator('.kiosk')
    .getByRole('button', { name, exact: typeof name === 'string' ? exact : undefined })
    .first();

async function takeTicketTo(page: Page, last: 'task' | 'priority' | 'ticket') {
  await button(page, new RegExp(ko['kiosk.services'])).click();
  await page.locator('.service-button').first().click();
  await expect(h1(page)).toHaveText(ko['kiosk.taskQuestion']);
  if (last === 'task') return;
  await button(page, new RegExp(ko['kiosk.taskNotSure'])).click();
  await expect(h1(page)).toHaveText(ko['kiosk.priorityQuestion']);
  if (last === 'priority') return;
  await button(page, new RegExp(ko['kiosk.priorityNo'])).click();
  await expect(page.getByTestId('ticket-number')).toBeVisible();
}

async function directory(page: Page, step: 'search' | 'results' | 'map') {
  await button(page, new RegExp(ko['kiosk.directory'])).click();
  await expect(h1(page)).toHaveText(ko['directory.title']);
  if (step === 'search') return;
  const keyboard = page.getByRole('group', { name: ko['directory.keyboard'] });
  for (const key of ['ㅇ', 'ㅕ', 'ㄱ', 'ㅜ', 'ㅓ', 'ㄴ'])
    await keyboard.getByRole('button', { name: key, exact: true }).click();
  const results = page.getByRole('region', { name: ko['directory.results'] });
  await expect(results.getByRole('button').first()).toBeVisible();
  if (step === 'results') return;
  await results
    .getByRole('button', { name: /민원여권과/ })
    .first()
    .click();
  await expect(page.getByTestId('route-line')).toBeVisible();
}

async function staff(
  page: Page,
  step: 'finder' | 'results' | 'card' | 'seats' | 'callback' | 'done',
) {
  await button(page, new RegExp(ko['kiosk.staff'])).click();
  await expect(h1(page)).toHaveText(ko['staff.finderTitle']);
  if (step === 'finder') return;
  await page.locator('.staff-departments button').first().click();
  const away = page
    .locator('.staff-results button')
    .filter({ hasNotText: new RegExp(`${ko['presence.in']}|${ko['presence.counter']}`) });
  await expect(away.first()).toBeVisible();
  if (step === 'results') return;
  await away.first().click();
  await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
  if (step === 'card') return;
  if (step === 'seats') {
    // The office's seat chart from the card, the officer's desk highlighted, the route above it.
    await button(page, ko['staff.seatAndRoute']).click();
    await expect(page.locator('.office-desk[aria-current="true"]')).toBeVisible();
    return;
  }
  await button(page, new RegExp(ko['staff.askCallback'])).click();
  if (step === 'callback') return;
  const keypad = page.getByRole('group', { name: ko['callback.keypad'] });
  for (const digit of '01012345678')
    await keypad.getByRole('button', { name: digit, exact: true }).click();
  await button(page, ko['callback.send']).click();
  await expect(page.getByRole('status').first()).toContainText(/전화드립니다/);
}

async function feedback(page: Page, step: 'menu' | 'complaint' | 'praise' | 'survey' | 'receipt') {
  await button(page, new RegExp(ko['kiosk.feedback'])).click();
  await expect(h1(page)).toHaveText(ko['voice.title']);
  if (step === 'menu') return;
  if (step === 'survey') {
    await button(page, new RegExp(ko['voice.survey'])).click();
    await expect(h1(page)).toHaveText(ko['voice.surveyQuestion']);
    return;
  }
  await button(
    page,
    new RegExp(ko[step === 'praise' ? 'voice.kind.praise' : 'voice.kind.complaint']),
  ).click();
  if (step !== 'receipt') return;
  const keyboard = page.getByRole('group', { name: ko['directory.keyboard'] });
  for (const key of ['ㅈ', 'ㅗ', 'ㅎ', 'ㅇ', 'ㅡ', 'ㅁ'])
    await keyboard.getByRole('button', { name: key, exact: true }).click();
  await button(page, ko['voice.send']).click();
  await expect(h1(page)).toHaveText(ko['voice.received']);
}

const SCREENS: { name: string; open: (page: Page) => Promise<void> }[] = [
  { name: 'home', open: async () => undefined },
  {
    name: 'services',
    open: async (page) => {
      await button(page, new RegExp(ko['kiosk.services'])).click();
      await expect(h1(page)).toHaveText(ko['kiosk.services']);
    },
  },
  { name: 'task', open: (page) => takeTicketTo(page, 'task') },
  { name: 'priority', open: (page) => takeTicketTo(page, 'priority') },
  { name: 'ticket', open: (page) => takeTicketTo(page, 'ticket') },
  { name: 'directory-search', open: (page) => directory(page, 'search') },
  { name: 'directory-results', open: (page) => directory(page, 'results') },
  { name: 'directory-route', open: (page) => directory(page, 'map') },
  { name: 'staff-finder', open: (page) => staff(page, 'finder') },
  { name: 'staff-results', open: (page) => staff(page, 'results') },
  { name: 'staff-card', open: (page) => staff(page, 'card') },
  { name: 'staff-seat-chart', open: (page) => staff(page, 'seats') },
  { name: 'callback-form', open: (page) => staff(page, 'callback') },
  { name: 'callback-done', open: (page) => staff(page, 'done') },
  { name: 'feedback-menu', open: (page) => feedback(page, 'menu') },
  { name: 'complaint', open: (page) => feedback(page, 'complaint') },
  { name: 'praise', open: (page) => feedback(page, 'praise') },
  { name: 'survey', open: (page) => feedback(page, 'survey') },
  { name: 'feedback-receipt', open: (page) => feedback(page, 'receipt') },
  {
    name: 'information',
    open: async (page) => {
      await button(page, new RegExp(ko['info.title'])).click();
      await expect(h1(page)).toHaveText(ko['info.title']);
    },
  },
  {
    name: 'help',
    open: async (page) => {
      await page.locator('.kiosk-bottom .help').click();
      await expect(page.locator('.kiosk .help-state').first()).toHaveAttribute(
        'data-status',
        'open',
      );
    },
  },
];

const server = serverPerFile();

async function applyMode(page: Page, mode: Mode): Promise<void> {
  for (const key of mode.toggles) {
    const toggle = page.getByRole('button', { name: ko[key], exact: true });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  }
  if (mode.english) {
    await page.locator('.kiosk-lang').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  }
  if (mode.toggles.includes('a11y.lens')) await page.mouse.move(300, 420);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
}

async function check(page: Page, where: string, { scope = 'body' } = {}) {
  // The screenshot first: the checks scroll each control into view.
  await page.screenshot({ path: test.info().outputPath(`${where}.png`) });
  const found = await screenProblems(page, scope);
  for (const [kind, list] of Object.entries(found))
    expect.soft(list, `${where}: ${kind}`).toEqual([]);
}

for (const mode of MODES) {
  test(`every kiosk screen is whole and reachable in ${mode.name} mode`, async ({ page }) => {
    test.setTimeout(300_000);
    await page.setViewportSize(VIEWPORT);
    await page.clock.install();
    await page.goto(`${server.url}/api/demo/open/kiosk`);
    await expect(h1(page)).toContainText(ko['kiosk.welcome']);
    for (const screen of SCREENS) {
      // 처음으로 resets the visit (modes too): the screen is reached, then the mode put on top.
      await page.locator('.kiosk-bottom button').first().click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
      await screen.open(page);
      await applyMode(page, mode);
      await check(page, `${screen.name}-${mode.name}`);
      if (screen.name === 'help') {
        // The idle warning over the help screen would not come (an open call holds the kiosk):
        // cancel the call first, then wait for the warning.
        await button(page, mode.english ? en['help.cancel'] : ko['help.cancel']).click();
        await expect(page.locator('.kiosk .help-state').first()).toHaveAttribute(
          'data-status',
          'cancelled',
        );
        await page.clock.runFor(61_000);
        await expect(page.getByRole('alertdialog')).toBeVisible();
        await check(page, `idle-warning-${mode.name}`);
      }
    }
  });
}

test('the pairing page fits 1080 px and takes its code on an on-screen keyboard', async ({
  browser,
}) => {
  for (const locale of ['ko-KR', 'en-US']) {
    const context = await browser.newContext({ viewport: VIEWPORT, locale });
    const page = await context.newPage();
    await page.goto(`${server.url}/kiosk/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await check(page, `pairing-${locale}`, { scope: 'main' });
    await context.close();
  }
});
