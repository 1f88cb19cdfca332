/** Opens the hall database with the pragmas Annae relies on and brings its schema up to date. */
import Database from 'better-sqlite3';
import { migrations } from './migrations';

export type Db = Database.Database;

export class FutureDatabaseError extends Error {
  constructor(found: number, known: number) {
    super(
      `This database has schema version ${found}, but this Annae knows only up to ${known}. ` +
        'It was written by a newer Annae: upgrade Annae, or restore a backup. The file was left untouched.',
    );
    this.name = 'FutureDatabaseError';
  }
}

export function openDatabase(file: string): Db {
  const db = new Database(file);
  try {
    // Checked before any pragma writes to the file, so a refused database stays as it was.
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > migrations.length) throw new FutureDatabaseError(version, migrations.length);
    // Readers (screens' snapshots) never wait for the writer, and a crash mid-write leaves the
    // last committed transaction intact.
    db.pragma('journal_mode = WAL');
    // FULL: a ticket acknowledged to a kiosk survives a power cut, not only a process crash.
    db.pragma('synchronous = FULL');
    // SQLite leaves foreign keys off by default; the schema depends on them.
    db.pragma('foreign_keys = ON');
    // A backup or a second process may hold the lock briefly; wait rather than fail a command.
    db.pragma('busy_timeout = 5000');
    // C15: a purged phone number or complaint text is overwritten in the file, not only unlinked.
    db.pragma('secure_delete = ON');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Applies the missing migrations in one transaction; refuses a database from the future. */
export function migrate(db: Db, list: readonly string[] = migrations): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > list.length) throw new FutureDatabaseError(current, list.length);
  if (current === list.length) return current;
  db.transaction(() => {
    for (const sql of list.slice(current)) db.exec(sql);
    db.pragma(`user_version = ${list.length}`);
  })();
  return list.length;
}
