/**
 * The kiosk by keyboard or switch device (issue 9; the standard's items 10 and 13): Tab walks
 * every control of home, services, the task question and directory in the order they are seen,
 * focus is always visible (outline ≥ 2 px at ≥ 3:1), Tab never gets stuck, Enter and Space act;
 * and with reduced motion nothing animates.
 */
import { expect, test, type Page } from '@playwright/test';
import { ko } from '../../shared/i18n/ko-all';
import { serverPerFile } from './server';

const server = serverPerFile();

async function openKiosk(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1080, height: 1920 });
  await page.goto(`${server.url}/api/demo/open/kiosk`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/어서 오십시오/);
}

type Stop = {
  id: string;
  /** Top of the bar or scroll area it sits in (header, the screen, mode bar, bottom bar). */
  region: number;
  label: string;
  x: number;
  y: number;
  w: number;
  h: number;
  outline: number;
  style: string;
  contrast: number;
};

/** Tags every tabbable control shown (in DOM order) and returns their ids. */
async function tabbables(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const sel = 'button, a[href], input, select, textarea, [tabindex]:not([tabindex="-1"])';
    const ids: string[] = [];
    let n = 0;
    for (const el of document.querySelectorAll<HTMLElement>(sel)) {
      if ((el as HTMLButtonElement).disabled || el.closest('[inert], [aria-hidden="true"]'))
        continue;
      if (el.getClientRects().length === 0 || getComputedStyle(el).visibility === 'hidden')
        continue;
      el.dataset.kbd = String(n);
      ids.push(String(n++));
    }
    return ids;
  });
}

/** The focused control: its id, box, and how its focus ring looks against what is behind it. */
async function focused(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || !el.dataset.kbd) return null;
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = (c: number[]) => {
      const [r, g, b] = c.slice(0, 3).map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    // The ring is drawn outside the control (outline-offset), over its parent's background.
    let bg = [255, 255, 255];
    for (let p = el.parentElement; p; p = p.parentElement) {
      const c = rgb(getComputedStyle(p).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3]! > 0.5)) {
        bg = c;
        break;
      }
    }
    const s = getComputedStyle(el);
    const a = lum(rgb(s.outlineColor));
    const b = lum(bg);
    const r = el.getBoundingClientRect();
    // The page scrolls the control into view: compare positions in the page, not the viewport.
    const main = el.closest('main');
    const scroll = main && main.contains(el) ? main.scrollTop : 0;
    const area = el.closest('.kiosk > *');
    return {
      id: el.dataset.kbd,
      region: area ? area.getBoundingClientRect().top : 0,
      label: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30),
      x: r.left,
      y: r.top + scroll,
      w: r.width,
      h: r.height,
      outline: parseFloat(s.outlineWidth),
      style: s.outlineStyle,
      contrast: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05),
    };
  });
}

/** Presses Tab until focus comes back to where it began; returns every stop on the way. */
async function walk(page: Page, count: number): Promise<{ stops: Stop[]; wrapped: boolean }> {
  const stops: Stop[] = [];
  let wrapped = false;
  for (let i = 0; i < count + 6; i++) {
    await page.keyboard.press('Tab');
    const stop = await focused(page);
    if (!stop) continue; // the browser's own chrome between the last control and the first
    if (stops.length > 0 && stop.id === stops[0]!.id) {
      wrapped = true;
      break;
    }
    stops.push(stop);
  }
  return { stops, wrapped };
}

/**
 * Seen order: bar by bar from the top (the screen between the bars scrolls, so its controls are
 * placed in its own scrolled content), then top to bottom, and left to right within a row.
 */
function visualOrder(stops: Stop[]): string[] {
  return [...stops]
    .sort((a, b) => {
      if (Math.abs(a.region - b.region) > 1) return a.region - b.region;
      const sameRow = Math.abs(a.y + a.h / 2 - (b.y + b.h / 2)) < Math.min(a.h, b.h) / 2;
      return sameRow ? a.x - b.x : a.y - b.y;
    })
    .map((s) => s.id);
}

const SCREENS: { name: string; open: (page: Page) => Promise<void> }[] = [
  { name: 'home', open: async () => undefined },
  {
    name: 'services',
    open: async (page) => {
      await page.getByRole('button', { name: ko['kiosk.services'] }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(ko['kiosk.services']);
    },
  },
  {
    // The task question (the first service, 제증명, asks one): a grid of choices, row by row.
    name: 'task',
    open: async (page) => {
      await page.getByRole('button', { name: ko['kiosk.services'] }).click();
      await page.locator('.service-button').first().click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(ko['kiosk.taskQuestion']);
    },
  },
  {
    name: 'directory',
    open: async (page) => {
      await page.getByRole('button', { name: ko['kiosk.directory'] }).first().click();
      await expect(page.locator('.kiosk main')).toBeVisible();
    },
  },
];

for (const screen of SCREENS) {
  test(`${screen.name}: Tab walks every control in seen order, focus visible, no trap`, async ({
    page,
  }) => {
    await openKiosk(page);
    await screen.open(page);
    await page.mouse.move(0, 0);
    // Start from the page itself, as a keyboard user arriving would.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const ids = await tabbables(page);
    expect(ids.length).toBeGreaterThan(4);
    const walked = await walk(page, ids.length);

    expect(walked.wrapped, 'Tab from the last control comes back to the first').toBe(true);
    // The walk starts where the screen put focus (its heading); read it from the top bar on.
    const top = walked.stops.findIndex((s) => s.label === ko['common.language']);
    expect(top, 'the top bar is on the way').toBeGreaterThanOrEqual(0);
    const stops = [...walked.stops.slice(top), ...walked.stops.slice(0, top)];
    expect(stops.map((s) => s.id).sort(), 'every control gets focus').toEqual([...ids].sort());
    expect(
      stops.map((s) => s.id),
      `focus follows the screen: ${stops.map((s) => s.label).join(' → ')}`,
    ).toEqual(visualOrder(stops));
    const weak = stops
      .filter((s) => s.style === 'none' || s.outline < 2 || s.contrast < 3)
      .map((s) => `${s.label}: ${s.style} ${s.outline}px ${s.contrast.toFixed(2)}:1`);
    expect(weak, 'focus rings ≥ 2 px at ≥ 3:1').toEqual([]);

    // The same in high contrast.
    await page.getByRole('button', { name: ko['a11y.highContrast'], exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const dark = await walk(page, ids.length);
    const weakDark = dark.stops
      .filter((s) => s.style === 'none' || s.outline < 2 || s.contrast < 3)
      .map((s) => `${s.label}: ${s.style} ${s.outline}px ${s.contrast.toFixed(2)}:1`);
    expect(weakDark, 'focus rings in high contrast').toEqual([]);
  });
}

test('Enter and Space act on the focused control', async ({ page }) => {
  await openKiosk(page);
  await page.getByRole('button', { name: ko['kiosk.services'] }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ko['kiosk.services']);
  await page.locator('.service-button').first().focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ko['kiosk.taskQuestion']);
  await page.getByRole('button', { name: ko['kiosk.taskNotSure'] }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ko['kiosk.priorityQuestion']);
  // A mode toggle by Space, 처음으로 by Enter.
  const large = page.getByRole('button', { name: ko['a11y.largeFont'], exact: true });
  await large.focus();
  await page.keyboard.press('Space');
  await expect(large).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: ko['common.home'] }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/어서 오십시오/);
  await expect(large).toHaveAttribute('aria-pressed', 'false');
});

test('with reduced motion, nothing on the kiosk animates', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openKiosk(page);
  const moving = () =>
    page.evaluate(() => {
      const out: string[] = [];
      const secs = (v: string) =>
        Math.max(
          ...v
            .split(',')
            .map((x) => (x.trim().endsWith('ms') ? parseFloat(x) / 1000 : parseFloat(x))),
        );
      for (const el of document.querySelectorAll<HTMLElement>('body, body *')) {
        for (const pseudo of [null, '::before', '::after']) {
          const s = getComputedStyle(el, pseudo);
          const name = `${el.tagName.toLowerCase()}.${el.className}${pseudo ?? ''}`;
          if (s.animationName !== 'none' && secs(s.animationDuration) > 0.001)
            out.push(`${name}: animation ${s.animationDuration}`);
          if (secs(s.transitionDuration) > 0.001)
            out.push(`${name}: transition ${s.transitionDuration}`);
        }
      }
      for (const a of document.getAnimations()) {
        const d = a.effect?.getTiming().duration;
        if (typeof d === 'number' && d > 1) out.push(`running animation ${d} ms`);
      }
      return out;
    });
  const seen: string[] = [];
  seen.push(...(await moving()));
  await page.getByRole('button', { name: ko['kiosk.services'] }).click();
  seen.push(...(await moving()));
  await page.locator('.service-button').first().click();
  seen.push(...(await moving()));
  await page.getByRole('button', { name: ko['kiosk.taskNotSure'] }).click();
  await page.getByRole('button', { name: ko['kiosk.priorityNo'] }).click();
  await expect(page.getByTestId('ticket-number')).toBeVisible();
  seen.push(...(await moving()));
  await page.getByRole('button', { name: ko['common.home'] }).click();
  await page.getByRole('button', { name: ko['kiosk.directory'] }).first().click();
  seen.push(...(await moving()));
  await page.getByRole('button', { name: ko['a11y.lens'], exact: true }).click();
  await page.mouse.move(400, 500);
  seen.push(...(await moving()));
  expect(seen).toEqual([]);
});
