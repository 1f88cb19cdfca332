import { afterEach, describe, expect, it } from 'vitest';
import { tickHelp } from '../../server/commands/help';
import { createLive, type AppSocket } from '../../shared/live';
import type { HelpPage, KioskHelpPage } from '../../shared/schemas/help';
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

/** A server whose clock stands still until the test moves it; two guides on duty. */
async function start() {
  const r = await startStillServer(START);
  running.push(r);
  const { store } = r.server.deps;
  const guide2 = store.accounts.add(
    r.hall.hallId,
    {
      username: 'guide2',
      displayName: '둘째 도우미',
      role: 'guide',
      staffId: null,
      passwordHash: store.accounts.forSignIn('guide')!.passwordHash,
      mustChangePassword: false,
    },
    START.toISOString(),
  );
  return {
    ...r,
    guides: [r.session(r.hall.accounts.guide), r.session(guide2)],
    counter: r.session(r.hall.accounts.counter),
  };
}

function open(url: string, options: Parameters<typeof client>[1] = {}) {
  const socket = client(url, options);
  sockets.push(socket);
  return socket;
}

async function post<T = unknown>(
  url: string,
  path: string,
  auth: { cookie?: string; token?: string },
  body: unknown = {},
): Promise<{ status: number; body: T }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (auth.cookie) headers.cookie = auth.cookie;
  if (auth.token) headers.authorization = `Bearer ${auth.token}`;
  const res = await fetch(`${url}/api/help${path}`, {
    method: 'POST',
    headers,
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as T };
}

async function onDuty(url: string, cookie: string) {
  const res = await post(url, '/duty', { cookie }, { onDuty: true });
  expect(res.status).toBe(200);
}

describe('call bell', () => {
  it('pages every on-duty guide, lets exactly one of two racing guides win, and tells the kiosk each step', async () => {
    const s = await start();
    const guideLives = s.guides.map((cookie) =>
      createLive(open(s.url, { cookie }), { kind: 'guides' }),
    );
    const kioskLive = createLive(open(s.url, { deviceToken: s.hall.tokens.kiosk }), {
      kind: 'help',
    });
    await eventually(
      () => guideLives.every((l) => l.state.value !== null) && kioskLive.state.value !== null,
      5000,
      'snapshots',
    );
    expect(kioskLive.state.value?.page).toBeNull();
    for (const cookie of s.guides) await onDuty(s.url, cookie);
    await eventually(
      () => guideLives.every((l) => l.state.value?.guides.filter((g) => g.onDuty).length === 2),
      5000,
      'both on duty',
    );

    const kiosk = { token: s.hall.tokens.kiosk };
    const called = await post<{ page: KioskHelpPage }>(s.url, '/pages', kiosk);
    expect(called.status).toBe(201);
    const pageId = called.body.page.id;
    await eventually(
      () => guideLives.every((l) => l.state.value?.pages[0]?.id === pageId),
      5000,
      'both guides paged',
    );
    await eventually(() => kioskLive.state.value?.page?.status === 'open', 5000, 'kiosk open');

    // One open request per kiosk: a second tap is the same request, and the choice can follow.
    const again = await post<{ page: KioskHelpPage }>(s.url, '/pages', kiosk, {
      kind: 'mobility',
    });
    expect(again.body.page.id).toBe(pageId);
    expect(again.body.page.kind).toBe('mobility');

    const [a, b] = await Promise.all(
      s.guides.map((cookie) =>
        post<{ page?: HelpPage; error?: { code: string } }>(s.url, `/pages/${pageId}/accept`, {
          cookie,
        }),
      ),
    );
    const statuses = [a!.status, b!.status].sort();
    expect(statuses).toEqual([200, 409]);
    const loser = a!.status === 409 ? a! : b!;
    expect(loser.body.error?.code).toBe('page_taken');
    const winnerCookie = a!.status === 200 ? s.guides[0]! : s.guides[1]!;
    const loserCookie = a!.status === 200 ? s.guides[1]! : s.guides[0]!;
    await eventually(
      () => kioskLive.state.value?.page?.status === 'accepted',
      5000,
      'kiosk sees accepted',
    );
    expect(kioskLive.state.value?.page?.guideName).toBeTruthy();

    // The loser may not work the page either; nothing changes.
    const stolen = await post<{ error: { code: string } }>(s.url, `/pages/${pageId}/resolve`, {
      cookie: loserCookie,
    });
    expect(stolen.status).toBe(403);
    expect(stolen.body.error.code).toBe('not_your_page');
    expect(s.server.deps.store.help.get(s.hall.hallId, pageId)?.status).toBe('accepted');

    s.advance(1);
    expect((await post(s.url, `/pages/${pageId}/arrive`, { cookie: winnerCookie })).status).toBe(
      200,
    );
    await eventually(() => kioskLive.state.value?.page?.status === 'arrived', 5000, 'arrived');
    s.advance(3);
    const resolved = await post<{ page: HelpPage }>(
      s.url,
      `/pages/${pageId}/resolve`,
      { cookie: winnerCookie },
      { note: '서류 작성 도움' },
    );
    expect(resolved.status).toBe(200);
    await eventually(() => kioskLive.state.value?.page?.status === 'resolved', 5000, 'resolved');

    // Every time is kept for the charter report.
    const row = s.server.deps.store.help.get(s.hall.hallId, pageId)!;
    expect(row.requested_at).toBe(START.toISOString());
    expect(row.accepted_at).toBe(START.toISOString());
    expect(row.arrived_at).toBe(new Date(START.getTime() + 60_000).toISOString());
    expect(row.resolved_at).toBe(new Date(START.getTime() + 4 * 60_000).toISOString());
    expect(row.note).toBe('서류 작성 도움');
    await eventually(
      () => guideLives.every((l) => l.state.value?.pages[0]?.status === 'resolved'),
      5000,
      'guides see resolved',
    );
  });

  it('escalates to the counters when nobody accepts within the profile limit', async () => {
    const s = await start();
    const counterLive = createLive(open(s.url, { cookie: s.counter }), { kind: 'counter' });
    const kioskLive = createLive(open(s.url, { deviceToken: s.hall.tokens.kiosk }), {
      kind: 'help',
    });
    await eventually(
      () => counterLive.state.value !== null && kioskLive.state.value !== null,
      5000,
      'snapshots',
    );
    expect(counterLive.state.value?.helpAlerts).toEqual([]);
    const called = await post<{ page: KioskHelpPage }>(s.url, '/pages', {
      token: s.hall.tokens.kiosk,
    });
    const pageId = called.body.page.id;

    // Just under the demo profile's 2 minutes: nothing yet.
    s.advance(1.9);
    expect(tickHelp(s.server.deps)).toBe(0);
    s.advance(0.2);
    expect(tickHelp(s.server.deps)).toBe(1);
    await eventually(
      () => counterLive.state.value?.helpAlerts?.[0]?.id === pageId,
      5000,
      'counter alert',
    );
    await eventually(() => kioskLive.state.value?.page?.escalated === true, 5000, 'kiosk told');
    // Once is enough.
    expect(tickHelp(s.server.deps)).toBe(0);

    // A guide takes it after all: the counters' alert clears.
    expect((await post(s.url, `/pages/${pageId}/accept`, { cookie: s.guides[0]! })).status).toBe(
      200,
    );
    await eventually(() => counterLive.state.value?.helpAlerts?.length === 0, 5000, 'cleared');
  });

  it('refuses bad input and changes nothing', async () => {
    const s = await start();
    const kiosk = { token: s.hall.tokens.kiosk };
    const guide = { cookie: s.guides[0]! };

    // A kiosk that is not paired (an unknown token) cannot call.
    const unpaired = await post<{ error: { code: string } }>(s.url, '/pages', {
      token: 'not-a-token',
    });
    expect(unpaired.status).toBe(401);
    // Staff cannot call as a kiosk.
    expect((await post(s.url, '/pages', guide)).status).toBe(403);
    expect(s.server.deps.store.help.recent(s.hall.hallId, START.toISOString())).toHaveLength(0);

    const called = await post<{ page: KioskHelpPage }>(s.url, '/pages', kiosk);
    const pageId = called.body.page.id;
    // Resolving a page nobody accepted.
    const early = await post<{ error: { code: string } }>(s.url, `/pages/${pageId}/resolve`, guide);
    expect(early.status).toBe(403);
    expect(early.body.error.code).toBe('not_your_page');
    expect(s.server.deps.store.help.get(s.hall.hallId, pageId)?.status).toBe('open');

    const cancelled = await post<{ page: KioskHelpPage }>(s.url, `/pages/${pageId}/cancel`, kiosk);
    expect(cancelled.body.page.status).toBe('cancelled');
    const late = await post<{ error: { code: string } }>(s.url, `/pages/${pageId}/accept`, guide);
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('page_cancelled');
    const row = s.server.deps.store.help.get(s.hall.hallId, pageId)!;
    expect(row.status).toBe('cancelled');
    expect(row.guide_id).toBeNull();
    expect(row.accepted_at).toBeNull();

    // An unknown page, a malformed kind.
    expect((await post(s.url, '/pages/9999/accept', guide)).status).toBe(404);
    expect((await post(s.url, '/pages', kiosk, { kind: 'teleport' })).status).toBe(400);
  });

  it('reminds guides of an escorted visit and pages it at the lead time', async () => {
    const s = await start();
    const guideLive = createLive(open(s.url, { cookie: s.guides[0]! }), { kind: 'guides' });
    await eventually(() => guideLive.state.value !== null, 5000, 'snapshot');
    const at = new Date(START.getTime() + 30 * 60_000).toISOString();
    const booked = await post<{ appointment: { id: number; contact: string } }>(
      s.url,
      '/appointments',
      { cookie: s.counter },
      { at, entrance: '정문', need: 'mobility', contact: '010-1234-5678' },
    );
    expect(booked.status).toBe(201);
    expect(booked.body.appointment.contact).toBe('***-****-5678');
    s.advance(19);
    expect(tickHelp(s.server.deps)).toBe(0);
    s.advance(1); // 10 minutes before: the reminder
    expect(tickHelp(s.server.deps)).toBe(1);
    await eventually(
      () => guideLive.state.value?.appointments[0]?.status === 'reminded',
      5000,
      'reminded',
    );
    s.advance(5); // 5 minutes before (Mapo's lead): a page to work
    expect(tickHelp(s.server.deps)).toBe(1);
    await eventually(
      () => guideLive.state.value?.pages[0]?.appointmentId === booked.body.appointment.id,
      5000,
      'paged',
    );
    expect(guideLive.state.value?.pages[0]?.place.name).toBe('정문');
  });
});
