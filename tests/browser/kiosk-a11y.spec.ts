/**
 * The kiosk in every accessibility mode (issue 9, docs/accessibility.md): each screen × mode gets
 * axe (WCAG 2.0–2.2 A/AA), the mm checks axe lacks (target size and gaps at the device's px/mm,
 * clipped text, the reach band), and a screenshot kept as an artefact.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { ko } from '../../shared/i18n/ko-all';
import { reachBand } from '../../kiosk/a11y/reach';
import { serverPerFile } from './server';
import { axeViolations, DEVICE } from './sweep-checks';
import { fakeSoundIn, spokenLines } from './sound-stub';

const VIEWPORT = { width: 1080, height: 1920 };
const MIN_SIDE_MM = 12;
const MIN_AREA_MM2 = 150;
const MIN_GAP_MM = 2.5;
/** Hangul ≥ 12 mm at 500 mm (the standard); its ink is ≈ 0.94 em, so the font size ≥ 12.77 mm. */
const MIN_TEXT_MM = 12 / 0.94;
const SHOTS = process.env.A11Y_SHOTS; // optional: also copy screenshots here (e.g. /tmp/a11y)

type Mode = {
  name: string;
  toggles: (keyof typeof ko)[];
  english?: boolean;
  lens?: boolean;
};
const MODES: Mode[] = [
  { name: 'normal', toggles: [] },
  { name: 'large-font', toggles: ['a11y.largeFont'] },
  { name: 'high-contrast', toggles: ['a11y.highContrast'] },
  { name: 'low-screen', toggles: ['a11y.lowScreen'] },
  { name: 'lens', toggles: ['a11y.lens'], lens: true },
  { name: 'english', toggles: [], english: true },
  { name: 'large-contrast', toggles: ['a11y.largeFont', 'a11y.highContrast'] },
];

/** How to reach each screen from home: each waits until its screen is drawn, and all are checked. */
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
    // The first service (제증명) asks its task.
    name: 'task',
    open: async (page) => {
      await page.getByRole('button', { name: ko['kiosk.services'] }).click();
      await page.locator('.service-button').first().click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(ko['kiosk.taskQuestion']);
    },
  },
  {
    name: 'priority',
    open: async (page) => {
      await page.getByRole('button', { name: ko['kiosk.services'] }).click();
      await page.locator('.service-button').first().click();
      await page.getByRole('button', { name: ko['kiosk.taskNotSure'] }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        ko['kiosk.priorityQuestion'],
      );
    },
  },
  {
    name: 'ticket',
    open: async (page) => {
      await page.getByRole('button', { name: ko['kiosk.services'] }).click();
      await page.locator('.service-button').first().click();
      await page.getByRole('button', { name: ko['kiosk.taskNotSure'] }).click();
      await page.getByRole('button', { name: ko['kiosk.priorityNo'] }).click();
      await expect(page.getByTestId('ticket-number')).toBeVisible();
    },
  },
  ...(
    [
      ['directory', 'directory.title'],
      ['staff', 'staff.finderTitle'],
      ['feedback', 'voice.title'],
    ] as const
  ).map(([screen, title]) => ({
    name: screen,
    open: async (page: Page) => {
      await page
        .getByRole('button', { name: ko[`kiosk.${screen}`], exact: false })
        .first()
        .click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(ko[title]);
    },
  })),
  {
    name: 'help',
    open: async (page) => {
      await page.locator('.kiosk-bottom .help').click();
      await expect(page.locator('.kiosk .help-state').first()).toHaveAttribute(
        'data-status',
        'open',
      );
    },
  },
];

// The modes run side by side (one server per worker) to keep the suite near two minutes.
test.describe.configure({ mode: 'parallel' });

const server = serverPerFile();

async function openKiosk(page: Page): Promise<void> {
  await page.setViewportSize(VIEWPORT);
  await page.goto(`${server.url}/api/demo/open/kiosk`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/어서 오십시오/);
}

async function applyMode(page: Page, mode: Mode): Promise<void> {
  for (const key of mode.toggles) {
    const toggle = page.getByRole('button', { name: ko[key], exact: true });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  }
  if (mode.english) {
    await page.locator('.kiosk-lang').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  }
  if (mode.lens) {
    await page.mouse.move(300, 420); // over the heading, so the screenshot shows the glass at work
    await expect(page.getByTestId('lens')).toBeVisible();
  }
  // Let a frame pass (the lens copies the screen on the next frame).
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
}

type Box = {
  label: string;
  x: number;
  y: number;
  w: number;
  h: number;
  clipped: boolean;
  /** The part not hidden by a scrolling ancestor: what a finger can reach now. */
  seen: { x: number; y: number; w: number; h: number };
};

/** Every control on screen (not the lens's copy, not the paper receipt), with its box. */
async function controls(page: Page): Promise<Box[]> {
  return page.evaluate(() => {
    const sel =
      'button, a[href], input, select, textarea, [role="button"], [onclick], [tabindex]:not([tabindex="-1"])';
    const out: Box[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(sel)) {
      if (el.closest('[aria-hidden="true"], .receipt, [inert]')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      // Scrolled out of its container: reachable by scrolling, not shown now.
      let clipped = false;
      let [top, bottom, left, right] = [r.top, r.bottom, r.left, r.right];
      for (let p = el.parentElement; p; p = p.parentElement) {
        const o = getComputedStyle(p).overflowY;
        if (o === 'auto' || o === 'scroll' || o === 'hidden') {
          const pr = p.getBoundingClientRect();
          const cy = r.top + r.height / 2;
          if (cy < pr.top || cy > pr.bottom) clipped = true;
          top = Math.max(top, pr.top);
          bottom = Math.min(bottom, pr.bottom);
          left = Math.max(left, pr.left);
          right = Math.min(right, pr.right);
        }
      }
      const seen = { x: left, y: top, w: Math.max(0, right - left), h: Math.max(0, bottom - top) };
      const label = (el.getAttribute('aria-label') ?? el.textContent ?? el.tagName)
        .trim()
        .slice(0, 40);
      out.push({ label, x: r.left, y: r.top, w: r.width, h: r.height, clipped, seen });
    }
    return out;
  });
}

async function checkScreen(page: Page, screen: string, mode: Mode, testInfo: TestInfo) {
  const where = `${screen} × ${mode.name}`;

  // axe: WCAG 2.0/2.1/2.2 A and AA, 0 violations.
  const t0 = Date.now();
  const violations = await axeViolations(page);
  expect.soft(violations, `${where}: axe`).toEqual([]);

  const t1 = Date.now();
  // Targets ≥ 12 × 12 mm and ≥ 150 mm², gaps ≥ 2.5 mm, at the device's px/mm.
  const boxes = await controls(page);
  expect(boxes.length, `${where}: controls found`).toBeGreaterThan(3);
  const mm = (px: number) => px / DEVICE.pxPerMm;
  const small = boxes
    .filter((b) => !b.clipped)
    .filter(
      (b) => mm(b.w) < MIN_SIDE_MM || mm(b.h) < MIN_SIDE_MM || mm(b.w) * mm(b.h) < MIN_AREA_MM2,
    )
    .map((b) => `${b.label} ${mm(b.w).toFixed(1)}×${mm(b.h).toFixed(1)} mm`);
  expect.soft(small, `${where}: targets under 12 mm / 150 mm²`).toEqual([]);
  const close: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      // Gaps between what is shown: a control half scrolled under a bar is cut at its edge.
      const a = boxes[i]!.seen;
      const b = boxes[j]!.seen;
      const dx = Math.max(b.x - (a.x + a.w), a.x - (b.x + b.w));
      const dy = Math.max(b.y - (a.y + a.h), a.y - (b.y + b.h));
      if (dx < 0 && dy < 0) continue; // nested or overlapping (a label around its field)
      if (boxes[i]!.clipped || boxes[j]!.clipped) continue; // scrolled out of view
      const gap = Math.max(dx, dy);
      if (mm(gap) < MIN_GAP_MM)
        close.push(`${boxes[i]!.label} ↔ ${boxes[j]!.label}: ${mm(gap).toFixed(1)} mm`);
    }
  }
  expect.soft(close, `${where}: gaps under 2.5 mm`).toEqual([]);

  // Nothing clipped: no horizontal scroll, no text cut by hidden overflow.
  const clippedText = await page.evaluate(() => {
    const out: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth + 1)
      out.push('page scrolls sideways');
    for (const el of document.querySelectorAll<HTMLElement>('.kiosk *')) {
      if (el.closest('.visually-hidden, .receipt, [aria-hidden="true"]')) continue;
      const s = getComputedStyle(el);
      const hidesX = s.overflowX === 'hidden' || s.overflowX === 'clip';
      const hidesY = s.overflowY === 'hidden' || s.overflowY === 'clip';
      if (!el.textContent?.trim()) continue;
      if (hidesX && el.scrollWidth > el.clientWidth + 1)
        out.push(`${el.tagName}.${el.className}: ${el.scrollWidth} > ${el.clientWidth}`);
      if (hidesY && el.scrollHeight > el.clientHeight + 1)
        out.push(`${el.tagName}.${el.className}: ${el.scrollHeight} ↓ ${el.clientHeight}`);
      if (s.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1)
        out.push(`${el.tagName}.${el.className}: ellipsis`);
    }
    return out;
  });
  expect.soft(clippedText, `${where}: clipped text`).toEqual([]);

  // Text size: body text, and every line of text on the screen, at least the standard's size.
  const text = await page.evaluate(() => {
    const body = parseFloat(getComputedStyle(document.body).fontSize);
    const small: { text: string; px: number }[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('.kiosk *')) {
      if (el.closest('svg, .visually-hidden, .receipt, [aria-hidden="true"]')) continue;
      const own = [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim();
      if (!own || el.getClientRects().length === 0) continue;
      small.push({ text: own.slice(0, 30), px: parseFloat(getComputedStyle(el).fontSize) });
    }
    return { body, all: small };
  });
  expect
    .soft(mm(text.body), `${where}: body text ${mm(text.body).toFixed(1)} mm`)
    .toBeGreaterThanOrEqual(MIN_TEXT_MM);
  const tiny = text.all
    .filter((x) => mm(x.px) < MIN_TEXT_MM)
    .map((x) => `${x.text} ${mm(x.px).toFixed(1)} mm`);
  expect.soft(tiny, `${where}: text under ${MIN_TEXT_MM.toFixed(1)} mm`).toEqual([]);

  // 낮은 화면: every control shown has its centre in the reach band (400–1,220 mm).
  if (mode.toggles.includes('a11y.lowScreen')) {
    const band = reachBand(VIEWPORT.height, DEVICE);
    const out = boxes
      .filter((b) => !b.clipped)
      .filter((b) => b.y + b.h / 2 < band.top || b.y + b.h / 2 > band.bottom)
      .map((b) => `${b.label} at y=${Math.round(b.y + b.h / 2)} (band ${band.top}–${band.bottom})`);
    expect.soft(out, `${where}: controls outside the reach band`).toEqual([]);
    const shell = await page.locator('.kiosk').boundingBox();
    expect
      .soft(shell!.y, `${where}: the kiosk starts in the band`)
      .toBeGreaterThanOrEqual(band.top - 1);
  }

  const t2 = Date.now();
  const file = testInfo.outputPath(`${screen}-${mode.name}.png`);
  await page.screenshot({ path: file });
  if (SHOTS) {
    mkdirSync(SHOTS, { recursive: true });
    copyFileSync(file, `${SHOTS}/${screen}-${mode.name}.png`);
  }
  if (process.env.A11Y_TIMING) console.log(where, t1 - t0, t2 - t1, Date.now() - t2);
}

for (const mode of MODES) {
  test(`every kiosk screen in ${mode.name} mode passes axe and the mm checks`, async ({
    page,
  }, testInfo) => {
    // Nine screens, each with axe and the scripted checks: more than the default minute.
    test.setTimeout(180_000);
    await openKiosk(page);
    let visited = 0;
    for (const screen of SCREENS) {
      // Home resets the session (modes too), then the screen, then the mode on top.
      await page.locator('.kiosk-bottom button').first().click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
      await screen.open(page);
      const normalPx = await page.evaluate(() =>
        parseFloat(getComputedStyle(document.body).fontSize),
      );
      await applyMode(page, mode);
      if (mode.toggles.includes('a11y.largeFont')) {
        const largePx = await page.evaluate(() =>
          parseFloat(getComputedStyle(document.body).fontSize),
        );
        expect(largePx, `${screen}: body text doubles`).toBeCloseTo(normalPx * 2, 1);
      }
      await checkScreen(page, screen.name, mode, testInfo);
      visited++;
    }
    expect(visited).toBe(SCREENS.length);
  });
}

test('voice guidance speaks titles and taps with cancel first; idle warns, extends, then resets', async ({
  page,
}) => {
  await fakeSoundIn(page, { speech: 'log' });
  await page.clock.install();
  await openKiosk(page);
  const spoken = () => spokenLines(page);
  expect(await spoken(), 'nothing speaks before anyone engages').toEqual([]);

  await page.getByRole('button', { name: ko['a11y.voice'], exact: true }).click();
  await page.getByRole('button', { name: ko['kiosk.services'] }).click();
  await page.clock.runFor(200);
  const log = await spoken();
  expect(log.map((u) => u.text)).toContain(ko['kiosk.services']);
  log.forEach((u, i) => {
    if (u.text !== '<cancel>')
      expect(log[i - 1]?.text, `cancel before "${u.text}"`).toBe('<cancel>');
  });
  expect(log.filter((u) => u.text !== '<cancel>').every((u) => u.lang === 'ko-KR')).toBe(true);

  // Idle (demo profile: 90 s, warned 30 s ahead); one tap extends, ten times over.
  const dialog = page.getByRole('alertdialog');
  for (let i = 0; i < 10; i++) {
    await page.clock.runFor(61_000);
    await expect(dialog).toBeVisible();
    expect(Number(await page.getByTestId('idle-count').textContent())).toBeGreaterThanOrEqual(20);
    // One tap on 계속 이용하기 (any touch continues: the dialog closes as the finger lands).
    const box = await dialog.getByRole('button', { name: ko['a11y.idleContinue'] }).boundingBox();
    await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ko['kiosk.services']);
  }
  await page.clock.runFor(91_000);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/어서 오십시오/);
  await expect(page.getByRole('button', { name: ko['a11y.voice'], exact: true })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
});
