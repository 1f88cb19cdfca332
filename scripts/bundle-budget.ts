/**
 * Bundle budgets: the JavaScript a screen's page loads before it can show anything — its entry
 * chunk and every chunk it imports statically, from the Vite manifest — gzipped, in bytes. Chunks
 * loaded later by a dynamic `import()` (rare screens, the QR code encoder, English strings) and
 * fonts and CSS are not counted.
 *
 * `npx tsx scripts/bundle-budget.ts [distDir]` prints the table and exits 1 when a screen is over
 * its budget or the build has no manifest. The build prints the same table (vite.config.ts), and
 * tests/browser/bundle-budget.spec.ts checks it in `npm test` right after `npm run build`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Budgets in gzipped bytes, by the page's HTML file in the build. */
export const BUDGETS: Record<string, number> = {
  'kiosk/index.html': 60 * 1024,
  'display/board.html': 60 * 1024,
  'display/seats.html': 60 * 1024,
  // The phone ticket page opens on a visitor's phone, often on mobile data.
  'kiosk/ticket.html': 60 * 1024,
};

type ManifestChunk = {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
};
export type Manifest = Record<string, ManifestChunk>;

export type EntrySize = {
  entry: string;
  /** The JavaScript files loaded up front, with their gzipped sizes. */
  files: { file: string; bytes: number; gzip: number }[];
  bytes: number;
  gzip: number;
  /** Gzipped bytes of chunks only this page's dynamic imports reach (loaded later). */
  lazyGzip: number;
  budget: number | null;
};

export function manifestPath(distDir: string): string {
  return join(distDir, '.vite', 'manifest.json');
}

export function readManifest(distDir: string): Manifest {
  const path = manifestPath(distDir);
  if (!existsSync(path)) {
    throw new Error(`No build manifest at ${path}: run \`npm run build\` first.`);
  }
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

/** Every manifest key an entry reaches through static imports, the entry included. */
export function staticClosure(manifest: Manifest, key: string): string[] {
  const seen = new Set<string>();
  const visit = (k: string) => {
    if (seen.has(k)) return;
    const chunk = manifest[k];
    if (!chunk) throw new Error(`The manifest names ${k} but has no entry for it`);
    seen.add(k);
    for (const next of chunk.imports ?? []) visit(next);
  };
  visit(key);
  return [...seen];
}

function lazyClosure(manifest: Manifest, eager: Set<string>): string[] {
  const seen = new Set<string>();
  const visit = (k: string) => {
    if (seen.has(k) || eager.has(k) || !manifest[k]) return;
    seen.add(k);
    for (const next of [...(manifest[k].imports ?? []), ...(manifest[k].dynamicImports ?? [])])
      visit(next);
  };
  for (const k of eager) for (const d of manifest[k]?.dynamicImports ?? []) visit(d);
  return [...seen];
}

export function measure(distDir: string, manifest = readManifest(distDir)): EntrySize[] {
  const sizes = new Map<string, { bytes: number; gzip: number }>();
  const sizeOf = (file: string) => {
    let size = sizes.get(file);
    if (!size) {
      const content = readFileSync(join(distDir, file));
      size = { bytes: content.length, gzip: gzipSync(content, { level: 9 }).length };
      sizes.set(file, size);
    }
    return size;
  };
  const entries = Object.entries(manifest)
    .filter(([, chunk]) => chunk.isEntry && chunk.file.endsWith('.js'))
    .map(([key]) => key)
    .sort();
  return entries.map((entry) => {
    const keys = staticClosure(manifest, entry);
    const files = keys
      .map((k) => manifest[k]!.file)
      .filter((file) => file.endsWith('.js'))
      .map((file) => ({ file, ...sizeOf(file) }))
      .sort((a, b) => b.gzip - a.gzip);
    const lazy = lazyClosure(manifest, new Set(keys))
      .map((k) => manifest[k]!.file)
      .filter((file) => file.endsWith('.js'));
    return {
      entry,
      files,
      bytes: files.reduce((n, f) => n + f.bytes, 0),
      gzip: files.reduce((n, f) => n + f.gzip, 0),
      lazyGzip: lazy.reduce((n, file) => n + sizeOf(file).gzip, 0),
      budget: BUDGETS[entry] ?? null,
    };
  });
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export function formatTable(rows: EntrySize[]): string {
  const lines = [
    'JavaScript loaded up front per page (entry + static imports, gzip -9; fonts and CSS excluded)',
    `${'page'.padEnd(26)} ${'raw'.padStart(9)} ${'gzip'.padStart(9)} ${'budget'.padStart(9)} ${'later'.padStart(9)}`,
  ];
  for (const row of rows) {
    const over = row.budget !== null && row.gzip > row.budget;
    lines.push(
      `${row.entry.padEnd(26)} ${kb(row.bytes).padStart(9)} ${kb(row.gzip).padStart(9)} ${(row.budget === null ? '—' : kb(row.budget)).padStart(9)} ${kb(row.lazyGzip).padStart(9)}${over ? '  OVER BUDGET' : ''}`,
    );
  }
  return lines.join('\n');
}

export function overBudget(rows: EntrySize[]): EntrySize[] {
  const missing = Object.keys(BUDGETS).filter((entry) => !rows.some((r) => r.entry === entry));
  if (missing.length > 0) throw new Error(`The build has no page for ${missing.join(', ')}`);
  return rows.filter((row) => row.budget !== null && row.gzip > row.budget);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const distDir = resolve(
    process.argv[2] ?? process.env.ANNAE_DIST ?? new URL('../dist', import.meta.url).pathname,
  );
  try {
    const rows = measure(distDir);
    console.log(formatTable(rows));
    const over = overBudget(rows);
    for (const row of over) {
      console.error(`${row.entry}: ${kb(row.gzip)} gzipped is over its ${kb(row.budget!)} budget`);
      for (const f of row.files) console.error(`  ${f.file.padEnd(40)} ${kb(f.gzip).padStart(9)}`);
    }
    process.exit(over.length > 0 ? 1 : 0);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
