/** `npm start` builds the screens when the build is missing or older than their sources. */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './root';

const root = ROOT;
const SOURCES = [
  'index.html',
  'vite.config.ts',
  'package-lock.json',
  'landing',
  'kiosk',
  'display',
  'staff',
  'shared',
];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (max, name) => Math.max(max, newestMtime(join(path, name))),
    stat.mtimeMs,
  );
}

export function buildIsStale(distDir: string): boolean {
  const stamp = join(distDir, '.build-stamp');
  if (!existsSync(stamp)) return true;
  const built = statSync(stamp).mtimeMs;
  return SOURCES.some((source) => newestMtime(join(root, source)) > built);
}

export async function ensureBuilt(
  distDir: string,
  options: { force?: boolean } = {},
): Promise<void> {
  if (!options.force && !buildIsStale(distDir)) return;
  console.log('Building the screens…');
  // In a child process: vite and rollup would otherwise stay in the memory of the server that
  // then runs all day.
  const vite = join(root, 'node_modules/vite/bin/vite.js');
  const args = ['build', '--config', join(root, 'vite.config.ts'), '--outDir', distDir];
  args.push('--logLevel', options.force ? 'info' : 'warn');
  await new Promise<void>((done, fail) => {
    const child = spawn(process.execPath, [vite, ...args], { cwd: root, stdio: 'inherit' });
    child.once('error', fail);
    child.once('exit', (code) =>
      code === 0 ? done() : fail(new Error(`the screens' build failed (exit code ${code})`)),
    );
  });
  writeFileSync(join(distDir, '.build-stamp'), new Date().toISOString());
}
