/**
 * The board with no speechSynthesis at all (stock Debian Chromium): every call is the chime, then
 * the call line as server-rendered audio in an audio element, in order; calls made while the
 * server restarts are announced, in order, once the board is back.
 */
import { expect, test } from '@playwright/test';
import { serverPerFile } from './server';
import { counterOfficer, demoToken, issue } from './queue-api';
import { callAnnouncement } from '../../shared/korean-numbers';
import { demoProfile } from '../../shared/profiles/demo';
import { clearSound, fakeSoundIn, soundLog } from './sound-stub';
import { chooseVoicePack, demoPack } from './voice-pack-api';

const server = serverPerFile();

test('without speechSynthesis two calls at once are chime then server audio, each in order', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  // A hall without a voice pack (the demo's is set aside): server speech is what speaks.
  const { cookie } = await demoPack(server.url);
  await chooseVoicePack(server.url, cookie, null);
  const kiosk = await demoToken(server.url, 'kiosk');
  const officer = await counterOfficer(server.url);
  const service = (code: number) => officer.view.services.find((s) => s.code === code)!.id;
  const page = await (
    await browser.newContext({ viewport: { width: 1920, height: 1080 } })
  ).newPage();
  await fakeSoundIn(page, { speech: 'none', media: 'fetch' });
  await page.goto(`${server.url}/api/demo/open/board`);
  await page.getByRole('button', { name: '소리 켜기' }).click();
  await clearSound(page);

  await issue(server.url, kiosk, service(1));
  await issue(server.url, kiosk, service(2));
  await officer.open(1);
  await officer.open(4);
  await Promise.all([officer.callNext(1), officer.callNext(4)]);

  await expect.poll(() => soundLog(page), { timeout: 20_000 }).toHaveLength(6);
  const log = await soundLog(page);
  expect(log.map((e) => e.replace(/^audio:.*$/, 'audio'))).toEqual([
    'chime',
    'audio',
    'end',
    'chime',
    'audio',
    'end',
  ]);
  for (const entry of [log[1], log[4]]) {
    expect(entry).toMatch(
      /^audio:딩동\. .+ 번 고객님, [일사] 번 창구로 오십시오\.\|audio\/wav\|long$/,
    );
  }
  expect(log[1]).not.toBe(log[4]);
  await page.screenshot({ path: test.info().outputPath('board-no-speech.png') });
});

/** The call line the server speaks for a ticket at a counter (the demo profile's template). */
const lineFor = (number: string, counter: number) =>
  `audio:${callAnnouncement(demoProfile.queue.voiceLine, number, counter)}|audio/wav|long`;

test('calls made during a server restart are announced in order once the board is back', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  // Server speech speaks (the demo's pack set aside once rendered, so it is not chosen after),
  // as in the test above, whichever runs first.
  const { cookie } = await demoPack(server.url);
  await chooseVoicePack(server.url, cookie, null);
  const kiosk = await demoToken(server.url, 'kiosk');
  const officer = await counterOfficer(server.url);
  const service = (code: number) => officer.view.services.find((s) => s.code === code)!.id;
  // In the demo counter 4 serves service 2 (인감·전입) and counter 1 service 1 (등·초본).
  expect(officer.counter(4).serviceIds[0]).toBe(service(2));
  expect(officer.counter(1).serviceIds[0]).toBe(service(1));
  await officer.open(1);
  await officer.open(4);
  const page = await (
    await browser.newContext({ viewport: { width: 1920, height: 1080 } })
  ).newPage();
  await fakeSoundIn(page, { speech: 'none', media: 'fetch' });
  await page.goto(`${server.url}/api/demo/open/board`);
  await page.getByRole('button', { name: '소리 켜기' }).click();
  await clearSound(page);

  // A ticket taken before the restart and one after: the new server calls both.
  await issue(server.url, kiosk, service(2));
  // Offline first, so that the board cannot come back before the calls: they reach it only in
  // the snapshot of its resync, never as a delta.
  await page.context().setOffline(true);
  expect(await server.stop()).toBe(0);
  await expect(page.getByTestId('reconnecting')).toBeVisible({ timeout: 15_000 });
  await server.start();
  await issue(server.url, kiosk, service(1));
  const atFour = (await officer.callNext(4)).ticket!.number;
  const atOne = (await officer.callNext(1)).ticket!.number;
  expect(await soundLog(page)).toEqual([]);

  await page.context().setOffline(false);
  await expect(page.getByTestId('reconnecting')).toBeHidden({ timeout: 30_000 });
  await expect(page.getByTestId('newest-call')).toContainText('1번 창구');
  const missed = ['chime', lineFor(atFour, 4), 'end', 'chime', lineFor(atOne, 1), 'end'];
  await expect.poll(() => soundLog(page), { timeout: 30_000 }).toEqual(missed);

  // A call once the board is back is spoken after them, and nothing of theirs comes again.
  await issue(server.url, kiosk, service(2));
  const after = (await officer.callNext(4)).ticket!.number;
  await expect
    .poll(() => soundLog(page), { timeout: 30_000 })
    .toEqual([...missed, 'chime', lineFor(after, 4), 'end']);
  await page.screenshot({ path: test.info().outputPath('board-no-speech-after-restart.png') });
});
