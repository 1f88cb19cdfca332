/**
 * The role matrix: every HTTP route, socket event and stream of server/auth/policy.ts, called as
 * each kind of caller, is allowed exactly where its row says so. "Allowed" means the answer is
 * not 401/403 (a 400 for an empty body or a 404 for an unknown id still got past the door).
 *
 * The expected answers are the matrix checked in beside this file (role-matrix.expected.ts), not
 * the policy table under test: widening a policy row fails here until the reviewed matrix says so
 * too. A route Hono registers under /api without a row fails here, and so does a row without a
 * route, a socket handler without a row, or a stream kind without a subscription below.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routePolicy, socketPolicy, streamPolicy, type Audience } from '../../server/auth/policy';
import { expectedEvents, expectedRoutes, expectedStreams } from './role-matrix.expected';
import { sha256, newToken } from '../../server/auth/secrets';
import { startServer, type RunningServer } from '../../server/start';
import { openDatabase } from '../../server/store/db';
import { createStore } from '../../server/store/index';
import type { AppSocket } from '../../shared/live';
import type { StreamKind, StreamRef } from '../../shared/streams';
import { DeviceSettings } from '../../shared/schemas/devices';
import {
  createTestApp,
  seedSmallHall,
  signInCookie,
  tempDir,
  testConfig,
  type SmallHall,
} from '../helpers/fixture';
import { client, httpSignIn } from '../helpers/server';

type Caller =
  | 'anonymous'
  | 'kiosk'
  | 'display'
  | 'guide-device'
  | 'admin'
  | 'counter'
  | 'guide'
  | 'revoked-device';
const CALLERS: readonly Caller[] = [
  'anonymous',
  'kiosk',
  'display',
  'guide-device',
  'admin',
  'counter',
  'guide',
  'revoked-device',
];

/** What the policy should let through for each caller; a revoked device is refused everywhere. */
function expectedAllowed(caller: Caller, allowed: readonly Audience[]): boolean {
  if (caller === 'revoked-device') return false;
  const mine = new Set<Audience>(['public', caller === 'anonymous' ? 'public' : caller]);
  return allowed.some((a) => mine.has(a));
}

const OPEN_AT = new Date('2026-11-23T01:00:00Z'); // 10:00 in Seoul, a Monday: the hall is open

/** One spare device to revoke, one revoked kiosk, and a ticket, on top of the small hall. */
async function extras(hall: SmallHall, store: ReturnType<typeof createStore>) {
  const iso = OPEN_AT.toISOString();
  const spare = store.devices.add(hall.hallId, 'display', '여분', DeviceSettings.parse({}), iso);
  const revokedToken = newToken();
  const revoked = store.devices.add(hall.hallId, 'kiosk', '회수', DeviceSettings.parse({}), iso);
  store.devices.setToken(hall.hallId, revoked, sha256(revokedToken), iso);
  store.devices.revoke(hall.hallId, revoked, iso);
  return { spare, revokedToken };
}

/** A plausible value for each route parameter, by route family; a well-formed dummy otherwise. */
function fillPath(
  path: string,
  values: { ticketId: number; ticketCode: string; spareDevice: number; hall: SmallHall },
): string {
  return path.replace(/:([a-zA-Z]+)/g, (_, name: string) => {
    if (name === 'code') return values.ticketCode;
    if (name === 'screen') return 'board';
    if (name === 'file') return 'nobody.png';
    if (name === 'id') {
      if (path.startsWith('/api/devices/')) return String(values.spareDevice);
      if (path.startsWith('/api/tickets/')) return String(values.ticketId);
      if (path.startsWith('/api/counters/')) return String(values.hall.counters[0]);
      // Accounts and retirement are destructive (a reset or a retired officer signs the counter
      // caller out): an account that does not exist, and a staff member nobody signs in as.
      if (path.startsWith('/api/staff/accounts/')) return '999';
      if (/^\/api\/staff\/:id\/(retire|reinstate)$/.test(path)) {
        return String(values.hall.staff[2]);
      }
      // The counter account's own staff member, so an own-record check does not refuse it.
      if (path.startsWith('/api/staff/')) return String(values.hall.staff[1]);
      return '1';
    }
    if (/id$/i.test(name)) return '1';
    // Codes, receipts, slugs: a well-formed token that names nothing (a 404 is still "allowed").
    return 'k3v9q2m7x4b8n6p1';
  });
}

describe('role matrix: HTTP routes', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let values: Parameters<typeof fillPath>[1];
  let revokedToken: string;
  const cookies = new Map<Caller, string>();

  beforeAll(async () => {
    t = await createTestApp({ now: () => OPEN_AT });
    const more = await extras(t.hall, t.deps.store);
    revokedToken = more.revokedToken;
    const issued = await t.app.request('/api/tickets', {
      method: 'POST',
      headers: {
        authorization: `Bearer ${t.hall.tokens.kiosk}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ serviceId: t.hall.services.general, idempotencyKey: 'matrix-ticket' }),
    });
    expect(issued.status).toBe(201);
    const { ticket } = (await issued.json()) as { ticket: { code: string } };
    const row = t.deps.store.tickets.byCode(ticket.code);
    values = { ticketId: row!.id, ticketCode: ticket.code, spareDevice: more.spare, hall: t.hall };
  });
  afterAll(() => t.close());

  async function headersOf(caller: Caller): Promise<Record<string, string>> {
    switch (caller) {
      case 'anonymous':
        return {};
      case 'kiosk':
        return { authorization: `Bearer ${t.hall.tokens.kiosk}` };
      case 'display':
        return { authorization: `Bearer ${t.hall.tokens.display}` };
      case 'guide-device':
        return { authorization: `Bearer ${t.hall.tokens.guide}` };
      case 'revoked-device':
        return { authorization: `Bearer ${revokedToken}` };
      default: {
        // Signed in afresh when a sign-out call ended the last session.
        if (!cookies.has(caller)) cookies.set(caller, await signInCookie(t.app, caller));
        return { cookie: cookies.get(caller)! };
      }
    }
  }

  it('has a row for every /api route Hono registered, and a route for every row', () => {
    const registered = new Set(
      t.app.routes
        .filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL' && !r.path.endsWith('*'))
        .map((r) => `${r.method} ${r.path.replace(/\/$/, '')}`),
    );
    const rows = new Set(Object.keys(routePolicy));
    expect(
      [...registered].filter((r) => !rows.has(r)),
      'routes without a policy row',
    ).toEqual([]);
    expect(
      [...rows].filter((r) => !registered.has(r)),
      'policy rows without a route',
    ).toEqual([]);
  });

  it('has the policy rows the reviewed matrix has, audience for audience', () => {
    const sorted = (o: Record<string, readonly string[]>) =>
      Object.fromEntries(Object.entries(o).map(([k, v]) => [k, [...v].sort()]));
    expect(sorted(routePolicy), 'routes: change role-matrix.expected.ts on purpose').toEqual(
      sorted(expectedRoutes),
    );
    expect(sorted(socketPolicy), 'events').toEqual(sorted(expectedEvents));
    expect(sorted(streamPolicy), 'streams').toEqual(sorted(expectedStreams));
  });

  it('lets each caller through exactly where the reviewed matrix says', async () => {
    const mismatches: string[] = [];
    let calls = 0;
    for (const [key, allowed] of Object.entries(expectedRoutes)) {
      const [method, path] = key.split(' ') as [string, string];
      const url = fillPath(path, values);
      for (const caller of CALLERS) {
        const headers = await headersOf(caller);
        const init: RequestInit = { method, headers };
        if (method !== 'GET' && method !== 'HEAD') {
          init.headers = { ...headers, 'content-type': 'application/json' };
          init.body = '{}';
        }
        const res = await t.app.request(url, init);
        calls++;
        if (res.status >= 500) mismatches.push(`${key} as ${caller}: ${res.status}`);
        const got = res.status !== 401 && res.status !== 403;
        // Health answers before any sign-in check (a monitor must reach it in a burst): a revoked
        // device's token is not even looked at there.
        const want = key === 'GET /api/health' ? true : expectedAllowed(caller, allowed);
        if (got !== want) {
          const body = await res.text();
          mismatches.push(
            `${key} as ${caller}: ${res.status}, the matrix says ${want ? 'allowed' : 'refused'} ${body.slice(0, 120)}`,
          );
        }
        if (caller === 'revoked-device' && key !== 'GET /api/health')
          expect(res.status, key).toBe(401);
        if (!want && caller === 'anonymous') expect(res.status, key).toBe(401);
        if (key === 'POST /api/auth/sign-out') cookies.delete(caller);
      }
    }
    expect(mismatches).toEqual([]);
    expect(calls).toBe(Object.keys(expectedRoutes).length * CALLERS.length);
  }, 90_000);
});

/** A subscription for every stream kind; the type makes a new kind fail to compile until added. */
const STREAM_REFS: {
  [K in StreamKind]: (ctx: { code: string }) => Extract<StreamRef, { kind: K }>;
} = {
  kiosk: () => ({ kind: 'kiosk' }),
  board: () => ({ kind: 'board' }),
  seats: () => ({ kind: 'seats', department: 'civil' }),
  guides: () => ({ kind: 'guides' }),
  help: () => ({ kind: 'help' }),
  counter: () => ({ kind: 'counter' }),
  admin: () => ({ kind: 'admin' }),
  ticket: ({ code }) => ({ kind: 'ticket', code }),
};

/** A payload each socket event accepts from a caller who may send it. */
const EVENT_PAYLOADS: Record<string, (ctx: { code: string }) => unknown> = {
  // A public stream: what is checked is the event's row, not a stream's.
  'stream:subscribe': ({ code }) => ({ kind: 'ticket', code }),
};
const RESERVED = new Set(['disconnect', 'disconnecting', 'error']);

describe('role matrix: socket events and streams', () => {
  let server: RunningServer;
  let hall: SmallHall;
  let remove: () => void;
  let code: string;
  let revokedToken: string;
  const sockets = new Map<Caller, AppSocket>();
  let revokedError = '';

  beforeAll(async () => {
    const tmp = tempDir();
    remove = tmp.remove;
    const db = openDatabase(join(tmp.dir, 'annae.db'));
    const store = createStore(db);
    hall = await seedSmallHall(store);
    revokedToken = (await extras(hall, store)).revokedToken;
    db.close();
    server = await startServer(testConfig(tmp.dir, { startAt: OPEN_AT }));
    const issued = await fetch(`${server.url}/api/tickets`, {
      method: 'POST',
      headers: { authorization: `Bearer ${hall.tokens.kiosk}`, 'content-type': 'application/json' },
      body: JSON.stringify({ serviceId: hall.services.general, idempotencyKey: 'matrix-ticket' }),
    });
    expect(issued.status).toBe(201);
    code = ((await issued.json()) as { ticket: { code: string } }).ticket.code;

    for (const caller of CALLERS) {
      const options: Parameters<typeof client>[1] =
        caller === 'kiosk'
          ? { deviceToken: hall.tokens.kiosk }
          : caller === 'display'
            ? { deviceToken: hall.tokens.display }
            : caller === 'guide-device'
              ? { deviceToken: hall.tokens.guide }
              : caller === 'revoked-device'
                ? { deviceToken: revokedToken }
                : caller === 'anonymous'
                  ? {}
                  : { cookie: await httpSignIn(server.url, caller) };
      const socket = client(server.url, { ...options });
      socket.io.reconnection(false);
      sockets.set(caller, socket);
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', () => resolve());
        socket.once('connect_error', (err) => {
          if (caller === 'revoked-device') {
            revokedError = err.message;
            resolve();
          } else reject(err);
        });
      });
    }
  });
  afterAll(async () => {
    for (const socket of sockets.values()) socket.disconnect();
    await server.close();
    remove();
  });

  it('refuses a revoked device at the handshake', () => {
    expect(revokedError).toBe('device_revoked');
    expect(sockets.get('revoked-device')!.connected).toBe(false);
  });

  it('has a policy row for every event a connected socket listens to', () => {
    const names = new Set<string>();
    for (const socket of server.io.sockets.sockets.values()) {
      for (const name of socket.eventNames())
        if (!RESERVED.has(String(name))) names.add(String(name));
    }
    expect(names.size).toBeGreaterThan(0);
    expect(
      [...names].filter((n) => !(n in socketPolicy)),
      'events without a row',
    ).toEqual([]);
    expect(
      Object.keys(socketPolicy).filter((n) => !(n in EVENT_PAYLOADS)),
      'events without a payload in this test',
    ).toEqual([]);
  });

  async function emit(caller: Caller, event: string, payload: unknown) {
    const socket = sockets.get(caller)!;
    const res = (await (
      socket.timeout(3000) as unknown as {
        emitWithAck: (e: string, p: unknown) => Promise<unknown>;
      }
    ).emitWithAck(event, payload)) as { ok: boolean; error?: { code: string } };
    return res;
  }

  const refused = (res: { ok: boolean; error?: { code: string } }) =>
    !res.ok && ['forbidden', 'unauthorized', 'device_revoked'].includes(res.error?.code ?? '');

  it('lets each caller send each event exactly where the reviewed matrix says', async () => {
    const mismatches: string[] = [];
    for (const [event, allowed] of Object.entries(expectedEvents)) {
      for (const caller of CALLERS) {
        if (caller === 'revoked-device') continue; // never connected: checked above
        const res = await emit(caller, event, EVENT_PAYLOADS[event]!({ code }));
        if (!res.ok && res.error?.code === 'internal')
          mismatches.push(`${event} as ${caller}: 500`);
        const want = expectedAllowed(caller, allowed);
        if (!refused(res) !== want)
          mismatches.push(`${event} as ${caller}: ${JSON.stringify(res).slice(0, 120)}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('lets each caller follow each stream exactly where the reviewed matrix says', async () => {
    expect(Object.keys(STREAM_REFS).sort()).toEqual(Object.keys(streamPolicy).sort());
    const mismatches: string[] = [];
    for (const [kind, allowed] of Object.entries(expectedStreams) as [StreamKind, Audience[]][]) {
      for (const caller of CALLERS) {
        if (caller === 'revoked-device') continue;
        const res = await emit(caller, 'stream:subscribe', STREAM_REFS[kind]({ code }));
        if (!res.ok && res.error?.code === 'internal') mismatches.push(`${kind} as ${caller}: 500`);
        const want = expectedAllowed(caller, allowed);
        if (!refused(res) !== want)
          mismatches.push(`${kind} as ${caller}: ${JSON.stringify(res).slice(0, 160)}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
