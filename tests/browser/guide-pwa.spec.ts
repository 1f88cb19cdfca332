/**
 * The guide tablet's offline shell (issue 8): once installed (the service worker has cached the
 * page and its assets), opening it with the server down shows the app saying "reconnecting" —
 * never the browser's error page — and it comes back by itself when the server does.
 */
import { expect, test } from '@playwright/test';
import { ko } from '../../shared/i18n/ko-all';
import { serverPerFile } from './server';

const server = serverPerFile();

test('with the server stopped, the installed guide page shows "reconnecting", then recovers', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ viewport: { width: 900, height: 1200 } });
  const guide = await context.newPage();
  await guide.goto(`${server.url}/api/demo/open/guide`);
  await expect(guide.getByRole('heading', { level: 1 })).toContainText('민원안내도우미');
  // Installed: the worker is active, controls the page, and has the page and its script cached.
  await guide.evaluate(() => navigator.serviceWorker.ready);
  await guide.reload();
  await expect(guide.getByRole('heading', { level: 1 })).toContainText('민원안내도우미');
  await expect
    .poll(() => guide.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
  await expect
    .poll(() =>
      guide.evaluate(async () => {
        const page = await caches.match('/staff/guide');
        const script = document.querySelector<HTMLScriptElement>('script[type="module"][src]');
        return (
          page !== undefined && script !== null && (await caches.match(script.src)) !== undefined
        );
      }),
    )
    .toBe(true);

  // The server goes away; the tablet is opened again.
  await server.stop();
  await guide.reload();
  const status = guide.getByTestId('reconnecting');
  await expect(status).toHaveText(ko['common.reconnecting']);
  await expect(guide.getByRole('heading', { level: 1 })).toHaveText(ko['guide.title']);
  await guide.screenshot({ path: test.info().outputPath('guide-offline.png') });

  // Also as the browser sees an offline network (no server answer at all).
  await context.setOffline(true);
  await guide.reload();
  await expect(guide.getByTestId('reconnecting')).toHaveText(ko['common.reconnecting']);
  await context.setOffline(false);

  // Back: the shell lets the app in without anyone touching the tablet.
  await server.start();
  await expect(guide.getByRole('button', { name: '근무 시작' })).toBeVisible({ timeout: 15_000 });
  await expect(guide.getByTestId('reconnecting')).toHaveCount(0);
  await context.close();
});
