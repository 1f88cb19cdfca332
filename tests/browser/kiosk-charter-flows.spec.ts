/**
 * Each seed hall's kiosk offers exactly the flows of its own charter: the priority question only
 * where the charter names priority classes (Pocheon), naming those classes; the callback button
 * where the charter promises a callback, the officer's extension where it promises a phone
 * connection (Pocheon).
 */
import { expect, test, type Browser } from '@playwright/test';
import { ko } from '../../shared/i18n/ko-all';
import { serverPerFile } from './server';

const server = serverPerFile();

async function useProfile(
  browser: Browser,
  profileId: string,
): Promise<{ id: number; name: string }> {
  const admin = await (await browser.newContext()).newPage();
  await admin.goto(`${server.url}/api/demo/open/admin`);
  const current = (await (await admin.request.get(`${server.url}/api/hall/settings`)).json()) as {
    hall: Record<string, unknown>;
  };
  const h = current.hall;
  const res = await admin.request.put(`${server.url}/api/hall/settings`, {
    data: {
      name: h.name,
      nameEn: h.nameEn,
      address: h.address,
      open: h.open,
      close: h.close,
      lunch: h.lunch,
      lunchShifts: h.lunchShifts,
      holidays: h.holidays,
      languages: h.languages,
      profileId,
      profileOverrides: {},
    },
  });
  expect(res.status()).toBe(200);
  // The counter officer goes to a meeting: away, as the staff finder will show.
  const counter = await (await browser.newContext()).newPage();
  await counter.goto(`${server.url}/api/demo/open/counter`);
  const me = (await (await counter.request.get(`${server.url}/api/staff/me`)).json()) as {
    staff: { id: number; name: string };
  };
  const panel = counter.getByRole('region', { name: '내 근무 상태' });
  await panel.getByLabel('복귀 예정 시각').fill('11:00');
  await panel.getByRole('button', { name: '회의', exact: true }).click();
  await expect(panel.getByRole('status')).toContainText('회의');
  return me.staff;
}

for (const id of ['mapo', 'gwangjin', 'mokpo', 'anyang', 'pocheon']) {
  test(`the ${id} kiosk offers its own charter's flows`, async ({ browser }) => {
    const officer = await useProfile(browser, id);
    const kiosk = await (
      await browser.newContext({ viewport: { width: 1080, height: 1920 } })
    ).newPage();
    await kiosk.goto(`${server.url}/api/demo/open/kiosk`);

    // C6: a ticket.
    await kiosk.getByRole('button', { name: ko['kiosk.services'] }).click();
    await kiosk.locator('.service-button').first().click();
    await kiosk.getByRole('button', { name: ko['kiosk.taskNotSure'] }).click();
    if (id === 'pocheon') {
      await expect(kiosk.getByRole('heading', { level: 1 })).toHaveText(
        ko['kiosk.priorityQuestion'],
      );
      await expect(
        kiosk.getByText('장애인, 65세 이상 어르신 고객님은 먼저 모십니다'),
      ).toBeVisible();
      await expect(kiosk.getByText('임산부')).toHaveCount(0);
      await kiosk.screenshot({ path: `test-results/kiosk-charter-${id}-priority.png` });
      await kiosk.getByRole('button', { name: ko['kiosk.priorityNo'] }).click();
    }
    await expect(kiosk.getByTestId('ticket-number')).toBeVisible();
    await expect(kiosk.getByRole('heading', { name: ko['kiosk.priorityQuestion'] })).toHaveCount(0);

    // C3: the away officer.
    await kiosk.goto(`${server.url}/api/demo/open/kiosk`);
    await kiosk.getByRole('button', { name: /직원 찾기/ }).click();
    await kiosk.getByLabel('이름, 담당업무 또는 부서').fill(officer.name);
    await kiosk
      .getByRole('button', { name: new RegExp(officer.name) })
      .first()
      .click();
    await expect(kiosk.getByText('지금 자리에 없습니다.')).toBeVisible();
    if (id === 'pocheon') {
      await expect(kiosk.getByRole('button', { name: /연락 요청/ })).toHaveCount(0);
      await expect(kiosk.getByText(/전화로 바로 연결해 드립니다.*님\(/)).toBeVisible();
    } else {
      const minutes = id === 'mapo' || id === 'gwangjin' ? 60 : 180;
      await expect(kiosk.getByRole('button', { name: /연락 요청/ })).toContainText(
        `${minutes}분 안에`,
      );
    }
    await kiosk.screenshot({ path: `test-results/kiosk-charter-${id}-staff.png` });
  });
}
