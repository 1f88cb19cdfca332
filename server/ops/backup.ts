/**
 * Online backups and offline restores of a data directory's `annae.db`.
 *
 * Backup uses SQLite's online backup API (better-sqlite3's `db.backup()`) over a read-only
 * connection of its own: the running server keeps writing, and the copy is one consistent
 * snapshot. Restore refuses while a server runs on the data directory: the server keeps
 * `annae.pid` (pid and port) there while it is up; a restore refuses when that pid is alive or
 * the recorded port answers `/api/health`. A pid file left by a crash (dead pid, silent port) does
 * not block a restore.
 */
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { migrations } from '../store/migrations';

export const DB_FILE = 'annae.db';
export const PID_FILE = 'annae.pid';

export class OpsError extends Error {}

type PidInfo = { pid: number; port: number; startedAt: string };

/** Written by the server once it listens; removed when it closes. */
export function writePidFile(dataDir: string, port: number): () => void {
  const file = join(dataDir, PID_FILE);
  const info: PidInfo = { pid: process.pid, port, startedAt: new Date().toISOString() };
  writeFileSync(file, JSON.stringify(info));
  return () => {
    try {
      const current = JSON.parse(readFileSync(file, 'utf8')) as PidInfo;
      if (current.pid === process.pid && current.port === port) unlinkSync(file);
    } catch {
      // already gone
    }
  };
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function healthAnswers(port: number): Promise<boolean> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/api/health`, {
      signal: AbortSignal.timeout(1000),
    });
    return res.ok;
  } catch {
    return false;
  }
}

/** Why a server seems to be running on this data directory, or null. */
export async function runningServer(dataDir: string): Promise<string | null> {
  const file = join(dataDir, PID_FILE);
  if (!existsSync(file)) return null;
  let info: PidInfo;
  try {
    info = JSON.parse(readFileSync(file, 'utf8')) as PidInfo;
  } catch {
    return null;
  }
  if (typeof info.pid === 'number' && info.pid !== process.pid && pidAlive(info.pid)) {
    return `process ${info.pid} (started ${info.startedAt}, port ${info.port}) holds ${file}`;
  }
  if (typeof info.port === 'number' && info.port > 0 && (await healthAnswers(info.port))) {
    return `a server answers on port ${info.port}`;
  }
  return null;
}

/** Checks that `file` is an intact Annae database of a version this Annae knows. */
export function checkAnnaeDatabase(file: string): { version: number; halls: number } {
  if (!existsSync(file) || !statSync(file).isFile()) throw new OpsError(`${file} is not a file.`);
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw new OpsError(`${file} cannot be opened as SQLite: ${(err as Error).message}`);
  }
  try {
    let version: number;
    let check: string;
    try {
      version = db.pragma('user_version', { simple: true }) as number;
      check = db.pragma('quick_check', { simple: true }) as string;
    } catch (err) {
      throw new OpsError(`${file} is not an SQLite database: ${(err as Error).message}`);
    }
    if (check !== 'ok') throw new OpsError(`${file} is damaged: ${check}`);
    if (version < 1) throw new OpsError(`${file} is not an Annae database (no schema version).`);
    if (version > migrations.length) {
      throw new OpsError(
        `${file} has schema version ${version}; this Annae knows only up to ${migrations.length}. Upgrade Annae first.`,
      );
    }
    const names = new Set(
      (
        db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
          name: string;
        }[]
      ).map((row) => row.name),
    );
    for (const table of ['halls', 'events', 'devices', 'accounts']) {
      if (!names.has(table)) throw new OpsError(`${file} is not an Annae database (no ${table}).`);
    }
    const { n } = db.prepare('SELECT count(*) AS n FROM halls').get() as { n: number };
    return { version, halls: n };
  } finally {
    db.close();
  }
}

/** Copies the live database of `dataDir` to `target`, online, as one consistent snapshot. */
export async function backupDatabase(
  dataDir: string,
  target: string,
): Promise<{ version: number; halls: number; bytes: number }> {
  const source = join(dataDir, DB_FILE);
  if (!existsSync(source)) throw new OpsError(`There is no ${DB_FILE} in ${dataDir}.`);
  if (existsSync(target)) throw new OpsError(`${target} exists already; choose a new file.`);
  const db = new Database(source, { readonly: true, fileMustExist: true });
  const partial = `${target}.partial`;
  try {
    db.pragma('busy_timeout = 5000');
    rmSync(partial, { force: true });
    await db.backup(partial);
  } catch (err) {
    rmSync(partial, { force: true });
    throw new OpsError(`The backup failed: ${(err as Error).message}`);
  } finally {
    db.close();
  }
  syncFile(partial);
  const info = checkAnnaeDatabase(partial);
  renameSync(partial, target);
  return { ...info, bytes: statSync(target).size };
}

function syncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Replaces `dataDir/annae.db` by the backup `file`. Refuses while a server runs there. The
 * database it replaces is kept beside it as `annae.db.before-restore-<time>`.
 */
export async function restoreDatabase(
  file: string,
  dataDir: string,
): Promise<{ version: number; halls: number; kept: string | null }> {
  const running = await runningServer(dataDir);
  if (running) {
    throw new OpsError(
      `Annae is running on ${dataDir} (${running}). Stop the server, then restore.`,
    );
  }
  const info = checkAnnaeDatabase(file);
  mkdirSync(dataDir, { recursive: true });
  const target = join(dataDir, DB_FILE);
  const incoming = `${target}.restoring`;
  copyFileSync(file, incoming);
  syncFile(incoming);
  let kept: string | null = null;
  if (existsSync(target)) {
    kept = `${target}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(target, kept);
  }
  // A WAL left beside the old file belongs to it, not to the restored one.
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(target + suffix)) {
      if (kept) renameSync(target + suffix, kept + suffix);
      else rmSync(target + suffix, { force: true });
    }
  }
  renameSync(incoming, target);
  return { ...info, kept };
}
