/**
 * 음성 안내 for blind visitors (issue 9): tap-to-hear then double-tap-to-act on every screen,
 * say-again and pause, volume that returns to the default after the visit, and the essential
 * sounds without any speech engine. speechSynthesis and AudioContext are the shared fake (sound-stub.ts), which logs.
 */
import { expect, test, type Page } from '@playwright/test';
import { ko } from '../../shared/i18n/ko-all';
import { serverPerFile } from './server';
import { clearSound, fakeSoundIn, spokenLines, tonesPlayed } from './sound-stub';

const server = serverPerFile();

const lines = async (page: Page) =>
  (await spokenLines(page)).map((u) => u.text).filter((t) => !t.startsWith('<'));

async function openKiosk(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1080, height: 1920 });
  await page.goto(`${server.url}/api/demo/open/kiosk`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/어서 오십시오/);
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

test('tap-to-hear: the first tap speaks, a second tap on the same control acts', async ({
  page,
}) => {
  await fakeSoundIn(page, { speech: 'log' });
  await page.clock.install({ time: new Date('2026-11-23T01:30:00Z') });
  await openKiosk(page);
  // Time moves only when the test says: a slow machine never stretches the 1.5 s window.
  await page.clock.pauseAt(new Date('2026-11-23T01:31:00Z'));
  await page.getByRole('button', { name: ko['a11y.voice'], exact: true }).click();
  await page.clock.runFor(100);
  const tapMode = page.getByRole('button', { name: ko['a11yv.tapToHear'] });
  await tapMode.click();
  await page.clock.runFor(100); // (effects run after a frame: the frames are on the paused clock)
  await expect(tapMode).toHaveAttribute('aria-pressed', 'true');
  expect(await lines(page)).toContain(ko['a11yv.tapToHearOn']);

  // Home → services: one tap only speaks, the screen stays.
  const services = page.getByRole('button', { name: ko['kiosk.services'] });
  await clearSound(page);
  await services.click();
  await page.clock.runFor(100);
  await expect(heading(page)).toContainText(/어서 오십시오/);
  const said = await lines(page);
  expect(said).toHaveLength(1);
  expect(said[0]).toMatch(new RegExp(`^${ko['kiosk.services']}.*한 번 더 누르십시오\\.$`));
  // A second tap on the same control within 1.5 s acts.
  await page.clock.runFor(600);
  await services.click();
  await expect(heading(page)).toHaveText(ko['kiosk.services']);

  // Too slow: the second tap (after 1.5 s) speaks again instead of acting.
  const first = page.locator('.service-button').first();
  await first.click();
  await page.clock.runFor(2000);
  await first.click();
  await page.clock.runFor(100);
  await expect(heading(page)).toHaveText(ko['kiosk.services']);
  // A tap elsewhere in between disarms the first control.
  await page.locator('.kiosk-bottom button').first().click(); // 처음으로, only spoken
  await first.click();
  await page.clock.runFor(100);
  await expect(heading(page)).toHaveText(ko['kiosk.services']);
  await first.click();
  // The first service (제증명) asks its task first.
  await expect(heading(page)).toHaveText(ko['kiosk.taskQuestion']);

  // The same handler guards every screen, the shell's bar included: 처음으로 needs two taps.
  const home = page.locator('.kiosk-bottom button').first();
  await home.click();
  await page.clock.runFor(100);
  await expect(heading(page)).toHaveText(ko['kiosk.taskQuestion']);
  await home.click();
  await expect(heading(page)).toContainText(/어서 오십시오/);

  // Every line was preceded by a cancel; the tones came with each tap.
  const log = await spokenLines(page);
  log.forEach((u, i) => {
    if (!u.text.startsWith('<'))
      expect(log[i - 1]?.text, `cancel before ${u.text}`).toBe('<cancel>');
  });
  expect((await tonesPlayed(page)).length).toBeGreaterThan(4);

  // Keyboard (detail 0) acts at once: focus already spoke the name. (Modes were reset by home.)
  await page.clock.runFor(100);
  await page.getByRole('button', { name: ko['a11y.voice'], exact: true }).click();
  await page.clock.runFor(100);
  await page.getByRole('button', { name: ko['a11yv.tapToHear'] }).click();
  await page.clock.runFor(100);
  await page.getByRole('button', { name: ko['kiosk.services'] }).focus();
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText(ko['kiosk.services']);
});

test('say again, pause, and volume that returns to the default after the visit', async ({
  page,
}) => {
  await fakeSoundIn(page, { speech: 'log' });
  await page.clock.install();
  await openKiosk(page);
  await page.getByRole('button', { name: ko['a11y.voice'], exact: true }).click();
  await page.getByRole('button', { name: ko['kiosk.services'] }).click();
  await page.clock.runFor(200);
  expect(await lines(page)).toContain(ko['kiosk.services']); // the title

  // 다시 듣기 repeats the last line for the visitor, not its own name.
  await clearSound(page);
  await page.getByRole('button', { name: ko['a11yv.repeat'] }).click();
  await page.clock.runFor(100);
  const again = await lines(page);
  expect(again.at(-1)).toBe(ko['kiosk.services']);

  // 멈춤 pauses, pressed again resumes.
  const pause = page.getByRole('button', { name: ko['a11yv.pause'] });
  await pause.click();
  await expect(pause).toHaveAttribute('aria-pressed', 'true');
  expect((await spokenLines(page)).map((u) => u.text)).toContain('<pause>');
  await pause.click();
  await expect(pause).toHaveAttribute('aria-pressed', 'false');
  expect((await spokenLines(page)).map((u) => u.text)).toContain('<resume>');

  // Volume: the utterances carry it; louder twice, softer once.
  const volume = page.getByTestId('voice-volume');
  await expect(volume).toHaveText('음량 3/5');
  await page.getByRole('button', { name: ko['a11yv.louder'] }).click();
  await page.getByRole('button', { name: ko['a11yv.louder'] }).click();
  await expect(volume).toHaveText('음량 5/5');
  await page.getByRole('button', { name: ko['a11yv.louder'] }).click();
  await expect(volume).toHaveText('음량 5/5');
  await clearSound(page);
  await page.getByRole('button', { name: ko['a11yv.repeat'] }).click();
  await page.clock.runFor(100);
  expect(
    (await spokenLines(page)).filter((u) => u.text === ko['kiosk.services']).at(-1)?.volume,
  ).toBe(1);
  await page.getByRole('button', { name: ko['a11yv.softer'] }).click();
  await expect(volume).toHaveText('음량 4/5');

  // Home ends the visit: voice off; turned on again, the volume is the default.
  await page.locator('.kiosk-bottom button').first().click();
  await page.getByRole('button', { name: ko['a11y.voice'], exact: true }).click();
  await expect(page.getByTestId('voice-volume')).toHaveText('음량 3/5');
  await clearSound(page);
  await page.getByRole('button', { name: ko['a11yv.repeat'] }).click();
  await page.clock.runFor(100);
  // The last visitor's line is forgotten too: only the title of home since the reset.
  expect(await lines(page)).not.toContain(ko['kiosk.services']);

  // How the kiosk looks to a blind visitor's helper: voice and tap-to-hear on (an artefact).
  await page.getByRole('button', { name: ko['a11yv.tapToHear'] }).click();
  await expect(page.getByRole('button', { name: ko['a11yv.tapToHear'] })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.screenshot({ path: test.info().outputPath('home-tap-to-hear.png') });
  if (process.env.A11Y_SHOTS)
    await page.screenshot({ path: test.info().outputPath('kiosk-tap-to-hear.png') });
});

test('essential sounds play without speech synthesis', async ({ page }) => {
  await fakeSoundIn(page, { speech: 'none' });
  await openKiosk(page);
  expect(await tonesPlayed(page), 'silent before anyone engages').toEqual([]);
  await page.getByRole('button', { name: ko['a11y.voice'], exact: true }).click();
  await page.getByRole('button', { name: ko['kiosk.services'] }).click();
  const tapTones = await tonesPlayed(page);
  expect(tapTones, 'a tap tone for each tap').toContain(880);
  // A ticket is confirmed by its own three-note sound.
  await page.locator('.service-button').first().click();
  await page.getByRole('button', { name: ko['kiosk.taskNotSure'] }).click();
  await page.getByRole('button', { name: ko['kiosk.priorityNo'] }).click();
  await expect(page.getByTestId('ticket-number')).toBeVisible();
  await expect
    .poll(() => tonesPlayed(page))
    .toEqual(expect.arrayContaining([523.25, 659.25, 783.99]));
});
