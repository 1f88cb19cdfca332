import { expect, test, type Page } from '@playwright/test';
import { serverPerFile } from './server';

const server = serverPerFile();

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: '관리 메뉴' }).getByRole('button', { name, exact: true });

test('a new administrator sets up a department, a service and a counter, pairs a kiosk, and the kiosk shows the service live', async ({
  browser,
}) => {
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  const errors: string[] = [];
  admin.on('pageerror', (err) => errors.push(err.message));
  await admin.goto(`${server.url}/api/demo/open/admin`);
  await expect(admin.getByRole('heading', { name: '관리자 콘솔' })).toBeVisible();

  // A department on the first floor.
  await nav(admin, '부서').click();
  const deptForm = admin.getByRole('form', { name: '새 부서' });
  await deptForm.getByLabel('부서 이름').fill('청년정책과');
  await deptForm.getByLabel('영문 이름').fill('Youth Policy');
  await deptForm.getByLabel('주소용 이름(영문 소문자)').fill('youth');
  await deptForm.getByLabel('층').selectOption({ index: 1 });
  await deptForm.getByLabel('업무(키오스크 검색어, 쉼표로 구분)').fill('청년 월세, 청년 전세');
  await deptForm.getByRole('button', { name: '저장' }).click();
  await expect(admin.getByRole('status')).toContainText('청년정책과');
  await expect(admin.getByRole('row', { name: /청년정책과/ })).toBeVisible();

  // A service: a taken ticket prefix is refused with a clear message, a free one is saved.
  await nav(admin, '업무와 창구').click();
  const svcForm = admin.getByRole('form', { name: '새 업무' });
  await svcForm.getByLabel('업무 이름', { exact: true }).fill('청년 월세 지원');
  await svcForm.getByLabel('담당 부서').selectOption({ label: '청년정책과' });
  await svcForm.getByLabel('번호표 앞자리').fill('1');
  await svcForm.getByRole('button', { name: '저장' }).click();
  await expect(admin.getByRole('alert')).toContainText('다른 업무가 이미 쓰고 있습니다');
  await svcForm.getByLabel('번호표 앞자리').fill('8');
  await svcForm.getByRole('button', { name: '저장' }).click();
  await expect(admin.getByRole('status')).toContainText('청년 월세 지원');

  // A counter that serves it.
  const ctrForm = admin.getByRole('form', { name: '새 창구' });
  await ctrForm.getByLabel('창구 번호').fill('31');
  await ctrForm.getByLabel('담당 부서').selectOption({ label: '청년정책과' });
  await ctrForm.getByLabel('8 · 청년 월세 지원').check();
  await ctrForm.getByRole('button', { name: '창구 저장' }).click();
  await expect(admin.getByRole('row', { name: /31번 창구/ })).toContainText('청년 월세 지원');
  await admin.screenshot({ path: test.info().outputPath('admin-services.png'), fullPage: true });

  // Register a kiosk and read its pairing code.
  await nav(admin, '기기').click();
  await admin.getByLabel('기기 이름').fill('청년정책과 키오스크');
  await admin.getByRole('button', { name: '새 기기 등록' }).click();
  const status = admin.getByRole('status');
  await expect(status).toContainText('연결 코드');
  const code = /연결 코드 ([A-Z0-9]{4}-[A-Z0-9]{4})/.exec((await status.textContent()) ?? '')?.[1];
  expect(code).toBeTruthy();

  // Place it: a 32-inch 1080p screen is about 2.71 px/mm.
  await admin.getByRole('button', { name: '이름과 위치: 청년정책과 키오스크' }).click();
  const editor = admin.getByRole('form', { name: '이름과 위치: 청년정책과 키오스크' });
  await editor.getByLabel('화면 크기(인치)').fill('32');
  await expect(editor).toContainText('2.71 px/mm');
  await editor.getByLabel('화면 아래 끝 높이(mm)').fill('650');
  await admin.screenshot({ path: test.info().outputPath('admin-devices.png'), fullPage: true });
  await editor.getByRole('button', { name: '저장' }).click();
  await expect(editor).toBeHidden();

  // Pair it in a second browser: the new service is on its ticket screen.
  const kioskContext = await browser.newContext();
  const kiosk = await kioskContext.newPage();
  await kiosk.goto(`${server.url}/kiosk`);
  await kiosk.getByRole('textbox', { name: '연결 코드' }).fill(code ?? '');
  await kiosk.getByRole('button', { name: '연결하기' }).click();
  await expect(kiosk.getByRole('heading', { level: 1 })).toContainText('어서 오십시오');
  await kiosk.getByRole('button', { name: /번호표 받기/ }).click();
  await expect(kiosk.getByRole('button', { name: /청년 월세 지원/ })).toBeVisible();

  // Another service appears on the kiosk while it is open: no reload, no restart.
  await nav(admin, '업무와 창구').click();
  await svcForm.getByLabel('업무 이름', { exact: true }).fill('청년 전세 상담');
  await svcForm.getByLabel('담당 부서').selectOption({ label: '청년정책과' });
  await svcForm.getByLabel('번호표 앞자리').fill('38');
  await svcForm.getByRole('button', { name: '저장' }).click();
  await expect(admin.getByRole('status')).toContainText('청년 전세 상담');
  await expect(kiosk.getByRole('button', { name: /청년 전세 상담/ })).toBeVisible();
  await kiosk.screenshot({ path: test.info().outputPath('admin-kiosk-services.png') });

  // The audit view names who did it.
  await nav(admin, '감사 기록').click();
  await expect(admin.getByRole('row', { name: /service:created/ }).first()).toBeVisible();
  await admin.screenshot({ path: test.info().outputPath('admin-audit.png'), fullPage: true });
  expect(errors).toEqual([]);
  await kioskContext.close();
  await adminContext.close();
});

test('the kiosk shows the information pages', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/api/demo/open/kiosk`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('어서 오십시오');
  // Home.tsx has no button yet (the lead adds it): open the route through the session.
  const admin = await (await browser.newContext()).newPage();
  await admin.goto(`${server.url}/api/demo/open/admin`);
  await nav(admin, '안내 정보').click();
  await expect(admin.getByRole('heading', { name: /무료 상담 시간표/ })).toBeVisible();
  await admin.screenshot({ path: test.info().outputPath('admin-info.png'), fullPage: true });
  await context.close();
});

test('a ticket prefix already used is shown at the prefix field and beside 저장, in Korean', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const admin = await context.newPage();
  await admin.goto(`${server.url}/api/demo/open/admin`);
  await nav(admin, '업무와 창구').click();
  const form = admin.getByRole('form', { name: '새 업무' });
  await form.getByRole('textbox', { name: '업무 이름', exact: true }).fill('시험 업무');
  // Prefix 1 belongs to the demo's first service.
  await form.getByLabel('번호표 앞자리').fill('1');
  await form.getByLabel('부서').selectOption({ index: 1 });
  await form.getByRole('button', { name: '저장' }).click();
  const prefix = form.getByLabel('번호표 앞자리');
  await expect(prefix).toHaveAttribute('aria-invalid', 'true');
  await expect(prefix).toHaveAccessibleDescription(/다른 업무가 이미 쓰고 있습니다/);
  // The whole message sits in the form, by its save button, where the admin is looking.
  const alert = form.getByRole('alert');
  await expect(alert).toContainText('다른 업무가 이미 쓰고 있습니다');
  await expect(alert).toBeInViewport();
  await expect(admin.getByText(/already/)).toHaveCount(0);
  // Fixed: the field's mark goes and the service is saved.
  await prefix.fill('77');
  await form.getByRole('button', { name: '저장' }).click();
  await expect(admin.getByRole('status')).toContainText('시험 업무');
  await expect(
    admin.getByRole('form', { name: '새 업무' }).getByLabel('번호표 앞자리'),
  ).not.toHaveAttribute('aria-invalid', 'true');
  // The same for a department whose address name another one has.
  await nav(admin, '부서').click();
  const department = admin.getByRole('form', { name: '새 부서' });
  await department.getByRole('textbox', { name: '부서 이름', exact: true }).fill('시험과');
  const slug = department.getByLabel('주소용 이름(영문 소문자)');
  await slug.fill('civil-passport');
  await department.getByRole('button', { name: '저장' }).click();
  await expect(slug).toHaveAttribute('aria-invalid', 'true');
  await expect(slug).toHaveAccessibleDescription(/다른 부서가 이미 쓰고 있습니다/);
  await expect(department.getByRole('alert')).toBeInViewport();
  await admin.screenshot({ path: test.info().outputPath('admin-field-error.png') });
  await context.close();
});

test('the administrator gives a service the tasks the kiosk asks, and a repeated name is refused without losing the rows', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const admin = await context.newPage();
  const errors: string[] = [];
  admin.on('pageerror', (err) => errors.push(err.message));
  await admin.goto(`${server.url}/api/demo/open/admin`);
  await nav(admin, '업무와 창구').click();
  const service = () => admin.getByRole('rowheader', { name: /여권 교부/ });
  const form = admin.getByRole('form', { name: '업무 수정' });
  const tasks = form.getByRole('group', { name: '세부 업무' });
  // 여권 교부 (service 5) asks nothing in the demo hall.
  await expect(service()).not.toContainText('세부 업무');

  // Add one, save, and find it again after a reload.
  await admin.getByRole('button', { name: '수정: 여권 교부' }).click();
  await expect(tasks).toContainText('키오스크');
  await tasks.getByRole('button', { name: '세부 업무 추가' }).click();
  await expect(tasks.getByLabel('세부 업무 1 이름')).toBeFocused();
  await tasks.getByLabel('세부 업무 1 이름').fill('본인 수령');
  await tasks.getByLabel('세부 업무 1 영문 이름').fill('Pick-up in person');
  await form.getByRole('button', { name: '저장' }).click();
  await expect(admin.getByRole('status')).toContainText('여권 교부');
  await admin.reload();
  await nav(admin, '업무와 창구').click();
  await expect(service()).toContainText('세부 업무: 본인 수령');
  await admin.getByRole('button', { name: '수정: 여권 교부' }).click();
  await expect(tasks.getByLabel('세부 업무 1 이름')).toHaveValue('본인 수령');
  await expect(tasks.getByLabel('세부 업무 1 영문 이름')).toHaveValue('Pick-up in person');

  // A repeated name: the server's error, and every row as typed.
  await tasks.getByRole('button', { name: '세부 업무 추가' }).click();
  await tasks.getByLabel('세부 업무 2 이름').fill('대리 수령');
  await tasks.getByRole('button', { name: '세부 업무 추가' }).click();
  await tasks.getByLabel('세부 업무 3 이름').fill('대리 수령');
  await tasks.getByLabel('세부 업무 3 영문 이름').fill('Pick-up by proxy');
  await form.getByRole('button', { name: '저장' }).click();
  await expect(admin.getByRole('alert')).toContainText('입력하신 내용을 확인해 주십시오');
  await expect(tasks.getByLabel('세부 업무 1 이름')).toHaveValue('본인 수령');
  await expect(tasks.getByLabel('세부 업무 2 이름')).toHaveValue('대리 수령');
  await expect(tasks.getByLabel('세부 업무 3 이름')).toHaveValue('대리 수령');
  await expect(tasks.getByLabel('세부 업무 3 영문 이름')).toHaveValue('Pick-up by proxy');
  await admin.screenshot({ path: '/tmp/admin-tasks.png', fullPage: true });

  // An empty name is refused too, naming the row.
  await tasks.getByLabel('세부 업무 3 이름').fill('');
  await form.getByRole('button', { name: '저장' }).click();
  await expect(admin.getByRole('alert')).toContainText(
    '입력하신 내용을 확인해 주십시오. (tasks.2.name)',
  );
  await expect(tasks.getByLabel('세부 업무 3 영문 이름')).toHaveValue('Pick-up by proxy');

  // Remove the extra rows and the first task: saved, the service asks nothing again.
  await tasks.getByRole('button', { name: '세부 업무 3 삭제' }).click();
  await expect(tasks.getByRole('button', { name: '세부 업무 추가' })).toBeFocused();
  await tasks.getByRole('button', { name: '대리 수령 삭제' }).click();
  await tasks.getByRole('button', { name: '본인 수령 삭제' }).click();
  await expect(tasks.getByRole('textbox')).toHaveCount(0);
  await form.getByRole('button', { name: '저장' }).click();
  await expect(admin.getByRole('status')).toContainText('여권 교부');
  await admin.reload();
  await nav(admin, '업무와 창구').click();
  await expect(service()).toBeVisible();
  await expect(service()).not.toContainText('세부 업무');
  expect(errors).toEqual([]);
  await context.close();
});
