/**
 * Escorted visits called off by staff (issue 8): the guides' list drops the visit live, the clock
 * never pages it, and a visit that is already a page, already cancelled or unknown is refused
 * with a clear error and nothing changed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { tickHelp } from '../../server/commands/help';
import { createLive, type AppSocket } from '../../shared/live';
import { client, eventually, startStillServer } from '../helpers/server';

type Running = Awaited<ReturnType<typeof startStillServer>>;
const running: Running[] = [];
const sockets: AppSocket[] = [];
afterEach(async () => {
  sockets.splice(0).forEach((s) => s.disconnect());
  for (const r of running.splice(0)) {
    await r.server.close();
    r.remove();
  }
});

const START = new Date('2026-11-23T01:30:00Z');

async function start() {
  const r = await startStillServer(START);
  running.push(r);
  return {
    ...r,
    guide: r.session(r.hall.accounts.guide),
    counter: r.session(r.hall.accounts.counter),
  };
}

async function post<T = unknown>(url: string, path: string, cookie: string | null, body = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (cookie) headers.cookie = cookie;
  const res = await fetch(`${url}/api/help${path}`, {
    method: 'POST',
    headers,
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as T };
}

type Booked = { appointment: { id: number; status: string } };
type Refused = { error: { code: string } };

describe('escorted visits: cancel', () => {
  it('staff cancel a booked visit; the guides see it go and it is never paged', async () => {
    const s = await start();
    const socket = client(s.url, { cookie: s.guide });
    sockets.push(socket);
    const guides = createLive(socket, { kind: 'guides' });
    await eventually(() => guides.state.value !== null, 5000, 'snapshot');
    const at = new Date(START.getTime() + 30 * 60_000).toISOString();
    const booked = await post<Booked>(s.url, '/appointments', s.counter, {
      at,
      entrance: '정문',
      need: 'mobility',
      contact: '010-1234-5678',
    });
    expect(booked.status).toBe(201);
    const id = booked.body.appointment.id;
    await eventually(
      () => guides.state.value?.appointments.some((a) => a.id === id) ?? false,
      5000,
      'booked visit shown',
    );
    s.advance(20); // reminded (10 minutes ahead): still cancellable
    expect(tickHelp(s.server.deps)).toBe(1);

    const cancelled = await post<Booked>(s.url, `/appointments/${id}/cancel`, s.guide);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.appointment.status).toBe('cancelled');
    await eventually(
      () => guides.state.value?.appointments.find((a) => a.id === id)?.status === 'cancelled',
      5000,
      'cancelled live',
    );
    const events = s.server.deps.store.events
      .recent(s.hall.hallId, 500)
      .filter((e) => e.type === 'help:escort-cancelled');
    expect(events).toHaveLength(1);

    // At the time nothing is paged, and a second cancel is refused.
    s.advance(10);
    expect(tickHelp(s.server.deps)).toBe(0);
    expect(guides.state.value?.pages.some((p) => p.appointmentId === id)).toBe(false);
    const again = await post<Refused>(s.url, `/appointments/${id}/cancel`, s.counter);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('already_cancelled');
  });

  it('refuses a visit already paged, an unknown one, and anyone not signed in', async () => {
    const s = await start();
    const at = new Date(START.getTime() + 15 * 60_000).toISOString();
    const booked = await post<Booked>(s.url, '/appointments', s.counter, {
      at,
      entrance: '후문',
      need: 'vision',
      contact: '010-2222-3333',
    });
    const id = booked.body.appointment.id;
    s.advance(5); // reminded
    tickHelp(s.server.deps);
    s.advance(5); // paged (5 minutes ahead)
    tickHelp(s.server.deps);
    expect(s.server.deps.store.help.appointment(s.hall.hallId, id)?.status).toBe('paged');

    const paged = await post<Refused>(s.url, `/appointments/${id}/cancel`, s.counter);
    expect(paged.status).toBe(409);
    expect(paged.body.error.code).toBe('already_paged');
    expect(s.server.deps.store.help.appointment(s.hall.hallId, id)?.status).toBe('paged');

    const unknown = await post<Refused>(s.url, '/appointments/99999/cancel', s.counter);
    expect(unknown.status).toBe(404);
    const anonymous = await post<Refused>(s.url, `/appointments/${id}/cancel`, null);
    expect(anonymous.status).toBe(401);
  });
});
