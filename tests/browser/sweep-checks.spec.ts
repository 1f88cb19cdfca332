/**
 * The sweep's checks can fail: each planted defect (a sideways overflow, a control under a fixed
 * bar, a small target, cut text, a word broken over lines, an axe violation) is reported, and a
 * page without them is clean. No server: the page is written in place.
 */
import { expect, test } from '@playwright/test';
import { screenProblems } from './sweep-checks';

const CLEAN = `
  <main class="kiosk" lang="ko">
    <h1>안내</h1>
    <button style="width:200px;height:100px;font-size:32px">번호표 뽑기</button>
  </main>`;

const DEFECTS = `
  <main class="kiosk" lang="ko">
    <h1>안내</h1>
    <div style="width:1400px">너무 넓은 줄</div>
    <button style="width:20px;height:20px">작</button>
    <p style="width:80px;overflow:hidden;white-space:nowrap">잘리는 아주 긴 문장입니다</p>
    <p style="width:20px;font-size:24px">여권발급</p>
    <button style="position:absolute;top:1700px;width:200px;height:100px">가려진 버튼</button>
    <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
    <nav class="kiosk-bottom" style="position:fixed;bottom:0;left:0;right:0;height:300px;background:#fff">아래 막대</nav>
  </main>`;

test.use({ viewport: { width: 1080, height: 1920 } });

test('a clean page has no problems', async ({ page }) => {
  await page.setContent(
    `<!doctype html><html lang="ko"><title>t</title><body>${CLEAN}</body></html>`,
  );
  const found = await screenProblems(page, '.kiosk');
  expect(found).toEqual({ axe: [], outside: [], covered: [], small: [], clipped: [], cramped: [] });
});

test('every planted defect is reported under its kind', async ({ page }) => {
  await page.setContent(
    `<!doctype html><html lang="ko"><title>t</title><body>${DEFECTS}</body></html>`,
  );
  const found = await screenProblems(page, '.kiosk');
  expect(found.outside.join('\n')).toMatch(/너무 넓은 줄/);
  expect(found.small.join('\n')).toMatch(/작/);
  expect(found.clipped.join('\n')).toMatch(/잘리는/);
  expect(found.cramped.join('\n')).toMatch(/여권발급/);
  expect(found.covered.join('\n')).toMatch(/가려진 버튼.*under nav\.kiosk-bottom/);
  expect(found.axe.join('\n')).toMatch(/image-alt/);
});
