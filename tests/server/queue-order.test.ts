/**
 * "앞에 N명" against the truth: for random lines (priority and normal tickets, some already
 * called), the people ahead each ticket is told equal its place in the order that calling next
 * over and over actually produces, under the strict policy and under ratio policies.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, signInCookie } from '../helpers/fixture';

let now = new Date('2026-11-23T01:30:00Z');
let t: Awaited<ReturnType<typeof createTestApp>>;
let counterCookie: string;
let adminCookie: string;
beforeAll(async () => {
  t = await createTestApp({ now: () => now });
});
afterAll(() => t.close());

let keySeq = 0;
const kiosk = () => ({ authorization: `Bearer ${t.hall.tokens.kiosk}` });
const tick = () => (now = new Date(now.getTime() + 1_000));

async function issue(priority: boolean): Promise<string> {
  return (await issueTold(priority)).code;
}

/** Issues a ticket; its code and the people ahead the kiosk showed. */
async function issueTold(priority: boolean): Promise<{ code: string; peopleAhead: number }> {
  tick();
  const res = await t.app.request(
    '/api/tickets',
    json(
      { serviceId: t.hall.services.general, priority, idempotencyKey: `order-${++keySeq}-key` },
      kiosk(),
    ),
  );
  expect(res.ok).toBe(true);
  return ((await res.json()) as { ticket: { code: string; peopleAhead: number } }).ticket;
}

/** Calls next at counter 1 (general service only); the number called, or null when empty. */
async function callNext(): Promise<string | null> {
  tick();
  const res = await t.app.request(
    `/api/counters/${t.hall.counters[0]}/call-next`,
    json({}, { cookie: counterCookie }),
  );
  if (res.status === 409) return null;
  expect(res.ok).toBe(true);
  return ((await res.json()) as { ticket: { number: string } }).ticket.number;
}

async function told(code: string) {
  const res = await t.app.request(`/api/tickets/${code}`);
  return ((await res.json()) as { ticket: { number: string; status: string; peopleAhead: number } })
    .ticket;
}

describe('people ahead follow the call order', () => {
  it('equal each ticket’s place in the calls that follow, under strict and ratio policies', async () => {
    const policy = fc.oneof(
      fc.constant({ priorityPolicy: 'strict' as const, ratioNormal: null }),
      fc
        .integer({ min: 1, max: 4 })
        .map((n) => ({ priorityPolicy: 'ratio' as const, ratioNormal: n })),
    );
    // A day's history: issue a normal or priority ticket, or call the next one.
    const steps = fc.array(fc.constantFrom('normal', 'priority', 'call'), {
      minLength: 1,
      maxLength: 24,
    });
    await fc.assert(
      fc.asyncProperty(policy, steps, async (rules, history) => {
        // Each run is a new day: numbers and the ratio count start again.
        now = new Date(now.getTime() + 86_400_000);
        now.setUTCHours(1, 0, 0, 0);
        // Sessions last hours, not days: sign in again on each new day.
        counterCookie = await signInCookie(t.app, 'counter');
        adminCookie = await signInCookie(t.app, 'admin');
        const put = await t.app.request(`/api/hall/services/${t.hall.services.general}/rules`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json', cookie: adminCookie },
          body: JSON.stringify({ ...rules, stopBeforeCloseMin: null }),
        });
        if (!put.ok) throw new Error(await put.text());
        const codes: string[] = [];
        for (const step of history) {
          if (step === 'call') await callNext();
          else codes.push(await issue(step === 'priority'));
        }
        const waiting = (await Promise.all(codes.map(told))).filter((x) => x.status === 'waiting');
        const calls: string[] = [];
        for (let number = await callNext(); number !== null; number = await callNext()) {
          calls.push(number);
        }
        expect(calls).toHaveLength(waiting.length);
        for (const ticket of waiting) expect(calls.indexOf(ticket.number)).toBe(ticket.peopleAhead);
      }),
      { numRuns: 15 },
    );
  }, 120_000);
});

describe('the place stored at issue', () => {
  it('is the place the visitor was told, for a priority ticket under a ratio policy too', async () => {
    now = new Date(now.getTime() + 86_400_000);
    now.setUTCHours(1, 0, 0, 0);
    adminCookie = await signInCookie(t.app, 'admin');
    const put = await t.app.request(`/api/hall/services/${t.hall.services.general}/rules`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', cookie: adminCookie },
      body: JSON.stringify({ priorityPolicy: 'ratio', ratioNormal: 2, stopBeforeCloseMin: null }),
    });
    expect(put.ok).toBe(true);
    const shown = [];
    for (const priority of [false, false, false, true]) shown.push(await issueTold(priority));
    for (const { code, peopleAhead } of shown)
      expect(t.deps.store.tickets.byCode(code)!.people_ahead).toBe(peopleAhead);
    // Three normal tickets wait, but the priority one is called after two of them, not last.
    expect(shown.map((s) => s.peopleAhead)).toEqual([0, 1, 2, 2]);
  });
});
