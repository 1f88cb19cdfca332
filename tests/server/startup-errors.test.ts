/**
 * A data directory the server cannot write, or a full disk, at start: one clear sentence on
 * stderr and exit code 1, never a stack trace. Spawns the real entry point, as `npm start` does (`scripts/start.mjs`).
 *
 * Tests run as root, where chmod 555 does not stop writes, so the always-run case puts the data
 * directory under a regular file (mkdir fails with ENOTDIR, exactly the path a read-only or
 * missing mount takes). Where the test may mount (root with CAP_SYS_ADMIN, as on the dev box), it
 * also mounts a read-only tmpfs (EROFS: a real read-only directory, which root cannot write
 * either) and a 1 MB tmpfs (a full disk); elsewhere those two are skipped.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/fixture';

const root = new URL('../..', import.meta.url).pathname;
const tmp = tempDir('annae-startup-');
const mounted: string[] = [];

function tryMount(dir: string, options: string): boolean {
  mkdirSync(dir, { recursive: true });
  const res = spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], {
    encoding: 'utf8',
  });
  if (res.status !== 0) return false;
  mounted.push(dir);
  return true;
}
const canMount =
  process.platform === 'linux' &&
  process.getuid?.() === 0 &&
  tryMount(join(tmp.dir, 'probe'), 'size=1m');

afterAll(() => {
  for (const dir of mounted.reverse()) spawnSync('umount', [dir]);
  tmp.remove();
});

function start(dataDir: string) {
  return spawnSync(process.execPath, [join(root, 'scripts/start.mjs')], {
    cwd: root,
    env: {
      ...process.env,
      ANNAE_DATA: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      // A dist that needs no build: the refusal must come before any build work.
      ANNAE_DIST: join(tmp.dir, 'no-dist'),
    },
    encoding: 'utf8',
    timeout: 35_000,
  });
}

function expectClearRefusal(res: ReturnType<typeof start>, why: RegExp) {
  expect(res.status).toBe(1);
  expect(res.stdout).not.toMatch(/Serving on/);
  expect(res.stderr).toMatch(/^Annae did not start: /);
  expect(res.stderr).toMatch(why);
  // A sentence, not a stack trace.
  expect(res.stderr).not.toMatch(/\n\s+at /);
  expect(res.stderr.trim().split('\n')).toHaveLength(1);
}

describe('start on an unusable data directory', () => {
  it('refuses a data directory that cannot be created (under a regular file)', () => {
    const file = join(tmp.dir, 'a-file');
    writeFileSync(file, 'not a directory');
    const res = start(join(file, 'data'));
    expectClearRefusal(res, /cannot write its data directory .*ENOTDIR.*ANNAE_DATA/);
  }, 40_000);

  it.runIf(canMount)(
    'refuses a read-only data directory (read-only mount, even for root)',
    () => {
      const dir = join(tmp.dir, 'ro');
      expect(tryMount(dir, 'size=1m')).toBe(true);
      // A data directory that was fine yesterday and is read-only today.
      mkdirSync(join(dir, 'photos'));
      expect(spawnSync('mount', ['-o', 'remount,ro', dir]).status).toBe(0);
      expectClearRefusal(start(dir), /cannot write its data directory .*EROFS/);
    },
    40_000,
  );

  it.runIf(canMount)(
    'refuses a full disk with a sentence',
    () => {
      const dir = join(tmp.dir, 'full');
      expect(tryMount(dir, 'size=1m')).toBe(true);
      expectClearRefusal(start(dir), /disk of the data directory .* is full/);
    },
    40_000,
  );
});
