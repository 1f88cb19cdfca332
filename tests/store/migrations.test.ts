import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { FutureDatabaseError, migrate, openDatabase } from '../../server/store/db';
import { migrations } from '../../server/store/migrations';
import { tempDir } from '../helpers/fixture';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((fn) => fn()));

function fresh() {
  const tmp = tempDir();
  cleanups.push(tmp.remove);
  return join(tmp.dir, 'annae.db');
}

describe('migrations', () => {
  it('builds a fresh database to the latest version with STRICT tables and hall_id everywhere', () => {
    const db = openDatabase(fresh());
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = db
      .prepare<[], { name: string; sql: string }>(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
      )
      .all();
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining([
        'halls',
        'floors',
        'departments',
        'staff',
        'services',
        'counters',
        'devices',
        'accounts',
        'events',
      ]),
    );
    for (const table of tables) {
      expect(table.sql, table.name).toMatch(/\) STRICT$/);
      if (table.name !== 'halls')
        expect(table.sql, table.name).toContain('hall_id INTEGER NOT NULL');
    }
    db.close();
  });

  it('is a no-op when run again', () => {
    const file = fresh();
    openDatabase(file).close();
    const db = openDatabase(file);
    expect(migrate(db)).toBe(migrations.length);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    db.close();
  });

  it('applies only the missing migrations, in one transaction', () => {
    const db = new Database(':memory:');
    migrate(db, ['CREATE TABLE a (x INTEGER) STRICT']);
    expect(
      migrate(db, ['CREATE TABLE a (x INTEGER) STRICT', 'CREATE TABLE b (y INTEGER) STRICT']),
    ).toBe(2);
    // A failing migration leaves the version and the tables as they were.
    expect(() => migrate(db, ['', '', 'CREATE TABLE c (z INTEGER) STRICT', 'NOT SQL'])).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'c'").get()).toEqual({
      n: 0,
    });
  });

  it('refuses a database from a newer Annae and leaves the file untouched', () => {
    const file = fresh();
    const raw = new Database(file);
    raw.pragma(`user_version = ${migrations.length + 5}`);
    raw.close();
    const before = readFileSync(file);
    const mtime = statSync(file).mtimeMs;
    expect(() => openDatabase(file)).toThrow(FutureDatabaseError);
    expect(() => openDatabase(file)).toThrow(/newer Annae/);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(statSync(file).mtimeMs).toBe(mtime);
  });

  it('keeps the event log append-only', () => {
    const db = openDatabase(fresh());
    db.prepare(
      "INSERT INTO halls (slug, name, name_en, open_time, close_time, profile_id, created_at) VALUES ('h', 'h', 'h', '09:00', '18:00', 'demo', 'now')",
    ).run();
    db.prepare(
      "INSERT INTO events (hall_id, at, actor, type, payload) VALUES (1, 'now', 'test', 't', '{}')",
    ).run();
    expect(() => db.prepare('UPDATE events SET type = ?').run('x')).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM events').run()).toThrow(/append-only/);
    db.close();
  });
});
