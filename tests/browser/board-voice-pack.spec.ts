/**
 * The board with no speechSynthesis, in a hall with a voice pack (the demo's, rendered by the
 * server's engine at setup): each call is the chime, then the pack's clips in reading order
 * through Web Audio, calls made together one after the other. The admin's 음성 팩 section: the
 * hall's pack, a refused upload named, a pack not in use deleted and the one in use refused.
 */
import { expect, test } from '@playwright/test';
import { CLIP_KEYS, callClips } from '../../shared/voice-pack';
import { serverPerFile } from './server';
import { counterOfficer, demoToken, issue } from './queue-api';
import { clearSound, fakeSoundIn, soundLog } from './sound-stub';
import { chooseVoicePack, demoPack } from './voice-pack-api';

const server = serverPerFile();

test('two calls at once are each the chime, then the pack’s clips in order', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const pack = await demoPack(server.url);
  const kiosk = await demoToken(server.url, 'kiosk');
  const officer = await counterOfficer(server.url);
  const service = (code: number) => officer.view.services.find((s) => s.code === code)!.id;
  const page = await (
    await browser.newContext({ viewport: { width: 1920, height: 1080 } })
  ).newPage();
  await fakeSoundIn(page, { speech: 'none' });
  await page.goto(`${server.url}/api/demo/open/board`);
  await page.getByRole('button', { name: '소리 켜기' }).click();
  await clearSound(page);

  await issue(server.url, kiosk, service(1));
  await issue(server.url, kiosk, service(2));
  await officer.open(1);
  await officer.open(4);
  const [first, second] = await Promise.all([officer.callNext(1), officer.callNext(4)]);
  const clipsOf = (number: string, counter: number) =>
    callClips(number, counter, pack.clips)!.map((key) => `clip:${CLIP_KEYS.indexOf(key)}`);
  const a = clipsOf(first.ticket!.number, 1);
  const b = clipsOf(second.ticket!.number, 4);

  await expect
    .poll(() => soundLog(page), { timeout: 20_000 })
    .toHaveLength(a.length + b.length + 2);
  const log = await soundLog(page);
  // The two calls may reach the board in either order; each is whole and after its chime.
  const inOrder = ['chime', ...a, 'chime', ...b];
  const swapped = ['chime', ...b, 'chime', ...a];
  expect([inOrder, swapped]).toContainEqual(log);
  expect(log).not.toContain('audio-element');
  // 천 (clip 11) opens a four-digit number; the two ticket numbers differ.
  expect(a[0]).toBe(`clip:${CLIP_KEYS.indexOf('천')}`);
  expect(a).not.toEqual(b);
  // The newest of the two stands large (the other may be on the recent calls' other page at 5 m).
  await expect(page.getByTestId('newest-call')).toContainText(
    new RegExp(`${first.ticket!.number}|${second.ticket!.number}`),
  );
});

test('the admin sees the hall’s pack, a refused upload named, and the board speaking from the pack', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  await demoPack(server.url);
  const board = await (await browser.newContext()).newPage();
  await fakeSoundIn(board, { speech: 'none' });
  await board.goto(`${server.url}/api/demo/open/board`);
  await board.getByRole('button', { name: '소리 켜기' }).click();

  const admin = await (
    await browser.newContext({ viewport: { width: 1400, height: 1000 } })
  ).newPage();
  const errors: string[] = [];
  admin.on('pageerror', (err) => errors.push(err.message));
  await admin.goto(`${server.url}/api/demo/open/admin`);
  const nav = (name: string) =>
    admin.getByRole('navigation', { name: '관리 메뉴' }).getByRole('button', { name, exact: true });
  await nav('청사').click();
  const group = admin.getByRole('group', { name: '음성 팩' });
  await expect(group.getByRole('combobox', { name: '음성 팩' })).not.toHaveValue('');
  await expect(group.getByRole('button', { name: '미리 듣기' })).toBeVisible();
  await group.getByLabel('음성 팩 올리기').setInputFiles({
    name: 'pack.zip',
    mimeType: 'application/zip',
    buffer: Buffer.from('not a zip at all'),
  });
  await expect(group.getByRole('alert')).toContainText('zip 파일이 아닙니다.');
  await group.screenshot({ path: test.info().outputPath('voice-pack-section.png') });

  await nav('기기').click();
  await expect(
    admin.getByRole('row').filter({ hasText: '● 연결됨' }).filter({ hasText: '음성 팩' }).first(),
  ).toBeVisible({ timeout: 15_000 });
  expect(errors).toEqual([]);
});

test('the admin deletes a pack no board speaks with; the one in use is refused in words', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const { id, cookie } = await demoPack(server.url);
  await chooseVoicePack(server.url, cookie, null);
  const packs = async () =>
    (
      (await (await fetch(`${server.url}/api/voice-packs`, { headers: { cookie } })).json()) as {
        packs: { id: number; name: string }[];
      }
    ).packs;
  const name = (await packs()).find((p) => p.id === id)!.name;

  const admin = await (
    await browser.newContext({ viewport: { width: 1400, height: 1000 } })
  ).newPage();
  const errors: string[] = [];
  admin.on('pageerror', (err) => errors.push(err.message));
  admin.on('dialog', (dialog) => void dialog.accept());
  await admin.goto(`${server.url}/api/demo/open/admin`);
  await admin
    .getByRole('navigation', { name: '관리 메뉴' })
    .getByRole('button', { name: '청사', exact: true })
    .click();
  const group = admin.getByRole('group', { name: '음성 팩' });
  const list = group.getByRole('list', { name: '음성 팩 목록' });
  const remove = list.getByRole('button', { name: `${name} 삭제` });
  await expect(group.getByRole('combobox', { name: '음성 팩' })).toHaveValue('');
  await expect(remove).toBeVisible();
  await group.screenshot({ path: test.info().outputPath('voice-pack-not-in-use.png') });

  // Another administrator chooses it meanwhile: the delete is refused, and the list says why.
  await chooseVoicePack(server.url, cookie, id);
  await remove.click();
  await expect(group.getByRole('alert')).toContainText(
    '번호표시기가 지금 쓰는 음성 팩이라 지울 수 없습니다.',
  );
  await expect(list.getByRole('listitem').filter({ hasText: name })).toContainText('사용 중');
  await expect(remove).toBeHidden();
  expect((await packs()).map((p) => p.id)).toContain(id);

  // Once the hall speaks with none, it goes.
  await group.getByRole('combobox', { name: '음성 팩' }).selectOption('');
  await expect(group.getByRole('status')).toHaveText('음성 설정을 저장했습니다.');
  await remove.click();
  await expect(group.getByRole('status')).toHaveText(`음성 팩 "${name}"을(를) 지웠습니다.`);
  await expect(list).toBeHidden();
  await expect(group.getByRole('combobox', { name: '음성 팩' }).locator('option')).toHaveText([
    '음성 팩 없음',
  ]);
  expect(await packs()).toEqual([]);
  await group.screenshot({ path: test.info().outputPath('voice-pack-deleted.png') });
  expect(errors).toEqual([]);
});
