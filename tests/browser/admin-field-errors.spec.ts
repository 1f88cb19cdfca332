/**
 * Issue 22: a refused admin form says so where the admin is looking. The field the server named
 * is marked (aria-invalid, its Korean message as its description) and the whole message stands
 * beside the form's save button, in view after the click, not in an alert at the top of the page.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { serverPerFile } from './server';

const server = serverPerFile();

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: '관리 메뉴' }).getByRole('button', { name, exact: true });

async function openAdmin(page: Page, section: string) {
  await page.goto(`${server.url}/api/demo/open/admin`);
  await expect(page.getByRole('heading', { name: '관리자 콘솔' })).toBeVisible();
  await nav(page, section).click();
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The field is marked with its message as its description, and the page's one alert sits in the
 * form by the button that was pressed, both in view.
 */
async function expectRefused(
  page: Page,
  field: Locator,
  save: Locator,
  fieldMessage: string | RegExp,
  message: string | RegExp,
) {
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  // The message as the field's description (the mark before it is the style's, not the text's).
  await expect(field).toHaveAccessibleDescription(
    typeof fieldMessage === 'string' ? new RegExp(`${escaped(fieldMessage)}$`) : fieldMessage,
  );
  const alert = page.getByRole('alert');
  await expect(alert).toHaveCount(1);
  await expect(alert).toContainText(message);
  // In the form that was sent, in the row of its button or right under it.
  await expect(save.locator('xpath=ancestor::form[1]').getByRole('alert')).toHaveCount(1);
  const [a, b] = [await alert.boundingBox(), await save.boundingBox()];
  expect(Math.abs(a!.y - b!.y)).toBeLessThan(200);
  await expect(alert).toBeInViewport();
  await expect(save).toBeInViewport();
  // In the screen's language: the server's English sentence is not what the admin reads.
  await expect(page.getByText(/Invalid |is taken|someone else/)).toHaveCount(0);
}

async function expectAccepted(page: Page, field: Locator) {
  await expect(field).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert')).toHaveCount(0);
}

const CHECK = '이 칸을 확인해 주십시오.';
const INVALID = '입력하신 내용을 확인해 주십시오';

test.beforeEach(({ page }) => page.setViewportSize({ width: 1400, height: 900 }));

test('the hall settings: a closing time before the opening time is marked at 닫는 시각', async ({
  page,
}) => {
  await openAdmin(page, '청사');
  const form = page.getByRole('form', { name: '청사 설정' });
  const close = form.getByLabel('닫는 시각');
  const save = form.getByRole('button', { name: '설정 저장' });
  const before = await close.inputValue();
  await form.getByLabel('여는 시각').fill('09:00');
  await close.fill('08:00');
  await save.click();
  await expectRefused(page, close, save, CHECK, INVALID);
  await page.screenshot({ path: test.info().outputPath('hall-settings-field-error.png') });

  await close.fill(before > '09:00' ? before : '18:00');
  await save.click();
  await expect(page.getByRole('status').filter({ hasText: '설정을 저장했습니다' })).toBeVisible();
  await expectAccepted(page, page.getByRole('form', { name: '청사 설정' }).getByLabel('닫는 시각'));
});

test('a device: a screen size and resolution that make no sense are marked at 해상도', async ({
  page,
}) => {
  await openAdmin(page, '기기');
  const { devices } = (await (await page.request.get(`${server.url}/api/devices`)).json()) as {
    devices: { name: string; kind: string; revokedAt: string | null }[];
  };
  const kiosk = devices.find((d) => d.kind === 'kiosk' && !d.revokedAt)!;
  const edit = `이름과 위치: ${kiosk.name}`;
  await page.getByRole('button', { name: edit, exact: true }).click();
  const form = page.getByRole('form', { name: edit });
  const diagonal = form.getByLabel('화면 크기(인치)');
  const resolution = form.getByRole('textbox', { name: '해상도(가로x세로)' });
  const save = form.getByRole('button', { name: '저장', exact: true });
  const diagonalBefore = await diagonal.inputValue();
  // 100 × 100 pixels over 100 inches: 0.06 px/mm, below any real screen.
  await diagonal.fill('100');
  await resolution.fill('100x100');
  await save.click();
  await expectRefused(page, resolution, save, CHECK, INVALID);
  await expect(diagonal).toHaveAttribute('aria-invalid', 'true');

  await diagonal.fill(diagonalBefore);
  await resolution.fill('1920x1080');
  await save.click();
  // Saved, the editor closes; opened again, nothing is marked.
  await expect(form).toHaveCount(0);
  await page.getByRole('button', { name: edit, exact: true }).click();
  await expectAccepted(page, form.getByRole('textbox', { name: '해상도(가로x세로)' }));
});

test('an information page: an item without its name is marked at the items', async ({ page }) => {
  await openAdmin(page, '안내 정보');
  const form = page.getByRole('form', { name: '새 안내 정보' });
  const items = form.getByRole('textbox', { name: '항목(한 줄에 하나: 이름 | 내용)' });
  const save = form.getByRole('button', { name: '저장', exact: true });
  await form.getByRole('textbox', { name: '제목', exact: true }).fill('시험 야간 안내');
  await items.fill('| 18:00–21:00');
  await save.click();
  await expectRefused(page, items, save, CHECK, INVALID);

  await items.fill('목요일 | 18:00–21:00');
  await save.click();
  await expect(page.getByRole('heading', { name: /^시험 야간 안내/ })).toBeVisible();
  await expectAccepted(page, items);
});

test('a staff member: a desk someone else sits at is marked at the seat, and a taken sign-in name at 아이디', async ({
  page,
}) => {
  await openAdmin(page, '직원');
  await expect(page.getByRole('status').filter({ hasText: /명$/ })).toBeVisible();
  const hall = (await (await page.request.get(`${server.url}/api/admin/hall`)).json()) as {
    departments: { id: number; name: string }[];
  };
  const { staff } = (await (await page.request.get(`${server.url}/api/staff`)).json()) as {
    staff: {
      id: number;
      name: string;
      departmentId: number;
      retiredAt: string | null;
      seat: { row: number; col: number };
    }[];
  };
  // Two people of one office; not 민원여권과, whose officer has the demo's counter account.
  const passport = hall.departments.find((d) => d.name === '민원여권과')?.id;
  const office = (id: number) =>
    staff.filter((s) => s.departmentId === id && !s.retiredAt && s.seat.row > 0);
  const dept = hall.departments.find((d) => d.id !== passport && office(d.id).length >= 2)!;
  const [person, neighbour] = office(dept.id) as [(typeof staff)[0], (typeof staff)[0]];

  await page.getByRole('button', { name: `${person.name} 편집`, exact: true }).click();
  const editor = page.getByRole('region', { name: `${person.name} 님 정보` });
  const row = editor.getByLabel('좌석 줄 (0 = 맨 앞)');
  const col = editor.getByLabel('좌석 칸');
  const save = editor.getByRole('button', { name: '저장', exact: true });
  await row.fill(String(neighbour.seat.row));
  await col.fill(String(neighbour.seat.col));
  await save.click();
  const taken = '다른 사람의 자리입니다';
  await expectRefused(page, row, save, new RegExp(taken), taken);
  await expect(col).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: test.info().outputPath('staff-editor-field-error.png') });

  await row.fill(String(person.seat.row));
  await col.fill(String(person.seat.col));
  await save.click();
  await expect(editor.getByRole('status')).toContainText('정보를 저장했습니다');
  await expectAccepted(page, row);
  await expect(col).not.toHaveAttribute('aria-invalid', 'true');

  // The account panel of the same person: 'admin' is the demo administrator's sign-in name.
  const account = editor.getByRole('region', { name: '로그인 계정' });
  const username = account.getByRole('textbox', { name: '아이디' });
  const create = account.getByRole('button', { name: '계정 만들기' });
  await username.fill('admin');
  await create.click();
  await expectRefused(page, username, create, '이미 쓰이는 아이디입니다.', '이미 쓰이는 아이디');

  await username.fill('field.test');
  await create.click();
  await expect(account.getByRole('status')).toContainText('field.test 계정을 만들었습니다');
  await expect(page.getByRole('alert')).toHaveCount(0);
});
