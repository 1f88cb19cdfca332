import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoHall, type DemoHall } from '../../server/demo/demo-hall';
import { generateDemoHistory, historyDays } from '../../server/demo/history';
import { hallDay } from '../../shared/hall-time';
import { openDatabase, type Db } from '../../server/store/db';
import { createStore, type Store } from '../../server/store/index';
import { buildCharterReport } from '../../server/routes/reports';
import type { Deps } from '../../server/context';
import { createHub } from '../../server/realtime/hub';
import { testConfig } from '../helpers/fixture';

// Wednesday 2025-03-05, 09:30 KST.
const NOW = new Date('2025-03-05T00:30:00.000Z');
const cheapHash = async (p: string) => `test:${p}`;
const dirs: string[] = [];
const dbs: Db[] = [];

async function fresh(options: Parameters<typeof createDemoHall>[3] = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'annae-history-'));
  dirs.push(dir);
  const db = openDatabase(join(dir, 'annae.db'));
  dbs.push(db);
  const store = createStore(db);
  const demo = await createDemoHall(store, dir, NOW, { hashPassword: cheapHash, ...options });
  return { store, demo, dir };
}

const fingerprint = (store: Store) =>
  store.db
    .prepare(
      `SELECT day, service_id, number, code, status, issued_at, first_called_at, finished_at,
         estimate_min, counter_id FROM tickets ORDER BY id`,
    )
    .all();

let store: Store;
let demo: DemoHall;
let dir: string;
beforeAll(async () => {
  ({ store, demo, dir } = await fresh());
});
afterAll(() => {
  for (const db of dbs) db.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('the demo hall’s simulated history', () => {
  it('covers the four weeks of weekdays before today and ends yesterday', () => {
    const days = historyDays(NOW, 20);
    expect(days).toHaveLength(20);
    expect(days[days.length - 1]).toBe('2025-03-04');
    expect(days[0]).toBe('2025-02-05');
    const rows = store.db
      .prepare<[], { day: string; n: number }>(
        'SELECT day, count(*) AS n FROM tickets GROUP BY day',
      )
      .all();
    expect(rows.map((r) => r.day)).toEqual(days);
    for (const r of rows) expect(r.n).toBeGreaterThan(100);
    // Weekends are closed.
    for (const r of rows) expect([0, 6]).not.toContain(new Date(`${r.day}T00:00:00Z`).getUTCDay());
  });

  it('leaves today untouched: an empty queue and numbers that start at 1', () => {
    const today = hallDay(NOW);
    expect(store.tickets.open(demo.hallId, today)).toEqual([]);
    const service = store.services.list(demo.hallId)[0]!;
    expect(store.tickets.issuedToday(demo.hallId, today, service.id)).toBe(0);
    expect(store.tickets.nextSeq(demo.hallId, today, service.id)).toBe(1);
    const later = store.db
      .prepare<[string], { n: number }>('SELECT count(*) AS n FROM tickets WHERE issued_at >= ?')
      .get(`${today}T00:00:00+09:00`.replace('+09:00', ''));
    expect(later?.n).toBe(0);
  });

  it('has realistic tickets: waits, estimates at issue, and a lunch dip', () => {
    const t = store.db
      .prepare<[], { n: number; est: number; served: number; meanWait: number; within: number }>(
        `SELECT count(*) AS n, count(estimate_min) AS est, sum(status = 'done') AS served,
           avg((julianday(first_called_at) - julianday(issued_at)) * 1440) AS meanWait,
           avg((julianday(first_called_at) - julianday(issued_at)) * 1440 <= 5) AS within
         FROM tickets`,
      )
      .get()!;
    expect(t.est).toBe(t.n);
    expect(t.served / t.n).toBeGreaterThan(0.9);
    expect(t.meanWait).toBeGreaterThan(1);
    expect(t.meanWait).toBeLessThan(30);
    expect(t.within).toBeGreaterThan(0.4);
    expect(t.within).toBeLessThan(0.95);
    // The lunch rotation halves the counters from 11:30 to 13:30 KST: waits rise around noon.
    const waitAround = (fromZ: string, toZ: string) =>
      store.db
        .prepare<[string, string], { w: number }>(
          `SELECT avg((julianday(first_called_at) - julianday(issued_at)) * 1440) AS w FROM tickets
           WHERE substr(issued_at, 12, 2) >= ? AND substr(issued_at, 12, 2) < ?`,
        )
        .get(fromZ, toZ)!.w;
    expect(waitAround('02', '04')).toBeGreaterThan(3 * waitAround('05', '07'));
  });

  it('has pages, callbacks, complaints (some late), surveys and petitions, all marked demo', () => {
    const count = (sql: string) => store.db.prepare<[], { n: number }>(sql).get()?.n ?? 0;
    expect(count('SELECT count(*) AS n FROM help_pages')).toBeGreaterThan(50);
    expect(count('SELECT count(*) AS n FROM callbacks')).toBeGreaterThan(20);
    expect(count('SELECT count(*) AS n FROM survey_answers')).toBeGreaterThan(100);
    expect(count('SELECT count(*) AS n FROM survey_answers WHERE demo = 0')).toBe(0);
    expect(count('SELECT count(*) AS n FROM feedback WHERE demo = 0')).toBe(0);
    expect(count(`SELECT count(*) AS n FROM feedback WHERE kind = 'complaint'`)).toBeGreaterThan(5);
    expect(
      count(
        `SELECT count(*) AS n FROM feedback WHERE kind != 'praise' AND answered_at IS NOT NULL
           AND julianday(answered_at) - julianday(created_at) > 3`,
      ),
    ).toBeGreaterThan(0);
    expect(count('SELECT count(*) AS n FROM complex_petitions WHERE demo = 1')).toBeGreaterThan(2);
    expect(count('SELECT count(*) AS n FROM counter_log')).toBeGreaterThan(100);
    expect(store.demoHistory.range(demo.hallId)).toMatchObject({
      fromDay: '2025-02-05',
      toDay: '2025-03-04',
    });
    expect(store.events.ofType(demo.hallId, 'hall:demo-history')).toHaveLength(1);
  });

  it('makes the charter report meaningful and says it is demo data', () => {
    const deps = {
      store,
      hub: createHub(),
      config: testConfig(dir),
      clock: { now: () => NOW },
    } as Deps;
    const report = buildCharterReport(deps, demo.hallId, {
      from: '2025-02-03',
      to: '2025-03-05',
      granularity: 'week',
    });
    expect(report.demoData).toBe(true);
    expect(report.demoRange).toEqual({ fromDay: '2025-02-05', toDay: '2025-03-04' });
    for (const id of ['wait', 'helper', 'callback', 'complaint', 'petitionNotice', 'lunch']) {
      const p = report.promises.find((x) => x.id === id);
      expect(p?.overall.total, id).toBeGreaterThan(0);
      expect(p?.buckets.length, id).toBeGreaterThanOrEqual(4);
    }
    // Lunch rotation keeps most lines open; the lone counters sometimes leave a gap.
    const lunch = report.promises.find((x) => x.id === 'lunch')!;
    expect(lunch.overall.share!).toBeGreaterThan(0.7);
    expect(lunch.overall.share!).toBeLessThan(1);
    expect(report.surveys.length).toBeGreaterThanOrEqual(4);
    expect(report.estimates.every((e) => e.count > 0)).toBe(true);
    expect(report.compensation.cases.length).toBeGreaterThan(0);
    expect(report.waitsByService.every((s) => s.departmentName !== '')).toBe(true);
  });

  it('is the same every time for the same day', async () => {
    const again = await fresh();
    expect(fingerprint(again.store)).toEqual(fingerprint(store));
  });

  it('is fast: under a second of CPU for four weeks', async () => {
    const bare = await fresh({ history: false });
    expect(bare.store.db.prepare('SELECT count(*) AS n FROM tickets').get()).toEqual({ n: 0 });
    // CPU time, not wall time: the machine running the tests may be shared.
    const before = process.cpuUsage();
    const summary = bare.store.tx(() => generateDemoHistory(bare.store, bare.demo.hallId, NOW));
    const used = process.cpuUsage(before);
    expect(summary.tickets).toBeGreaterThan(5000);
    expect((used.user + used.system) / 1000).toBeLessThan(1000);
  });
});
