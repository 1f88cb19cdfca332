import { expect, test, type Page } from '@playwright/test';
import { serverPerFile } from './server';

const server = serverPerFile();

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: '관리 메뉴' }).getByRole('button', { name, exact: true });

test('the admin adds a room and a route point on 1F and an open kiosk shows the room without reload', async ({
  browser,
}) => {
  const errors: string[] = [];
  const kioskContext = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
  const kiosk = await kioskContext.newPage();
  kiosk.on('pageerror', (err) => errors.push(err.message));
  await kiosk.goto(`${server.url}/api/demo/open/kiosk`);
  await kiosk.getByRole('button', { name: /부서 찾기/ }).click();
  await expect(kiosk.getByRole('img', { name: '1층 배치도' })).toBeVisible();
  await expect(kiosk.getByRole('img', { name: '1층 배치도' })).not.toContainText('청년상담실');

  const adminContext = await browser.newContext({ viewport: { width: 1400, height: 1100 } });
  const admin = await adminContext.newPage();
  admin.on('pageerror', (err) => errors.push(err.message));
  await admin.goto(`${server.url}/api/demo/open/admin`);
  await nav(admin, '층과 지도').click();
  const section = admin.getByRole('region', { name: '층과 지도' });
  await expect(section.getByRole('tab', { name: '1F' })).toHaveAttribute('aria-selected', 'true');
  const canvas = section.getByTestId('floor-canvas');
  await expect(canvas).toBeVisible();

  // A room by mouse: the room tool and a click on the plan make a room of the usual size.
  await section.getByRole('button', { name: '방 그리기' }).click();
  const box = await canvas.boundingBox();
  if (!box) throw new Error('no canvas');
  await admin.mouse.click(box.x + box.width * 0.06, box.y + box.height * 0.9);
  const inspector = section.getByRole('region', { name: '선택한 항목' });
  await inspector.getByLabel('이름(한국어)').fill('청년상담실');
  await inspector.getByLabel('이름(영어)').fill('Youth counselling');
  // Its size by keyboard, as numbers.
  await inspector.getByLabel('너비').fill('90');
  await inspector.getByLabel('너비').press('Tab');
  await expect(canvas.getByRole('button', { name: /청년상담실/ })).toBeVisible();

  // A route point by button, joined to a point of the existing graph.
  await inspector.getByRole('button', { name: '선택 해제' }).click();
  await inspector.getByRole('button', { name: '지점 추가' }).click();
  await expect(inspector.getByRole('heading', { name: /길 지점/ })).toBeVisible();
  const linkTo = inspector.getByLabel(/이을 지점/);
  await linkTo.selectOption({ index: 1 });
  await inspector.getByRole('button', { name: '잇기', exact: true }).click();
  await expect(inspector.getByRole('listitem')).toHaveCount(1);
  await expect(inspector.getByRole('checkbox', { name: '계단 없음' })).toBeChecked();
  await admin.screenshot({ path: test.info().outputPath('floors-editor.png'), fullPage: true });

  await section.getByRole('button', { name: '1F 저장' }).click();
  await expect(section.getByRole('status')).toContainText('1층 지도를 저장했습니다');

  // The kiosk already open draws the new room, live.
  await expect(kiosk.getByRole('img', { name: '1층 배치도' })).toContainText('청년상담실');

  // A floor plan with a script and an onload handler: cleaned, stored, drawn under the kiosk's map.
  await section.getByLabel('도면 파일 고르기').setInputFiles({
    name: 'plan.svg',
    mimeType: 'image/svg+xml',
    buffer: Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="700" onload="alert(1)">' +
        '<script>alert(2)</script><rect x="10" y="10" width="980" height="680" fill="none" stroke="#999" stroke-width="4"/></svg>',
    ),
  });
  await section.getByRole('button', { name: '도면 올리기' }).click();
  await expect(section.getByRole('status')).toContainText('안전하지 않은 부분을 지웠습니다');
  await expect(section.getByRole('status')).toContainText('<script>');
  await expect(kiosk.getByTestId('map-plan')).toHaveAttribute(
    'href',
    /\/api\/places\/plans\/\d+\?v=1/,
  );

  // The kiosk moved on the plan (x, y typed, facing chosen): the open kiosk's "현재 위치" follows.
  const here = kiosk.locator('.map-here');
  const before = await here.getAttribute('transform');
  const placer = section.getByRole('region', { name: '키오스크 위치' });
  await placer.getByRole('spinbutton', { name: 'x' }).fill('600');
  await placer.getByRole('spinbutton', { name: 'y' }).fill('400');
  await placer.getByLabel('방향').selectOption({ label: '오른쪽 →' });
  await placer.getByRole('button', { name: '키오스크 위치 저장' }).click();
  await expect(section.getByRole('status')).toContainText('1층에 놓았습니다');
  await expect(here).toHaveAttribute('transform', 'translate(600 400)');
  expect(before).not.toBe('translate(600 400)');

  // A point another floor's line still needs (the elevator landing joined from 1F) cannot go:
  // the save is refused with a clear message and nothing changes.
  await section.getByRole('tab', { name: '2F' }).click();
  const landing = canvas.getByRole('button', { name: '길 지점 2F-elev' });
  await landing.focus();
  await landing.press('Delete');
  await expect(landing).toHaveCount(0);
  await section.getByRole('button', { name: '2F 저장' }).click();
  await expect(section.getByRole('alert')).toContainText('길 그래프를 저장하지 않았습니다');
  await expect(section.getByRole('alert')).toContainText('missing node 2F-elev');
  await admin.screenshot({ path: test.info().outputPath('floors-editor-refused.png') });
  const saved = await admin.request.get(`${server.url}/api/admin/floors`);
  const body = (await saved.json()) as {
    floors: { code: string; layout: { nodes: { id: string }[] } }[];
  };
  expect(
    body.floors.find((f) => f.code === '2F')?.layout.nodes.some((n) => n.id === '2F-elev'),
  ).toBe(true);
  expect(errors).toEqual([]);
  await kioskContext.close();
  await adminContext.close();
});

test('the editor previews a route with the kiosk’s own search, step-free on request', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1400, height: 1100 });
  await page.goto(`${server.url}/api/demo/open/admin`);
  await nav(page, '층과 지도').click();
  const preview = page.getByRole('region', { name: '길 미리 보기' });
  await preview.getByLabel('출발').selectOption({ index: 1 });
  const to = preview.getByLabel('도착');
  const passport = await to
    .locator('option', { hasText: '민원여권과' })
    .first()
    .getAttribute('value');
  await to.selectOption(passport ?? '');
  await expect(preview.getByTestId('preview-steps').locator('li').last()).toContainText(
    '민원여권과',
  );
  await expect(page.getByTestId('preview-route')).toBeVisible();
});

test('the kiosk hands the route over by QR; the phone page shows the map and the steps without sign-in', async ({
  browser,
}) => {
  const kioskContext = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
  const kiosk = await kioskContext.newPage();
  await kiosk.goto(`${server.url}/api/demo/open/kiosk`);
  await kiosk.getByRole('button', { name: /부서 찾기/ }).click();
  await kiosk.getByRole('button', { name: '여권', exact: true }).click();
  await kiosk
    .getByRole('region', { name: '찾은 결과' })
    .getByRole('button', { name: /민원여권과/ })
    .first()
    .click();
  const qr = kiosk.locator('figure.route-qr');
  await expect(qr.getByRole('img', { name: /QR/ })).toBeVisible();
  await qr.scrollIntoViewIfNeeded();
  await kiosk.screenshot({ path: test.info().outputPath('floors-kiosk-qr.png') });
  const url = await qr.getAttribute('data-url');
  expect(url).toMatch(/\/route\/\?hall=\d+&to=[a-z-]+&from=/);
  await kioskContext.close();

  // A phone with nothing of the kiosk: no cookie, no token.
  const phoneContext = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const phone = await phoneContext.newPage();
  await phone.goto(url ?? '');
  await expect(phone.getByRole('heading', { level: 1 })).toContainText('민원여권과 가는 길');
  await expect(phone.getByText('키오스크에서 출발')).toBeVisible();
  const steps = phone.getByTestId('route-steps').locator('li');
  await expect(steps.last()).toContainText('민원여권과');
  await expect(phone.getByRole('img', { name: /배치도/ })).toBeVisible();
  await expect(phone.getByTestId('route-line')).toBeVisible();
  await phone.screenshot({
    path: test.info().outputPath('floors-route-phone.png'),
    fullPage: true,
  });

  // The step-free switch keeps the route without steps.
  await phone.getByRole('switch', { name: '계단 없는 길' }).check();
  await expect(steps.last()).toContainText('민원여권과');

  // A link to a place that does not exist says so, calmly.
  await phone.goto(`${server.url}/route/?hall=1&to=nowhere`);
  await expect(phone.getByRole('alert')).toContainText('안내 도우미');
  await phoneContext.close();
});

test('the phone ticket page links to the way to its department', async ({ browser }) => {
  const kioskContext = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
  const kiosk = await kioskContext.newPage();
  await kiosk.goto(`${server.url}/api/demo/open/kiosk`);
  await kiosk.getByRole('button', { name: /번호표 받기/ }).click();
  await kiosk.getByRole('button', { name: /여권 교부/ }).click();
  await kiosk.getByRole('button', { name: /일반 번호표/ }).click();
  await expect(kiosk.getByRole('heading', { name: '번호표가 나왔습니다' })).toBeVisible();
  const phoneUrl = await kiosk.locator('.ticket-qr').getAttribute('data-url');
  await kioskContext.close();

  const phoneContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const phone = await phoneContext.newPage();
  await phone.goto(phoneUrl ?? '');
  await phone.getByRole('link', { name: /창구 가는 길 보기/ }).click();
  await expect(phone.getByRole('heading', { level: 1 })).toContainText('민원여권과 가는 길');
  await expect(phone.getByText('정문에서 출발')).toBeVisible();
  await expect(phone.getByTestId('route-steps').locator('li').last()).toContainText('민원여권과');
  await phoneContext.close();
});
