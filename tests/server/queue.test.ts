import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeStaleTickets } from '../../server/commands/queue';
import { join } from 'node:path';
import { createApp } from '../../server/app';
import { createHub } from '../../server/realtime/hub';
import { openDatabase } from '../../server/store/db';
import { createStore } from '../../server/store';
import { createTestApp, json, signInCookie } from '../helpers/fixture';

let now = new Date('2026-11-23T01:30:00Z'); // 10:30 KST, a Monday
let t: Awaited<ReturnType<typeof createTestApp>>;
let cookie: string;
beforeEach(async () => {
  now = new Date('2026-11-23T01:30:00Z');
  t = await createTestApp({ now: () => now });
  cookie = await signInCookie(t.app, 'counter');
});
afterEach(() => t.close());

type Ticket = {
  code: string;
  number: string;
  peopleAhead: number;
  status: string;
  counterNumber: number | null;
};
let keySeq = 0;

async function issue(
  serviceId: number,
  priority = false,
  key = `key-${++keySeq}-xxxxxxxx`,
  extra: { task?: string } = {},
) {
  const res = await t.app.request(
    '/api/tickets',
    json(
      { serviceId, priority, idempotencyKey: key, ...extra },
      { authorization: `Bearer ${t.hall.tokens.kiosk}` },
    ),
  );
  return { res, ticket: res.ok ? ((await res.json()) as { ticket: Ticket }).ticket : null };
}

const counter = (index: 0 | 1) => t.hall.counters[index]!;
const post = (path: string, body: unknown = {}) =>
  t.app.request(`/api${path}`, json(body, { cookie }));
const rows = () =>
  t.deps.store.db.prepare('SELECT number, status, service_id FROM tickets ORDER BY id').all();

describe('issuing', () => {
  it('numbers tickets per service and day in the outline format', async () => {
    const a = await issue(t.hall.services.general);
    now = new Date(now.getTime() + 60_000);
    const b = await issue(t.hall.services.general);
    const c = await issue(t.hall.services.tax);
    expect([a.ticket?.number, b.ticket?.number, c.ticket?.number]).toEqual([
      '1001',
      '1002',
      '7001',
    ]);
    expect(b.ticket?.peopleAhead).toBe(1);
    expect(a.ticket?.code).toMatch(/^[a-z0-9]{16}$/);
    now = new Date('2026-11-24T00:30:00Z'); // next day, 09:30 KST
    expect((await issue(t.hall.services.general)).ticket?.number).toBe('1001');
  });

  it('gives two visitors two tickets within 10 s: a different key is a different visitor', async () => {
    const first = await issue(t.hall.services.general, false, 'visitor-one-123456');
    now = new Date(now.getTime() + 2_000);
    const second = await issue(t.hall.services.general, false, 'visitor-two-123456');
    expect(first.ticket?.number).toBe('1001');
    expect(second.ticket?.number).toBe('1002');
    expect(second.ticket?.code).not.toBe(first.ticket?.code);
    expect(rows()).toHaveLength(2);
  });

  it('gives one key one ticket, after 10 s and across a restart of the server', async () => {
    const first = await issue(t.hall.services.general, false, 'same-key-123456');
    expect((await issue(t.hall.services.general, false, 'same-key-123456')).ticket?.code).toBe(
      first.ticket?.code,
    );
    now = new Date(now.getTime() + 11_000);
    expect((await issue(t.hall.services.general, false, 'same-key-123456')).ticket?.code).toBe(
      first.ticket?.code,
    );
    // A restart: the database is closed and opened again by a new app.
    t.deps.store.db.close();
    const store = createStore(openDatabase(join(t.dir, 'annae.db')));
    const app = createApp({ ...t.deps, store, hub: createHub() });
    now = new Date(now.getTime() + 60 * 60_000);
    const res = await app.request(
      '/api/tickets',
      json(
        { serviceId: t.hall.services.general, priority: false, idempotencyKey: 'same-key-123456' },
        { authorization: `Bearer ${t.hall.tokens.kiosk}` },
      ),
    );
    expect(res.ok).toBe(true);
    const after = ((await res.json()) as { ticket: Ticket }).ticket;
    expect(after.code).toBe(first.ticket?.code);
    expect(after.number).toBe('1001');
    expect(store.db.prepare('SELECT count(*) AS n FROM tickets').get()).toEqual({ n: 1 });
    store.db.close();
  });

  it('refuses outside hours with when it opens, and refuses unknown services; nothing stored', async () => {
    now = new Date('2026-11-22T23:00:00Z'); // 08:00 KST
    const early = await issue(t.hall.services.general);
    expect(early.res.status).toBe(409);
    expect(await early.res.json()).toMatchObject({
      error: { code: 'before_hours', details: [{ path: 'opensAt', message: '09:00' }] },
    });
    now = new Date('2026-11-23T01:30:00Z');
    const unknown = await issue(9999);
    expect(unknown.res.status).toBe(404);
    expect(await unknown.res.json()).toMatchObject({ error: { code: 'unknown_service' } });
    expect(rows()).toHaveLength(0);
  });

  it('lets only kiosks issue tickets', async () => {
    const res = await t.app.request(
      '/api/tickets',
      json({ serviceId: 1, priority: false, idempotencyKey: 'abcdefgh12' }, { cookie }),
    );
    expect(res.status).toBe(403);
  });
});

describe('at the counter', () => {
  const later = (ms = 60_000) => (now = new Date(now.getTime() + ms));
  const callNext = async (index: 0 | 1 = 0) => {
    const res = await post(`/counters/${counter(index)}/call-next`);
    return {
      status: res.status,
      body: (await res.json()) as { ticket?: { number: string }; error?: { code: string } },
    };
  };

  it('keeps the task chosen at the kiosk for the counter, and refuses a task the service lacks', async () => {
    const wrong = await issue(t.hall.services.general, false, undefined, { task: '전입신고' });
    expect(wrong.res.status).toBe(422);
    expect(await wrong.res.json()).toMatchObject({
      error: {
        code: 'unknown_task',
        details: [{ path: 'task', message: 'Not one of: 등본, 초본' }],
      },
    });
    const taxTask = await issue(t.hall.services.tax, false, undefined, { task: '등본' });
    expect(taxTask.res.status).toBe(422);
    expect(rows()).toHaveLength(0);

    await issue(t.hall.services.general, false, undefined, { task: '초본' });
    later();
    await issue(t.hall.services.general); // "잘 모르겠습니다": no task
    const first = await callNext();
    expect(first.body.ticket).toMatchObject({ number: '1001', task: '초본' });
    const second = await callNext();
    expect(second.body.ticket).toMatchObject({ number: '1002', task: null });
  });

  it('calls by the profile’s ratio (one priority after three normal), finishing the last ticket', async () => {
    for (const priority of [false, true, false, false, false]) {
      await issue(t.hall.services.general, priority);
      later(15_000);
    }
    const order: string[] = [];
    for (let i = 0; i < 5; i += 1) order.push((await callNext()).body.ticket?.number ?? '');
    expect(order).toEqual(['1001', '1003', '1004', '1002', '1005']);
    expect(rows().filter((r) => (r as { status: string }).status === 'done')).toHaveLength(4);
  });

  it('recalls, refuses a no-show before the recalls, then marks it; every step is stored', async () => {
    const { ticket } = await issue(t.hall.services.general);
    await callNext();
    const early = await post(`/counters/${counter(0)}/no-show`);
    expect(early.status).toBe(409);
    expect(await early.json()).toMatchObject({ error: { code: 'recall_first' } });
    expect((await post(`/counters/${counter(0)}/recall`)).status).toBe(200);
    expect((await post(`/counters/${counter(0)}/recall`)).status).toBe(200);
    expect((await post(`/counters/${counter(0)}/no-show`)).status).toBe(200);
    const row = t.deps.store.tickets.byCode(ticket!.code)!;
    expect(row.status).toBe('no_show');
    expect(t.deps.store.tickets.steps(row.id).map((s) => s.step)).toEqual([
      'issued',
      'called',
      'recalled',
      'recalled',
      'no_show',
    ]);
  });

  it('refuses a call on a closed counter, on an empty queue, and done with nothing called; nothing changes', async () => {
    const empty = await callNext();
    expect(empty.status).toBe(409);
    expect(empty.body.error?.code).toBe('queue_empty');
    expect((await post(`/counters/${counter(0)}/done`)).status).toBe(409);
    await issue(t.hall.services.general);
    await post(`/counters/${counter(0)}/state`, { state: 'lunch' });
    const closed = await callNext();
    expect(closed.status).toBe(409);
    expect(closed.body.error?.code).toBe('counter_closed');
    expect(rows()).toEqual([
      { number: '1001', status: 'waiting', service_id: t.hall.services.general },
    ]);
    expect((await post(`/counters/${counter(0)}/state`, { state: 'asleep' })).status).toBe(400);
    expect((await post(`/counters/9999/call-next`)).status).toBe(404);
  });

  it('calls a number out of order and transfers keeping the place by original issue time', async () => {
    const first = await issue(t.hall.services.general);
    later();
    await issue(t.hall.services.tax);
    later();
    const third = await issue(t.hall.services.general);
    const id = t.deps.store.tickets.byCode(third.ticket!.code)!.id;
    const specific = await post(`/counters/${counter(0)}/call`, { ticketId: id });
    expect(((await specific.json()) as { ticket: { number: string } }).ticket.number).toBe('1002');
    const firstId = t.deps.store.tickets.byCode(first.ticket!.code)!.id;
    expect((await post(`/tickets/${firstId}/transfer`, { serviceId: 9999 })).status).toBe(404);
    expect(
      (await post(`/tickets/${firstId}/transfer`, { serviceId: t.hall.services.tax })).status,
    ).toBe(200);
    // Counter 2 serves tax first: the transferred 1001 was issued before 7001, so it goes first.
    expect((await callNext(1)).body.ticket?.number).toBe('1001');
    expect((await callNext(1)).body.ticket?.number).toBe('7001');
  });

  it('answers a forged or unknown ticket code clearly', async () => {
    const forged = await t.app.request('/api/tickets/1001');
    expect(forged.status).toBe(400);
    const unknown = await t.app.request('/api/tickets/aaaaaaaaaaaaaaaa');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: 'unknown_ticket' } });
  });

  it('closes tickets left from an earlier day as not served, never carried over', async () => {
    await issue(t.hall.services.general);
    now = new Date('2026-11-24T00:30:00Z');
    expect(closeStaleTickets(t.deps, t.hall.hallId)).toBe(1);
    expect(rows()).toEqual([
      { number: '1001', status: 'closed', service_id: t.hall.services.general },
    ]);
    expect(closeStaleTickets(t.deps, t.hall.hallId)).toBe(0);
  });
});
