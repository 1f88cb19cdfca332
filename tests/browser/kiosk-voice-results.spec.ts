/**
 * 음성 안내 speaks every result (issue 22): a blind visitor hears the ticket, the feedback receipt,
 * the callback's who and when, the help call's state, a screen that changes in place, the route,
 * the information pages and the priority question's explanation. speechSynthesis is stubbed and
 * the Korean lines are read from its log. Also: toggles in words, the language switch in its own
 * language, the idle warning not cut off, and an open help call holding the kiosk.
 */
import { expect, test, type Page } from '@playwright/test';
import { ko } from '../../shared/i18n/ko-all';
import { serverPerFile } from './server';
import { fakeSoundIn, spokenLines, type Spoken } from './sound-stub';

const server = serverPerFile();
type Line = Spoken;

async function openWithVoice(page: Page): Promise<void> {
  await fakeSoundIn(page, { speech: 'log' });
  await page.setViewportSize({ width: 1080, height: 1920 });
  await page.goto(`${server.url}/api/demo/open/kiosk`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(ko['kiosk.welcome']);
  await page.getByRole('button', { name: ko['a11y.voice'], exact: true }).click();
}

const spoken = spokenLines;
/** Waits until a spoken line contains `part` (a result is spoken when its screen settles). */
async function heard(page: Page, part: string | RegExp): Promise<Line> {
  let found: Line | undefined;
  await expect
    .poll(
      async () => {
        found = (await spoken(page)).find((l) =>
          typeof part === 'string' ? l.text.includes(part) : part.test(l.text),
        );
        return found !== undefined;
      },
      { message: `heard "${String(part)}"` },
    )
    .toBe(true);
  return found!;
}
const tap = (page: Page, name: string | RegExp) =>
  page.locator('.kiosk').getByRole('button', { name }).first().click();

test('the ticket number and the priority explanation are spoken', async ({ page }) => {
  await openWithVoice(page);
  await tap(page, new RegExp(ko['kiosk.services']));
  await page.locator('.service-button').first().click();
  await tap(page, new RegExp(ko['kiosk.taskNotSure']));
  await heard(page, ko['kiosk.priorityQuestion']);
  await heard(page, '고객님은 먼저 모십니다');
  await tap(page, new RegExp(ko['kiosk.priorityNo']));
  const number = (await page.getByTestId('ticket-number').textContent())?.trim() ?? '';
  const line = await heard(page, `번호표 ${number}번`);
  expect(line.lang).toBe('ko-KR');
  await heard(page, '사진');
});

test('a complaint’s receipt number and the survey’s question are spoken', async ({ page }) => {
  await openWithVoice(page);
  await tap(page, new RegExp(ko['kiosk.feedback']));
  await tap(page, new RegExp(ko['voice.survey']));
  // Same route, new screen: its heading is spoken.
  await heard(page, ko['voice.surveyQuestion']);
  await tap(page, ko['voice.back']);
  await tap(page, new RegExp(ko['voice.kind.complaint']));
  const keyboard = page.getByRole('group', { name: ko['directory.keyboard'] });
  for (const key of ['ㅈ', 'ㅗ', 'ㅎ', 'ㅇ', 'ㅡ', 'ㅁ'])
    await keyboard.getByRole('button', { name: key, exact: true }).click();
  await tap(page, ko['voice.send']);
  const receipt = (await page.locator('.voice-receipt').textContent()) ?? '';
  const line = await heard(page, receipt);
  expect(line.text).toContain(ko['voice.received']);
});

test('the callback confirmation says who calls and by when', async ({ page }) => {
  await openWithVoice(page);
  await tap(page, new RegExp(ko['kiosk.staff']));
  await page.locator('.staff-departments button').first().click();
  await heard(page, /명을 찾았습니다/);
  await page
    .locator('.staff-results button')
    .filter({ hasNotText: new RegExp(`${ko['presence.in']}|${ko['presence.counter']}`) })
    .first()
    .click();
  // The staff card (same route) is read out.
  const name = (await page.getByRole('heading', { level: 2 }).textContent()) ?? '';
  await heard(page, name.trim());
  await tap(page, new RegExp(ko['staff.askCallback']));
  const keypad = page.getByRole('group', { name: ko['callback.keypad'] });
  for (const digit of '01012345678')
    await keypad.getByRole('button', { name: digit, exact: true }).click();
  await tap(page, ko['callback.send']);
  const line = await heard(page, '전화드릴 사람');
  expect(line.text).toMatch(/\d{2}:\d{2}까지/);
  expect(line.text).toContain(name.trim().split(' ')[0]!);
  expect(line.text, 'never the whole number').not.toContain('1234-5678');
});

test('the route and the information pages are read out', async ({ page }) => {
  await openWithVoice(page);
  await tap(page, new RegExp(ko['kiosk.directory']));
  const keyboard = page.getByRole('group', { name: ko['directory.keyboard'] });
  for (const key of ['ㅇ', 'ㅕ', 'ㄱ', 'ㅜ', 'ㅓ', 'ㄴ'])
    await keyboard.getByRole('button', { name: key, exact: true }).click();
  await heard(page, '민원여권과');
  await page
    .getByRole('region', { name: ko['directory.results'] })
    .getByRole('button', { name: /민원여권과/ })
    .first()
    .click();
  const step = ((await page.locator('.route-steps li').last().textContent()) ?? '').trim();
  await heard(page, step);
  // 처음으로 ends the visit (voice too): the next visitor turns it on again.
  await tap(page, ko['common.home']);
  await page.getByRole('button', { name: ko['a11y.voice'], exact: true }).click();
  await tap(page, new RegExp(ko['info.title']));
  await heard(page, '무료 상담 시간표');
});

test('help status changes are spoken, and an open call holds the kiosk', async ({ page }) => {
  await page.clock.install();
  await openWithVoice(page);
  await page.locator('.kiosk-bottom .help').click();
  await heard(page, ko['help.calling']);
  // Far past the idle timeout: no warning, no reset while the call is open.
  await page.clock.runFor(200_000);
  await expect(page.getByRole('alertdialog')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ko['help.title']);
  await tap(page, ko['help.cancel']);
  await heard(page, ko['help.cancelled']);
  // Ended: the idle warning comes again, and its spoken line is the last word (not cut off by
  // focus moving to 계속 이용하기).
  await page.clock.runFor(61_000);
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await page.clock.runFor(500);
  const log = await spoken(page);
  expect(log.at(-1)?.text).toContain('처음 화면으로 돌아갑니다');
});

test('toggles are spoken in words and the language switch in its own language', async ({
  page,
}) => {
  await openWithVoice(page);
  await page.getByRole('button', { name: ko['a11y.largeFont'], exact: true }).click();
  await heard(page, `${ko['a11y.largeFont']} 켜짐`);
  expect((await spoken(page)).some((l) => l.text.includes('✓'))).toBe(false);
  await page.getByRole('button', { name: ko['a11y.largeFont'], exact: true }).click();
  await heard(page, `${ko['a11y.largeFont']} 꺼짐`);
  await page.locator('.kiosk-lang').click();
  const line = await heard(page, /^English$/);
  expect(line.lang).toBe('en-US');
  // 화면 전체 읽기 reads the screen between the bars.
  await page.getByRole('button', { name: 'Read the whole screen' }).click();
  await heard(page, /Welcome.*Take a ticket/s);
});
