/**
 * The ticket as printed (issue 22): Chromium honours the CSS page size, so the PDF it makes is what
 * an 80 mm receipt printer gets: 80 mm wide, one page, everything inside the 72 mm a thermal head
 * prints. The ticket screen says what to do when no paper comes out.
 */
import { expect, test } from '@playwright/test';
import { ko } from '../../shared/i18n/ko-all';
import { serverPerFile } from './server';

const server = serverPerFile();
const PT_PER_MM = 72 / 25.4;
const PX_PER_MM = 96 / 25.4;

test('the ticket prints on one 80 mm page with its content inside 72 mm', async ({ page }) => {
  await page.setViewportSize({ width: 1080, height: 1920 });
  await page.goto(`${server.url}/api/demo/open/kiosk`);
  await page.getByRole('button', { name: new RegExp(ko['kiosk.services']) }).click();
  await page.locator('.service-button').first().click();
  await page.getByRole('button', { name: new RegExp(ko['kiosk.taskNotSure']) }).click();
  await page.getByRole('button', { name: new RegExp(ko['kiosk.priorityNo']) }).click();
  const number = (await page.getByTestId('ticket-number').textContent())?.trim() ?? '';
  await expect(page.locator('.ticket-qr img')).toBeVisible();
  // The fallback is on the screen whether or not the printer works.
  await expect(page.getByText(ko['kiosk.printFallback'])).toBeVisible();

  const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: false })).toString(
    'latin1',
  );
  const pages = pdf.match(/\/Type\s*\/Page\b/g) ?? [];
  expect(pages.length, 'one page').toBe(1);
  const box = /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf);
  expect(box, 'a MediaBox').not.toBeNull();
  const widthMm = (Number(box![3]) - Number(box![1])) / PT_PER_MM;
  const heightMm = (Number(box![4]) - Number(box![2])) / PT_PER_MM;
  expect(widthMm).toBeCloseTo(80, 0);
  expect(heightMm).toBeLessThan(200); // a receipt's length, not A4's 297 mm

  // On paper: the receipt alone, 72 mm wide, and nothing of it wider or taller than the page.
  await page.emulateMedia({ media: 'print' });
  const receipt = page.locator('.receipt');
  await expect(receipt).toBeVisible();
  await expect(receipt).toContainText(number);
  const fit = await receipt.evaluate((el) => {
    const r = el.getBoundingClientRect();
    let right = r.right;
    let bottom = r.bottom;
    for (const child of el.querySelectorAll('*')) {
      const c = child.getBoundingClientRect();
      right = Math.max(right, c.right);
      bottom = Math.max(bottom, c.bottom);
    }
    return { width: r.width, widest: right - r.left, tall: bottom - r.top };
  });
  expect(fit.width / PX_PER_MM).toBeLessThanOrEqual(72.1);
  expect(fit.widest / PX_PER_MM, 'nothing sticks out of 72 mm').toBeLessThanOrEqual(72.1);
  // 4 mm margins above and below: the content fits the page's length.
  expect(fit.tall / PX_PER_MM).toBeLessThanOrEqual(heightMm - 8);
  await page.screenshot({ path: test.info().outputPath('receipt-print.png') });
});
