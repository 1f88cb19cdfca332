/**
 * Backups: an online backup of a live server's database while a kiosk keeps issuing tickets,
 * restored into a new data directory, row for row; restore refuses while the server runs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { backupDatabase, restoreDatabase } from '../../server/ops/backup';
import { startServer } from '../../server/start';
import { openDatabase } from '../../server/store/db';
import { createStore } from '../../server/store/index';
import { seedSmallHall, tempDir, testConfig } from '../helpers/fixture';
import { httpSignIn } from '../helpers/server';

const root = new URL('../..', import.meta.url).pathname;
const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

function temp() {
  const t = tempDir('annae-backup-');
  cleanups.push(t.remove);
  return t.dir;
}

function tablesOf(db: Database.Database): string[] {
  return (
    db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all() as { name: string }[]
  ).map((r) => r.name);
}

function rowsOf(db: Database.Database, table: string): Map<number, string> {
  const rows = db.prepare(`SELECT rowid AS _rid, * FROM "${table}"`).all() as Record<
    string,
    unknown
  >[];
  return new Map(rows.map((r) => [r._rid as number, JSON.stringify(r)]));
}

function runScript(script: string, args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', script), ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 45_000,
  });
}

async function liveServer() {
  const dir = temp();
  const db = openDatabase(join(dir, 'annae.db'));
  const hall = await seedSmallHall(createStore(db));
  db.close();
  // 10:00 in Seoul on a Monday: the hall is open and issues tickets.
  const server = await startServer(testConfig(dir, { startAt: new Date('2026-11-23T01:00:00Z') }));
  cleanups.push(() => server.close());
  return { dir, hall, server };
}

/** An administrator registering devices back to back until stopped; counts the acknowledged ones. */
function startWriter(url: string, cookie: string) {
  let stop = false;
  let acknowledged = 0;
  const done = (async () => {
    while (!stop) {
      const res = await fetch(`${url}/api/devices`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json' },
        body: JSON.stringify({ kind: 'display', name: `표시기 ${acknowledged + 1}` }),
      });
      if (res.status !== 201) throw new Error(`register failed: ${res.status} ${await res.text()}`);
      acknowledged++;
    }
  })();
  return {
    get acknowledged() {
      return acknowledged;
    },
    async stop() {
      stop = true;
      await done;
      return acknowledged;
    },
  };
}

describe('backup and restore', () => {
  it('backs up a live database under writes and restores it row for row', async () => {
    const { dir, server } = await liveServer();
    const writer = startWriter(server.url, await httpSignIn(server.url, 'admin'));
    while (writer.acknowledged < 20) await new Promise((r) => setTimeout(r, 5));
    const before = writer.acknowledged;

    const file = join(temp(), 'annae-backup.db');
    const info = await backupDatabase(dir, file);
    const during = writer.acknowledged;
    const total = await writer.stop();
    expect(info.halls).toBe(1);
    // The writer kept going while the backup ran: the backup is online, not a stop-the-world copy.
    expect(total).toBeGreaterThan(before);

    // Restore refuses while the server runs on the data directory.
    // In this process the pid is our own, so it is the health check on the port that refuses.
    await expect(restoreDatabase(file, dir)).rejects.toThrow(/Annae is running on/);
    const refused = runScript('restore.ts', [file], { ANNAE_DATA: dir });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/Annae is running on/);

    const target = join(temp(), 'restored');
    const restored = await restoreDatabase(file, target);
    expect(restored.kept).toBeNull();

    const live = new Database(join(dir, 'annae.db'), { readonly: true });
    const copy = new Database(join(target, 'annae.db'), { readonly: true });
    cleanups.push(() => {
      live.close();
      copy.close();
    });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.pragma('user_version', { simple: true })).toBe(
      live.pragma('user_version', { simple: true }),
    );
    expect(tablesOf(copy)).toEqual(tablesOf(live));
    // Every row of the backup is in the live database, unchanged; the live one only has more
    // devices (with their pairing codes) and events, written after the snapshot.
    for (const table of tablesOf(copy)) {
      const mine = rowsOf(copy, table);
      const theirs = rowsOf(live, table);
      for (const [rowid, row] of mine) expect(theirs.get(rowid), `${table} ${rowid}`).toBe(row);
      if (!['devices', 'pairing_codes', 'events'].includes(table))
        expect(mine.size, table).toBe(theirs.size);
    }
    // The small hall has 3 devices; every acknowledged registration before the backup is in it.
    const devices = (db: Database.Database) =>
      (db.prepare('SELECT count(*) AS n FROM devices').get() as { n: number }).n - 3;
    expect(devices(copy)).toBeGreaterThanOrEqual(before);
    expect(devices(copy)).toBeLessThanOrEqual(during + 1);
    expect(devices(live)).toBe(total);
  }, 60_000);

  it('runs from the command line and refuses what is not an Annae database', async () => {
    const { dir, server } = await liveServer();
    const out = join(temp(), 'cli.db');
    const backup = runScript('backup.ts', [out], { ANNAE_DATA: dir });
    expect(backup.stderr).toBe('');
    expect(backup.status).toBe(0);
    expect(backup.stdout).toMatch(/Backed up .* schema \d+, 1 hall/);
    expect(runScript('backup.ts', [out], { ANNAE_DATA: dir }).status).toBe(1); // never overwrites

    await server.close();
    expect(existsSync(join(dir, 'annae.pid'))).toBe(false);
    const restore = runScript('restore.ts', [out], { ANNAE_DATA: dir });
    expect(restore.stderr).toBe('');
    expect(restore.status).toBe(0);
    expect(restore.stdout).toMatch(/previous database is kept as .*before-restore/);

    const junk = join(temp(), 'junk.db');
    writeFileSync(junk, 'not a database at all, just text '.repeat(200));
    const bad = runScript('restore.ts', [junk], { ANNAE_DATA: dir });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/Restore refused: .*(not an SQLite database|cannot be opened)/);
    const other = join(temp(), 'other.db');
    const otherDb = new Database(other);
    otherDb.exec('CREATE TABLE t (x); PRAGMA user_version = 1;');
    otherDb.close();
    const wrong = runScript('restore.ts', [other], { ANNAE_DATA: dir });
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toMatch(/not an Annae database/);
  }, 90_000);

  it('lets a restore through when the pid file is stale (a crashed server)', async () => {
    const dir = temp();
    const db = openDatabase(join(dir, 'annae.db'));
    await seedSmallHall(createStore(db));
    db.close();
    const file = join(temp(), 'b.db');
    await backupDatabase(dir, file);
    // A pid no process has and a port nothing answers on.
    writeFileSync(join(dir, 'annae.pid'), JSON.stringify({ pid: 2 ** 22 + 17, port: 1 }));
    await expect(restoreDatabase(file, dir)).resolves.toMatchObject({ halls: 1 });
  });
});
