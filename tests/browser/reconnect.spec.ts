import { expect, test } from '@playwright/test';
import { childServer } from './server';

test('the board keeps its state, shows "reconnecting" while the server is down, and comes back', async ({
  page,
}) => {
  const server = await childServer();
  try {
    await page.goto(`${server.url}/api/demo/open/board`);
    await expect(page.getByRole('heading', { name: '번호표시기' })).toBeVisible();
    await expect(page.getByTestId('reconnecting')).toHaveCount(0);

    expect(await server.stop('SIGTERM')).toBe(0);
    expect(server.output()).toContain('closing sockets and the database');
    const mark = page.getByTestId('reconnecting');
    await expect(mark).toBeVisible({ timeout: 15_000 });
    await expect(mark).toContainText('연결 끊김');
    await expect(mark).toContainText('전 정보');
    // The last state stays on screen, never a blank or an error page (the waiting list and the
    // recent calls may be taking turns in one area: the list is there, on screen or next).
    await expect(page.getByRole('heading', { name: '번호표시기' })).toBeVisible();
    await expect(page.getByTestId('newest-call')).toBeVisible();
    await expect(page.getByTestId('board-queue').first()).toBeAttached();

    await server.start();
    await expect(mark).toHaveCount(0, { timeout: 15_000 });
    await expect(page.getByRole('heading', { name: '번호표시기' })).toBeVisible();
  } finally {
    await server.stop();
    server.remove();
  }
});
