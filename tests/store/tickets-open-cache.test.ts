/**
 * The open line kept in memory by the ticket store (for flat issue cost) says what the database
 * says: after each write, after a rolled-back transaction and after a write it did not make.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/fixture';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

const day = '2026-11-23';
const fromDb = () =>
  t.deps.store.db
    .prepare(
      `SELECT id, status, service_id FROM tickets WHERE day = ? AND status IN ('waiting', 'called')
       ORDER BY queued_at, id`,
    )
    .all(day);
const cached = () =>
  t.deps.store.tickets
    .open(t.hall.hallId, day)
    .map((r) => ({ id: r.id, status: r.status, service_id: r.service_id }));

function add(seq: number, at: string): number {
  return t.deps.store.tickets.insert(t.hall.hallId, {
    day,
    serviceId: t.hall.services.general,
    seq,
    number: `1${String(seq).padStart(3, '0')}`,
    code: `code${String(seq).padStart(12, '0')}`,
    class: 'normal',
    kioskId: null,
    idempotencyKey: null,
    issuedAt: at,
    estimate: null,
    peopleAhead: 0,
  });
}

describe('the open line in memory', () => {
  it('follows inserts, calls, finishes, transfers and cancels', () => {
    expect(cached()).toEqual([]);
    const a = add(1, '2026-11-23T01:00:00.000Z');
    const b = add(2, '2026-11-23T01:01:00.000Z');
    const c = add(3, '2026-11-23T00:59:00.000Z');
    expect(cached()).toEqual(fromDb());
    expect(cached().map((r) => r.id)).toEqual([c, a, b]);
    t.deps.store.tickets.call(t.hall.hallId, a, t.hall.counters[0]!, '2026-11-23T01:02:00.000Z');
    t.deps.store.tickets.transfer(t.hall.hallId, b, t.hall.services.tax);
    expect(cached()).toEqual(fromDb());
    t.deps.store.tickets.finish(t.hall.hallId, a, 'done', '2026-11-23T01:05:00.000Z');
    t.deps.store.tickets.cancel(t.hall.hallId, c, '2026-11-23T01:06:00.000Z');
    expect(cached()).toEqual(fromDb());
    expect(cached().map((r) => r.id)).toEqual([b]);
  });

  it('forgets what a rolled-back transaction wrote', () => {
    add(1, '2026-11-23T01:00:00.000Z');
    expect(cached()).toHaveLength(1);
    expect(() =>
      t.deps.store.tx(() => {
        add(2, '2026-11-23T01:01:00.000Z');
        throw new Error('the command failed half-way');
      }),
    ).toThrow('half-way');
    expect(cached()).toEqual(fromDb());
    expect(cached()).toHaveLength(1);
  });
});
