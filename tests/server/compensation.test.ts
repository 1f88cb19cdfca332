/**
 * 행정사무착오보상 (C12) recorded at the counter: only the cases the active charter compensates,
 * at its amount, once per ticket and kind; the charter report lists each with its reason.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, signInCookie } from '../helpers/fixture';

const now = new Date('2026-11-23T01:30:00Z'); // 10:30 in Seoul, a Monday
let t: Awaited<ReturnType<typeof createTestApp>>;
let counter: string;
let ticketId: number;
beforeAll(async () => {
  t = await createTestApp({ now: () => now });
  counter = await signInCookie(t.app, 'counter');
  const res = await t.app.request(
    '/api/tickets',
    json(
      { serviceId: t.hall.services.general, priority: false, idempotencyKey: 'comp-key-0001' },
      { authorization: `Bearer ${t.hall.tokens.kiosk}` },
    ),
  );
  const code = ((await res.json()) as { ticket: { code: string } }).ticket.code;
  ticketId = t.deps.store.tickets.byCode(code)!.id;
});
afterAll(() => t.close());

const setProfile = (id: string) =>
  t.deps.store.db.prepare('UPDATE halls SET profile_id = ? WHERE id = ?').run(id, t.hall.hallId);
const record = (body: unknown, cookie = counter) =>
  t.app.request('/api/compensation', json(body, { cookie }));

describe('compensation cases at the counter', () => {
  it('records a second visit at Gwangjin’s 10,000 won, once per ticket, and the report lists it', async () => {
    setProfile('gwangjin');
    const desk = await (
      await t.app.request('/api/compensation', { headers: { cookie: counter } })
    ).json();
    expect(desk).toMatchObject({
      kinds: ['secondVisit', 'lateDecision'],
      amountWon: 10000,
      today: [],
    });

    const body = { kind: 'secondVisit', ticketId, note: '서류 안내를 잘못 드려 다시 오셨습니다.' };
    const res = await record(body);
    expect(res.status).toBe(201);
    expect((await res.json()).case).toMatchObject({ kind: 'secondVisit', amountWon: 10000 });
    // A double tap, or a second officer: refused, nothing added.
    const again = await record(body);
    expect(again.status).toBe(409);
    expect((await again.json()).error.code).toBe('compensation_recorded');
    expect(
      await record({ kind: 'lateDecision', ticketId: null, note: '인허가 2일 지연', daysLate: 2 }),
    ).toHaveProperty('status', 201);

    const admin = await signInCookie(t.app, 'admin');
    const report = await (
      await t.app.request('/api/reports/charter?from=2026-11-23&to=2026-11-23&granularity=day', {
        headers: { cookie: admin },
      })
    ).json();
    expect(report.compensation.cases).toEqual([
      expect.objectContaining({ reason: 'secondVisit', ticketId, amountWon: 10000 }),
      expect.objectContaining({
        reason: 'lateDecision',
        ticketId: null,
        note: '인허가 2일 지연',
        daysLate: 2,
      }),
    ]);
    const csv = await (
      await t.app.request(
        '/api/reports/charter.csv?from=2026-11-23&to=2026-11-23&granularity=day&table=compensation',
        {
          headers: { cookie: admin },
        },
      )
    ).text();
    expect(csv).toContain('직원 잘못으로 재방문');
  });

  it('refuses what the charter does not compensate, and bad input, storing nothing', async () => {
    const count = () =>
      t.deps.store.db.prepare('SELECT count(*) AS n FROM compensation_cases').get() as {
        n: number;
      };
    const before = count().n;
    setProfile('mapo'); // Mapo's charter names no compensation
    const desk = await (
      await t.app.request('/api/compensation', { headers: { cookie: counter } })
    ).json();
    expect(desk.kinds).toEqual([]);
    const silent = await record({ kind: 'secondVisit', ticketId: null, note: '재방문' });
    expect(silent.status).toBe(409);
    expect((await silent.json()).error.code).toBe('compensation_not_in_charter');

    setProfile('gwangjin');
    expect(
      (await record({ kind: 'secondVisit', ticketId: 999_999, note: '없는 번호표' })).status,
    ).toBe(404);
    expect((await record({ kind: 'refund', ticketId: null, note: '?' })).status).toBe(400);
    expect(
      (await record({ kind: 'lateDecision', ticketId: null, note: '지연\u202E' })).status,
    ).toBe(400);
    expect((await record({ kind: 'lateDecision', ticketId: null, note: '   ' })).status).toBe(400);
    // Gwangjin compensates a permit once it is a day or more late: the days are asked for.
    for (const daysLate of [undefined, 0]) {
      const early = await record({ kind: 'lateDecision', ticketId: null, note: '지연', daysLate });
      expect(early.status).toBe(409);
      expect((await early.json()).error.code).toBe('compensation_not_late_enough');
    }
    const guide = await signInCookie(t.app, 'guide');
    expect(
      (await record({ kind: 'lateDecision', ticketId: null, note: '지연' }, guide)).status,
    ).toBe(403);
    expect(count().n).toBe(before);
  });
});
