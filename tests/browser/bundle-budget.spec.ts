/**
 * Bundle budgets in `npm test`: bytes, not timing. Runs with the browser tests because they come
 * right after `npm run build`; a stale or missing build is rebuilt first (as the server does), and
 * a build without a manifest fails, so the check cannot pass without measuring.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ensureBuilt } from '../../server/build';
import { readConfig } from '../../server/config';
import { BUDGETS, formatTable, measure, overBudget } from '../../scripts/bundle-budget';

test('the kiosk, board, seat chart and phone ticket pages load at most 60 KB of gzipped JavaScript', async () => {
  test.setTimeout(180_000);
  const { distDir } = readConfig();
  await ensureBuilt(distDir);
  const rows = measure(distDir);
  console.log(formatTable(rows));
  for (const entry of Object.keys(BUDGETS)) {
    const row = rows.find((r) => r.entry === entry);
    expect(row, `${entry} is in the build`).toBeDefined();
    // A page with no script at all would be a broken measurement, not a small bundle.
    expect(row!.gzip, `${entry} has its script`).toBeGreaterThan(10 * 1024);
    expect(row!.gzip, `${entry}: ${JSON.stringify(row!.files)}`).toBeLessThanOrEqual(
      BUDGETS[entry]!,
    );
  }
  expect(overBudget(rows)).toEqual([]);
});

test('the measurement counts static imports, not dynamic ones, and flags a page over budget', () => {
  const dir = mkdtempSync(join(tmpdir(), 'annae-budget-'));
  try {
    mkdirSync(join(dir, '.vite'));
    mkdirSync(join(dir, 'assets'));
    // Random bytes do not compress: gzip keeps them about their size.
    const noise = (n: number) =>
      Buffer.from(Array.from({ length: n }, () => (Math.random() * 256) | 0));
    writeFileSync(join(dir, 'assets/kiosk.js'), noise(30 * 1024));
    writeFileSync(join(dir, 'assets/shared.js'), noise(40 * 1024));
    writeFileSync(join(dir, 'assets/lazy.js'), noise(50 * 1024));
    writeFileSync(join(dir, 'assets/board.js'), noise(20 * 1024));
    const manifest = {
      'kiosk/index.html': {
        file: 'assets/kiosk.js',
        isEntry: true,
        imports: ['_shared.js'],
        dynamicImports: ['lazy.tsx'],
      },
      'display/board.html': { file: 'assets/board.js', isEntry: true, imports: [] },
      'display/seats.html': { file: 'assets/board.js', isEntry: true },
      'kiosk/ticket.html': { file: 'assets/board.js', isEntry: true },
      '_shared.js': { file: 'assets/shared.js' },
      'lazy.tsx': { file: 'assets/lazy.js', imports: ['_shared.js'] },
    };
    writeFileSync(join(dir, '.vite/manifest.json'), JSON.stringify(manifest));
    const rows = measure(dir);
    const kiosk = rows.find((r) => r.entry === 'kiosk/index.html')!;
    expect(kiosk.files.map((f) => f.file).sort()).toEqual(['assets/kiosk.js', 'assets/shared.js']);
    expect(kiosk.gzip).toBeGreaterThan(69 * 1024);
    expect(kiosk.lazyGzip).toBeGreaterThan(49 * 1024);
    expect(overBudget(rows).map((r) => r.entry)).toEqual(['kiosk/index.html']);
    // A build without a page that has a budget is an error, not a pass.
    delete (manifest as Record<string, unknown>)['display/seats.html'];
    writeFileSync(join(dir, '.vite/manifest.json'), JSON.stringify(manifest));
    expect(() => overBudget(measure(dir))).toThrow(/display\/seats.html/);
    // And a build without a manifest cannot be measured.
    rmSync(join(dir, '.vite'), { recursive: true });
    expect(() => measure(dir)).toThrow(/npm run build/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
