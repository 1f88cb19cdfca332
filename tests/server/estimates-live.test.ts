import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { queueView } from '../../server/views/queues';
import { createTestApp, json, signInCookie } from '../helpers/fixture';

const DAY = '2026-11-23';
let now = new Date('2026-11-23T01:30:00Z'); // 10:30 KST, a Monday
let t: Awaited<ReturnType<typeof createTestApp>>;
let cookie: string;
beforeEach(async () => {
  now = new Date('2026-11-23T01:30:00Z');
  t = await createTestApp({ now: () => now });
  cookie = await signInCookie(t.app, 'counter');
});
afterEach(() => t.close());

let keySeq = 0;
async function issue(serviceId: number): Promise<number> {
  // A second ticket from the same kiosk within seconds is the same visitor's: step the clock.
  now = new Date(now.getTime() + 15_000);
  const res = await t.app.request(
    '/api/tickets',
    json(
      { serviceId, priority: false, idempotencyKey: `live-${++keySeq}-xxxxxxxx` },
      { authorization: `Bearer ${t.hall.tokens.kiosk}` },
    ),
  );
  expect(res.status).toBe(201);
  const open = t.deps.store.tickets.open(t.hall.hallId, DAY);
  return open[open.length - 1]!.id;
}

const setState = (counterId: number, body: Record<string, unknown>) =>
  t.app.request(`/api/counters/${counterId}/state`, json(body, { cookie }));
const inMinutes = (m: number) => new Date(now.getTime() + m * 60_000).toISOString();
const estimateOf = (ticketId: number) =>
  queueView(t.deps, t.hall.hallId).live(ticketId)?.estimate ?? null;

/** A finished call today: issued, called and done `durationMin` later, outside the live line. */
function finishedToday(serviceId: number, seq: number, durationMin: number) {
  const store = t.deps.store.tickets;
  const calledAt = new Date(now.getTime() - (seq + 1) * 40 * 60_000 + 120 * 60_000);
  const id = store.insert(t.hall.hallId, {
    day: DAY,
    serviceId,
    seq: 500 + seq,
    number: String(1500 + seq),
    code: `past${seq}code${serviceId}`,
    class: 'normal',
    kioskId: null,
    idempotencyKey: null,
    issuedAt: new Date(calledAt.getTime() - 5 * 60_000).toISOString(),
    estimate: null,
    peopleAhead: 0,
  });
  store.call(t.hall.hallId, id, t.hall.counters[0]!, calledAt.toISOString());
  store.finish(
    t.hall.hallId,
    id,
    'done',
    new Date(calledAt.getTime() + durationMin * 60_000).toISOString(),
  );
}

describe('live wait estimate', () => {
  it('counts on a counter back in 5 minutes sooner than on one away with no known return', async () => {
    // Only counter 2 serves 지방세: its break decides the wait.
    const taxCounter = t.hall.counters[1]!;
    const ticket = await issue(t.hall.services.tax);
    expect((await setState(taxCounter, { state: 'break', returnsAt: inMinutes(5) })).status).toBe(
      200,
    );
    const soon = estimateOf(ticket);
    expect((await setState(taxCounter, { state: 'break', returnsAt: null })).status).toBe(200);
    const unknown = estimateOf(ticket);
    expect(soon && unknown).toBeTruthy();
    expect(soon!.minutes).toBeGreaterThanOrEqual(4);
    expect(soon!.minutes).toBeLessThanOrEqual(8);
    expect(unknown!.minutes).toBeGreaterThan(soon!.minutes + 5);
    // A return in 60 minutes waits longer still than one in 5.
    await setState(taxCounter, { state: 'lunch', returnsAt: inMinutes(60) });
    expect(estimateOf(ticket)!.minutes).toBeGreaterThanOrEqual(55);
  });

  it('raises the estimate after a day of slow services', async () => {
    const tickets: number[] = [];
    for (let i = 0; i < 8; i++) tickets.push(await issue(t.hall.services.general));
    const last = tickets[tickets.length - 1]!;
    const before = estimateOf(last)!;
    // Thirty services today of 15 minutes each where the configured mean is 3.
    for (let i = 0; i < 30; i++) finishedToday(t.hall.services.general, i, 15);
    const after = estimateOf(last)!;
    expect(after.minutes).toBeGreaterThan(before.minutes * 1.5);
    expect(after.high).toBeGreaterThan(before.high);
  });

  it('validates the expected return and saves nothing when it is refused', async () => {
    const counterId = t.hall.counters[0]!;
    const past = await setState(counterId, { state: 'lunch', returnsAt: inMinutes(-1) });
    expect(past.status).toBe(400);
    const pastBody = (await past.json()) as { error: { code: string; message: string } };
    expect(pastBody.error.code).toBe('return_in_past');
    expect(pastBody.error.message).toMatch(/later than now/);

    const far = await setState(counterId, { state: 'break', returnsAt: inMinutes(4 * 60 + 1) });
    expect(far.status).toBe(400);
    expect(((await far.json()) as { error: { code: string } }).error.code).toBe('return_too_far');

    const open = await setState(counterId, { state: 'open', returnsAt: inMinutes(10) });
    expect(((await open.json()) as { error: { code: string } }).error.code).toBe('return_not_away');
    expect((await setState(counterId, { state: 'lunch', returnsAt: 'one o clock' })).status).toBe(
      400,
    );
    // The console's form: minutes from now on the server's clock.
    const zero = await setState(counterId, { state: 'break', returnInMin: 0 });
    expect(((await zero.json()) as { error: { code: string } }).error.code).toBe('return_in_past');
    const long = await setState(counterId, { state: 'lunch', returnInMin: 241 });
    expect(((await long.json()) as { error: { code: string } }).error.code).toBe('return_too_far');
    const both = await setState(counterId, {
      state: 'lunch',
      returnInMin: 30,
      returnsAt: inMinutes(30),
    });
    expect(both.status).toBe(400);
    const counter = () => t.deps.store.services.counters(t.hall.hallId)[0]!;
    expect(counter().state).toBe('open');
    expect((await setState(counterId, { state: 'break', returnInMin: 15 })).status).toBe(200);
    expect(counter()).toMatchObject({ state: 'break', returnsAt: inMinutes(15) });

    const ok = await setState(counterId, { state: 'lunch', returnsAt: inMinutes(4 * 60) });
    expect(ok.status).toBe(200);
    expect(counter()).toMatchObject({ state: 'lunch', returnsAt: inMinutes(4 * 60) });
    expect(counter().stateSince).toBe(now.toISOString());
    // Back at the counter: the return is forgotten.
    await setState(counterId, { state: 'open' });
    expect(counter().returnsAt).toBeNull();
  });
});
