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
    await expect(mark).toContainText('다시 연결하는 중');
    await expect(mark).toContainText('전 정보');
    // The last state stays on screen, never a blank or an error page.
    await expect(page.getByRole('heading', { name: '업무별 대기' })).toBeVisible();

    await server.start();
    await expect(mark).toHaveCount(0, { timeout: 15_000 });
    await expect(page.getByRole('heading', { name: '번호표시기' })).toBeVisible();
  } finally {
    await server.stop();
    server.remove();
  }
});
