/**
 * 대기 취소 from the phone: the ticket closes as cancelled, the line moves up, a retry answers the
 * same, a called ticket cannot be cancelled, the estimator reads the departure as a no-show and
 * the charter report counts it apart from the waits.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, json, signInCookie } from '../helpers/fixture';

let now = new Date('2026-11-23T01:30:00Z'); // 10:30 KST
let t: Awaited<ReturnType<typeof createTestApp>>;
let cookie: string;
beforeEach(async () => {
  now = new Date('2026-11-23T01:30:00Z');
  t = await createTestApp({ now: () => now });
  cookie = await signInCookie(t.app, 'counter');
});
afterEach(() => t.close());

type Ticket = { code: string; number: string; status: string; peopleAhead: number };
let keySeq = 0;
async function issue(): Promise<Ticket> {
  now = new Date(now.getTime() + 60_000);
  const res = await t.app.request(
    '/api/tickets',
    json(
      { serviceId: t.hall.services.general, idempotencyKey: `cancel-${++keySeq}-key` },
      { authorization: `Bearer ${t.hall.tokens.kiosk}` },
    ),
  );
  return ((await res.json()) as { ticket: Ticket }).ticket;
}
const cancel = (code: string) => t.app.request(`/api/tickets/${code}/cancel`, json({}));
const read = async (code: string) =>
  ((await (await t.app.request(`/api/tickets/${code}`)).json()) as { ticket: Ticket }).ticket;
const callNext = async () => {
  now = new Date(now.getTime() + 60_000);
  const res = await t.app.request(
    `/api/counters/${t.hall.counters[0]}/call-next`,
    json({}, { cookie }),
  );
  return ((await res.json()) as { ticket: { number: string } }).ticket.number;
};

describe('대기 취소 from the phone', () => {
  it('closes the ticket as cancelled, moves the line up and skips it at the counter', async () => {
    const [a, b, c] = [await issue(), await issue(), await issue()];
    expect((await read(c!.code)).peopleAhead).toBe(2);
    now = new Date(now.getTime() + 7 * 60_000);
    const res = await cancel(b!.code);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { ticket: Ticket }).ticket.status).toBe('cancelled');
    expect((await read(b!.code)).status).toBe('cancelled');
    expect((await read(c!.code)).peopleAhead).toBe(1);
    // A retry whose answer was lost gets the same answer; nothing more is logged.
    const events = () =>
      t.deps.store.db
        .prepare("SELECT count(*) AS n FROM events WHERE type = 'ticket:cancelled'")
        .get();
    expect(events()).toEqual({ n: 1 });
    expect((await cancel(b!.code)).status).toBe(200);
    expect(events()).toEqual({ n: 1 });
    expect([await callNext(), await callNext()]).toEqual([a!.number, c!.number]);
  });

  it('refuses a ticket being called, a finished one and unknown or malformed codes', async () => {
    const a = await issue();
    await callNext();
    const called = await cancel(a.code);
    expect(called.status).toBe(409);
    expect(await called.json()).toMatchObject({ error: { code: 'already_called' } });
    expect((await read(a.code)).status).toBe('called');
    expect((await cancel('abcdefghijkmnpqr')).status).toBe(404);
    expect((await cancel('NOT-A-CODE')).status).toBe(400);
  });

  it('teaches the estimator a departure after its wait, and the report counts it apart', async () => {
    const a = await issue();
    await issue();
    now = new Date(now.getTime() + 12 * 60_000);
    await cancel(a.code);
    const day = '2026-11-23';
    const today = t.deps.store.tickets.finishedToday(t.hall.hallId, day);
    expect(today).toHaveLength(1);
    expect(today[0]).toMatchObject({ cancelled: 1 });
    expect(today[0]!.wait_min).toBeCloseTo(13, 3); // issued a minute before the second ticket
    expect(t.deps.store.tickets.finishedSince(t.hall.hallId, day)).toHaveLength(1);
    await callNext();
    const admin = await signInCookie(t.app, 'admin');
    const report = await t.app.request(`/api/reports/charter?from=${day}&to=${day}`, {
      headers: { cookie: admin },
    });
    const body = (await report.json()) as {
      waitsByService: { serviceId: number; total: number; cancelled: number }[];
    };
    expect(body.waitsByService.find((s) => s.serviceId === t.hall.services.general)).toMatchObject({
      total: 1,
      cancelled: 1,
    });
  });
});
