import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { serverPerFile } from './server';

const server = serverPerFile();

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: '관리 메뉴' }).getByRole('button', { name, exact: true });

async function openStaffSection(page: Page) {
  await page.goto(`${server.url}/api/demo/open/admin`);
  await expect(page.getByRole('heading', { name: '관리자 콘솔' })).toBeVisible();
  await nav(page, '직원').click();
  await expect(page.getByRole('status').filter({ hasText: /명$/ })).toBeVisible();
}

test('an admin adds a staff member with a photo and the open seat display shows the card live', async ({
  browser,
}) => {
  // About 30 s alone; it ran out of the 60 s default once with the whole suite on two cores.
  test.setTimeout(150_000);
  const admin = await (
    await browser.newContext({ viewport: { width: 1400, height: 1000 } })
  ).newPage();
  const errors: string[] = [];
  admin.on('pageerror', (err) => errors.push(err.message));
  await openStaffSection(admin);

  // The department with the fewest people, so the new card is on the display's first page.
  const hall = (await (await admin.request.get(`${server.url}/api/admin/hall`)).json()) as {
    departments: { id: number; slug: string; name: string }[];
  };
  const { staff } = (await (await admin.request.get(`${server.url}/api/staff`)).json()) as {
    staff: { departmentId: number }[];
  };
  const count = (id: number) => staff.filter((s) => s.departmentId === id).length;
  const dept = [...hall.departments].sort((a, b) => count(a.id) - count(b.id))[0]!;

  // 4K: the whole office on one page, so the pager's timer plays no part.
  const display = await (
    await browser.newContext({ viewport: { width: 3840, height: 2160 } })
  ).newPage();
  await display.goto(`${server.url}/api/demo/open/seats-${dept.slug}`);
  await expect(display.getByRole('heading', { level: 1 })).toContainText('좌석배치도');
  await display.evaluate(() => ((window as unknown as { marker: number }).marker = 7));

  await admin.getByRole('button', { name: '새 직원 등록' }).click();
  const editor = admin.getByRole('region', { name: '새 직원 등록' });
  await editor.getByLabel('이름(한글)').fill('한가온');
  await editor.getByLabel('영문 이름').fill('Han Gaon');
  await editor.getByLabel('담당 부서').selectOption({ label: dept.name });
  await editor.getByLabel('팀', { exact: true }).fill('시험팀');
  await editor.getByLabel('직위').fill('주무관');
  await editor.getByLabel('내선 번호').fill('02-0000-7777');
  await editor.getByLabel('담당 업무').fill('청년 정책 상담\n공모 사업');
  await editor.getByRole('button', { name: '등록', exact: true }).click();
  // Saved, the editor turns into the person's own page.
  const page = admin.getByRole('region', { name: '한가온 님 정보' });
  await expect(page.getByRole('status')).toContainText('한가온 님을 등록했습니다');

  // The card is on the door display at once, with the silhouette (no photo yet).
  const card = display.getByRole('article', { name: '한가온' });
  await expect(card).toBeVisible();
  // The desk shows the extension as officers say it (the office's full number heads the chart).
  await expect(card).toContainText('내선 7777');
  await expect(card.locator('svg.silhouette')).toBeVisible();

  // A text file dressed as a JPEG: the server's refusal is read out, nothing changes.
  const photoForm = page.getByRole('form', { name: '사진' });
  await photoForm.getByLabel(/사진 파일 선택/).setInputFiles({
    name: 'fake.jpg',
    mimeType: 'image/jpeg',
    buffer: Buffer.from('just text, not a photo'),
  });
  await photoForm.getByLabel('본인이 사진 게시에 동의했습니다').check();
  await photoForm.getByRole('button', { name: '사진 올리기' }).click();
  await expect(photoForm.getByRole('alert')).toContainText('사진 파일이 아닙니다');

  // A real photo, placed in the frame, uploads and shows on the display.
  const png = await sharp({
    create: { width: 900, height: 600, channels: 3, background: '#3b7a57' },
  })
    .png()
    .toBuffer();
  await photoForm.getByLabel(/사진 파일 선택/).setInputFiles({
    name: 'portrait.png',
    mimeType: 'image/png',
    buffer: png,
  });
  await expect(photoForm.getByRole('img', { name: /미리보기/ })).toBeVisible();
  await photoForm.getByLabel('확대').fill('150');
  await photoForm.getByLabel('가로 위치').fill('30');
  await photoForm.screenshot({ path: test.info().outputPath('staff-admin-crop.png') });
  await photoForm.getByLabel('본인이 사진 게시에 동의했습니다').check();
  await photoForm.getByRole('button', { name: '사진 올리기' }).click();
  await expect(photoForm.getByRole('status')).toContainText('새 사진을 저장했습니다');
  await expect(photoForm.getByRole('img', { name: '한가온 님의 현재 사진' })).toBeVisible();

  await expect(card.locator('img.seat-photo')).toHaveAttribute('src', /\/api\/files\/photos\//);
  expect(await display.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(7);

  await page.screenshot({ path: test.info().outputPath('staff-admin-editor.png') });

  // The seat plan: 한가온 takes the head's desk (row 0, column 1); the two swap, and the display
  // puts 한가온 first.
  await admin.getByRole('button', { name: '좌석 배치' }).click();
  const plan = admin.getByRole('region', { name: '좌석 배치' });
  await plan.getByLabel('담당 부서').selectOption({ label: dept.name });
  // An empty desk at the end of the first team row and a walkway just before it, drawn in the
  // editor, stand on the door display at once (and in the editor's preview).
  const vacantToggle = plan.getByRole('button', { name: /^1줄 \d+칸 빈 자리$/ }).last();
  const vacantName = (await vacantToggle.getAttribute('aria-label'))!;
  const vacantCol = Number(vacantName.match(/(\d+)칸/)![1]);
  await vacantToggle.click();
  await expect(plan.getByRole('status')).toContainText('빈 자리로 두었습니다');
  await expect(plan.getByRole('button', { name: vacantName })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(display.locator('.seat-vacant')).toHaveText(['빈 자리']);
  await expect(plan.locator('.seat-preview .seat-vacant')).toHaveText(['빈 자리']);
  const aisle = plan
    .getByRole('group', { name: '통로 칸' })
    .getByRole('button', { name: `${vacantCol - 1}칸 통로` });
  await expect(aisle).toBeEnabled();
  await aisle.click();
  await expect(plan.getByRole('status')).toContainText('통로로 두었습니다');
  await expect(aisle).toHaveAttribute('aria-pressed', 'true');
  // Where the walkway falls on the screen is the layout's (tests/display/seat-layout.test.ts: a
  // row cut into lines drops a walkway at the cut); here, the saved plan keeps it and nobody is
  // hidden by it.
  await expect(display.locator('.seat-vacant')).toHaveText(['빈 자리']);
  await expect(display.locator('.seat-card')).toHaveCount(
    await plan.locator('.seat-preview .seat-card').count(),
  );
  await plan.getByRole('button', { name: /한가온/ }).click();
  const mover = plan.getByRole('group', { name: '한가온 자리 옮기기' });
  await mover.getByLabel(/좌석 줄/).fill('0');
  await mover.getByLabel('좌석 칸').fill('1');
  await mover.getByRole('button', { name: '옮기기', exact: true }).click();
  await expect(plan.getByRole('status')).toContainText('한가온 님과');
  await expect(display.locator('.seat-card').first()).toHaveAttribute('aria-label', '한가온');
  // The preview draws the door display at the device's size: the whole office, 한가온 on top.
  const preview = plan.locator('.seat-preview');
  await expect(preview.getByTestId('seat-preview-fit')).toContainText('한 화면에 모두 보입니다');
  await expect(preview.getByTestId('seat-preview-fit')).toContainText('43인치, 1.2 m');
  await expect(preview.locator('.seat-card').first()).toHaveAttribute('aria-label', '한가온');
  expect(await preview.locator('.seat-card').count()).toBe(
    await display.locator('.seat-card').count(),
  );
  await plan.getByLabel('화면 해상도').selectOption({ label: '1080×1920' });
  await expect(preview.locator('.seat-preview-box')).toHaveCSS('height', '720px');
  await plan.screenshot({ path: test.info().outputPath('staff-admin-seats.png') });
  await display.screenshot({ path: test.info().outputPath('staff-seat-display.png') });
  expect(errors).toEqual([]);
});

test('the CSV dry run lists a row error and keeps the import closed', async ({ browser }) => {
  const admin = await (
    await browser.newContext({ viewport: { width: 1400, height: 1000 } })
  ).newPage();
  await openStaffSection(admin);
  await admin.getByRole('button', { name: 'CSV로 한꺼번에 등록' }).click();
  const importer = admin.getByRole('region', { name: 'CSV로 한꺼번에 등록' });
  const csv = [
    '이름,직위,부서,담당업무,내선',
    '최가람,주무관,civil-passport,전입신고,02-0000-1200',
    '정나래,주무관,없는과,등본,02-0000-1202',
  ].join('\n');
  await importer.getByLabel('CSV 파일 선택').setInputFiles({
    name: 'staff.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  await expect(importer.getByRole('alert')).toContainText('2줄 가운데 1줄에 오류');
  const row = importer.getByRole('row', { name: /없는과/ });
  await expect(row.getByRole('rowheader')).toHaveText('3');
  await expect(row).toContainText('“없는과” 부서가 없습니다');
  await expect(importer.getByRole('button', { name: /등록/ })).toBeDisabled();
  await importer.screenshot({ path: test.info().outputPath('staff-admin-import.png') });
});

test('a reset password must be changed at the next sign-in before anything else', async ({
  browser,
}) => {
  const admin = await (
    await browser.newContext({ viewport: { width: 1400, height: 1000 } })
  ).newPage();
  await openStaffSection(admin);
  await admin.screenshot({ path: test.info().outputPath('staff-admin-list.png') });
  // The first person without an account.
  await admin.getByLabel('이름, 부서, 직위, 담당 업무로 찾기').fill('주무관');
  const rows = admin.getByRole('row').filter({ has: admin.getByRole('cell', { name: '—' }) });
  await rows.first().getByRole('button', { name: /편집/ }).click();
  const panel = admin.getByRole('region', { name: '로그인 계정' });
  await panel.getByLabel('아이디').fill('newofficer');
  await panel.getByLabel('권한').selectOption('counter');
  await panel.getByRole('button', { name: '계정 만들기' }).click();
  const temp = await panel.getByTestId('temporary-password').textContent();
  expect(temp).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);

  const officer = await (await browser.newContext()).newPage();
  await officer.goto(`${server.url}/staff/counter`);
  await officer.getByLabel('아이디').fill('newofficer');
  await officer.getByLabel('비밀번호').fill(temp ?? '');
  await officer.getByRole('button', { name: '로그인' }).click();
  await expect(officer.getByRole('heading', { name: '새 비밀번호 정하기' })).toBeVisible();
  await officer.screenshot({ path: test.info().outputPath('staff-password-change.png') });
  // Nothing opens meanwhile.
  expect((await officer.request.get(`${server.url}/api/staff/me`)).status()).toBe(401);
  await officer.getByLabel('새 비밀번호 (10자 이상)').fill('my own long secret');
  await officer.getByLabel('새 비밀번호 한 번 더').fill('my own long secret');
  await officer.getByRole('button', { name: '바꾸고 계속하기' }).click();
  await expect(officer.getByRole('heading', { name: '새 비밀번호 정하기' })).toBeHidden();
  expect((await officer.request.get(`${server.url}/api/staff/me`)).status()).toBe(200);
});
