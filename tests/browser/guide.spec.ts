import { expect, test } from '@playwright/test';
import { serverPerFile } from './server';
import { fakeSoundIn, tonesPlayed, wakeLocks } from './sound-stub';

const server = serverPerFile();

test('a kiosk calls, a guide is alerted, accepts, arrives and resolves; the kiosk says each step', async ({
  browser,
}) => {
  const guideContext = await browser.newContext({ viewport: { width: 900, height: 1200 } });
  const guide = await guideContext.newPage();
  await fakeSoundIn(guide);
  await guide.goto(`${server.url}/api/demo/open/guide`);
  await expect(guide.getByRole('heading', { level: 1 })).toContainText('민원안내도우미');
  await guide.getByRole('button', { name: '근무 시작' }).click();
  await expect(guide.getByText('근무 중', { exact: true })).toBeVisible();
  await expect(guide.getByText('화면이 꺼지지 않습니다')).toBeVisible();
  expect(await wakeLocks(guide)).toBeGreaterThan(0);

  const kioskContext = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
  const kiosk = await kioskContext.newPage();
  await kiosk.goto(`${server.url}/api/demo/open/kiosk`);
  await kiosk.getByRole('button', { name: '도움 요청', exact: true }).click();
  const status = kiosk.getByRole('status').filter({ hasText: /도우미|직원|도움/ });
  await expect(status).toContainText('도우미를 부르는 중');

  // The guide hears it, sees it, and takes it.
  await expect(guide.getByRole('alert').filter({ hasText: '새 호출' })).toBeVisible();
  expect((await tonesPlayed(guide)).length).toBeGreaterThan(0);
  await kiosk.getByRole('button', { name: '휠체어·거동' }).click();
  await expect(kiosk.getByText('고르신 도움: 휠체어·거동')).toBeVisible();
  await expect(guide.getByRole('heading', { level: 3 })).toContainText('휠체어·거동');
  await kiosk.screenshot({ path: test.info().outputPath('help-kiosk.png') });
  await guide.screenshot({ path: test.info().outputPath('guide-page.png'), fullPage: true });

  await guide.getByRole('button', { name: '수락', exact: true }).click();
  await expect(status).toContainText('도우미가 오고 있습니다 (약 2분)');
  await guide.getByRole('button', { name: '도착', exact: true }).click();
  await expect(status).toContainText('도우미가 도착했습니다');
  await guide.screenshot({ path: test.info().outputPath('guide-working.png'), fullPage: true });
  await guide.getByRole('textbox', { name: '메모 (선택)' }).fill('서류 작성 도움');
  await guide.getByRole('button', { name: '해결', exact: true }).click();
  await expect(status).toContainText('도움을 마쳤습니다');
  await expect(guide.getByText('수락 1건 · 해결 1건')).toBeVisible();
  await kiosk.screenshot({ path: test.info().outputPath('help-kiosk-done.png') });

  await guideContext.close();
  await kioskContext.close();
});

test('the kiosk can cancel, and a second tap shows the open request', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
  const kiosk = await context.newPage();
  await kiosk.goto(`${server.url}/api/demo/open/kiosk`);
  await kiosk.getByRole('button', { name: '도움 요청', exact: true }).click();
  const status = kiosk.getByRole('status').filter({ hasText: /도우미|직원|도움/ });
  await expect(status).toContainText('도우미를 부르는 중');
  await kiosk
    .getByRole('button', { name: '처음으로' })
    .click()
    .catch(() => undefined);
  await kiosk.getByRole('button', { name: '도움 요청', exact: true }).click();
  await expect(status).toContainText('도우미를 부르는 중');
  await kiosk.getByRole('button', { name: '도움 요청 취소' }).click();
  await expect(status).toContainText('도움 요청을 취소했습니다');
  await expect(kiosk.getByRole('button', { name: '다시 부르기' })).toBeVisible();
  await context.close();
});

test('the guide tablet is installable: a manifest, an icon and a service worker', async ({
  browser,
  request,
}) => {
  const res = await request.get(`${server.url}/staff/guide/manifest.webmanifest`);
  expect(res.ok()).toBe(true);
  const manifest = (await res.json()) as {
    start_url: string;
    icons: { src: string; sizes: string; type: string; purpose: string }[];
  };
  expect(manifest.start_url).toBe('/staff/guide');
  // PNG icons of 192 and 512 px (install prompts need them), one of them maskable.
  for (const size of [192, 512]) {
    const entry = manifest.icons.find((i) => i.sizes === `${size}x${size}`);
    expect(entry?.type).toBe('image/png');
    const png = await request.get(`${server.url}${entry!.src}`);
    expect(png.headers()['content-type']).toBe('image/png');
    const bytes = await png.body();
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    // IHDR: width and height, big-endian, at bytes 16 and 20.
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([size, size]);
  }
  expect(manifest.icons.some((i) => i.purpose === 'maskable' && i.type === 'image/png')).toBe(true);
  const context = await browser.newContext();
  const guide = await context.newPage();
  await guide.goto(`${server.url}/api/demo/open/guide`);
  await expect(guide.getByRole('heading', { level: 1 })).toContainText('민원안내도우미');
  const scope = await guide.evaluate(() =>
    navigator.serviceWorker.ready.then((registration) => registration.scope),
  );
  expect(scope).toBe(`${server.url}/staff/guide`);
  await context.close();
});

test('a guide books an escorted visit; only the masked contact is shown', async ({ browser }) => {
  const context = await browser.newContext();
  const guide = await context.newPage();
  await guide.goto(`${server.url}/api/demo/open/guide`);
  await guide.getByLabel('시각').fill('11:30');
  await guide.getByLabel('만날 입구').fill('정문');
  await guide.getByLabel('필요한 도움').selectOption({ label: '잘 보이지 않음' });
  await guide.getByLabel('연락처 (끝 네 자리만 남깁니다)').fill('010-1234-5678');
  await guide.getByRole('button', { name: '예약', exact: true }).click();
  await expect(guide.getByText('예약했습니다')).toBeVisible();
  const list = guide.getByRole('region', { name: '예약 동행' });
  await expect(list).toContainText('정문 — 잘 보이지 않음 (연락처 ***-****-5678)');
  await expect(guide.getByText('1234-5678')).toHaveCount(0);

  // Staff call it off: asked once more, then gone from the list with a spoken-aloud status.
  await list.getByRole('button', { name: '예약 취소' }).click();
  await expect(list.getByText('11:30 예약을 취소하시겠습니까?')).toBeVisible();
  await list.getByRole('button', { name: '아니요' }).click();
  await expect(list).toContainText('정문 — 잘 보이지 않음');
  await list.getByRole('button', { name: '예약 취소' }).click();
  await guide.screenshot({
    path: test.info().outputPath('guide-cancel-confirm.png'),
    fullPage: true,
  });
  await list.getByRole('button', { name: '예, 취소합니다' }).click();
  await expect(list.getByRole('status')).toContainText('11:30 예약을 취소했습니다.');
  await expect(list).not.toContainText('정문 — 잘 보이지 않음');
  await context.close();
});
