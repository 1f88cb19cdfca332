/**
 * Fuzzing with fast-check: random and mutated requests across every route of the policy table
 * (read live, so new routes are fuzzed as soon as they have a row) and random socket events.
 * Properties: no 5xx and no internal error, the server keeps answering, and a rejected request
 * (any 4xx) leaves every table exactly as it was (a checksum of all rows before and after).
 *
 * Size: ANNAE_FUZZ_RUNS requests over HTTP (default 600) and a fifth of that as socket events
 * (default 120): about 15 s on an idle 2-core box. `ANNAE_FUZZ_RUNS=8400 npx vitest run tests/server/fuzz.test.ts`
 * runs the 10,000 (8,400 HTTP requests + 1,680 socket events); ANNAE_FUZZ_SEED replays.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { routePolicy, socketPolicy } from '../../server/auth/policy';
import { sha256 } from '../../server/auth/secrets';
import type { Role } from '../../shared/schemas/accounts';
import { startServer, type RunningServer } from '../../server/start';
import type { Db } from '../../server/store/db';
import { openDatabase } from '../../server/store/db';
import { createStore } from '../../server/store/index';
import type { AppSocket } from '../../shared/live';
import { DeviceSettings } from '../../shared/schemas/devices';
import {
  createTestApp,
  PASSWORD,
  seedSmallHall,
  signInCookie,
  tempDir,
  testConfig,
  type SmallHall,
} from '../helpers/fixture';
import { client, httpSignIn, waitFor } from '../helpers/server';

const RUNS = Number(process.env.ANNAE_FUZZ_RUNS ?? 600);
const SOCKET_RUNS = Math.max(50, Math.round(RUNS / 5));
const SEED = process.env.ANNAE_FUZZ_SEED ? Number(process.env.ANNAE_FUZZ_SEED) : undefined;
const OPEN_AT = new Date('2026-11-23T01:00:00Z'); // 10:00 in Seoul, a Monday

type Caller = 'anonymous' | 'kiosk' | 'display' | 'guide-device' | 'admin' | 'counter' | 'guide';
const CALLERS: Caller[] = [
  'anonymous',
  'kiosk',
  'display',
  'guide-device',
  'admin',
  'counter',
  'guide',
];

/** A checksum of every row of every table. */
function checksum(db: Db): string {
  const hash = createHash('sha256');
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all() as { name: string }[];
  for (const { name } of tables) {
    hash.update(`\n#${name}\n`);
    for (const row of db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).raw().iterate()) {
      hash.update(JSON.stringify(row));
    }
  }
  return hash.digest('hex');
}

/** Which table changed, to make a failure readable. */
function tableSums(db: Db): Record<string, string> {
  const out: Record<string, string> = {};
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all() as { name: string }[];
  for (const { name } of tables) {
    out[name] = createHash('sha1')
      .update(JSON.stringify(db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).raw().all()))
      .digest('hex');
  }
  return out;
}

const FIELD_NAMES = [
  'serviceId',
  'ticketId',
  'state',
  'kind',
  'name',
  'code',
  'username',
  'password',
  'idempotencyKey',
  'priority',
  'departmentId',
  'staffId',
  'presence',
  'note',
  'returnAt',
  'text',
  'phone',
  'rating',
  'comment',
  'settings',
  'deviceId',
  'id',
  'receipt',
  'answer',
];
const weirdStrings = fc.constantFrom(
  '',
  ' ',
  '0',
  '-1',
  '1.5',
  '1e309',
  'NaN',
  'null',
  'true',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  '<script>alert(1)</script>',
  "'; DROP TABLE tickets; --",
  '%00',
  '\u0000',
  '../../etc/passwd',
  '한빛구청',
  '😀'.repeat(50),
  'x'.repeat(5000),
  '9007199254740993',
);
const anyScalar = fc.oneof(
  fc.integer({ min: -3, max: 12 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.string({ maxLength: 40 }),
  weirdStrings,
);
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    anyScalar,
    fc.array(tie('v'), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(fc.constantFrom(...FIELD_NAMES), fc.string({ maxLength: 8 })),
      tie('v'),
      {
        maxKeys: 4,
      },
    ),
  ),
})).v;

/** Bodies that look like commands: known field names with plausible or hostile values. */
const commandLike = fc.dictionary(
  fc.constantFrom(...FIELD_NAMES),
  fc.oneof(
    fc.integer({ min: 1, max: 6 }),
    fc.constantFrom('open', 'closed', 'lunch', 'break', 'kiosk', 'display', 'guide', 'in', 'out'),
    fc.constantFrom('admin', 'counter', PASSWORD, 'fuzz-key-000001', 'civil'),
    value,
  ),
  { maxKeys: 5 },
);

const body = fc.oneof(
  {
    weight: 5,
    arbitrary: commandLike.map((o) => ({ type: 'application/json', text: JSON.stringify(o) })),
  },
  {
    weight: 2,
    arbitrary: value.map((v) => ({ type: 'application/json', text: JSON.stringify(v) ?? '' })),
  },
  {
    weight: 1,
    arbitrary: fc.string({ maxLength: 200 }).map((text) => ({ type: 'application/json', text })),
  },
  {
    weight: 1,
    arbitrary: fc.string({ maxLength: 200 }).map((text) => ({ type: 'text/plain', text })),
  },
  {
    weight: 1,
    arbitrary: fc.constant({
      type: 'multipart/form-data; boundary=x',
      text: '--x\r\nContent-Disposition: form-data; name="photo"\r\n\r\n\u0000\u0001\r\n--x--',
    }),
  },
  { weight: 1, arbitrary: fc.constant({ type: '', text: '' }) },
  {
    weight: 1,
    arbitrary: fc.constant({ type: 'application/json', text: `{"name":"${'가'.repeat(70_000)}"}` }),
  },
);

const param = (plausible: string[]) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...plausible) },
    { weight: 2, arbitrary: fc.integer({ min: -2, max: 40 }).map(String) },
    { weight: 1, arbitrary: weirdStrings.map(encodeURIComponent) },
    { weight: 1, arbitrary: fc.string({ maxLength: 30 }).map(encodeURIComponent) },
  );

type Req = { method: string; url: string; caller: Caller; type: string; text: string };

function requests(plausible: string[]): fc.Arbitrary<Req> {
  const rows = Object.keys(routePolicy);
  return fc
    .record({
      row: fc.constantFrom(...rows),
      caller: fc.constantFrom(...CALLERS),
      params: fc.array(param(plausible), { minLength: 4, maxLength: 4 }),
      mutateMethod: fc.oneof(
        { weight: 9, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH') },
      ),
      query: fc.oneof(
        { weight: 4, arbitrary: fc.constant('') },
        {
          weight: 1,
          arbitrary: fc
            .string({ maxLength: 20 })
            .map((q) => `?${encodeURIComponent(q)}=1&from=${encodeURIComponent(q)}`),
        },
      ),
      trailing: fc.oneof(
        { weight: 9, arbitrary: fc.constant('') },
        { weight: 1, arbitrary: fc.constantFrom('/', '/x', '//') },
      ),
      body,
    })
    .map(({ row, caller, params, mutateMethod, query, trailing, body: b }) => {
      const [method, path] = row.split(' ') as [string, string];
      let i = 0;
      const url =
        path.replace(/:[a-zA-Z]+/g, () => params[i++ % params.length]!) + trailing + query;
      return { method: mutateMethod ?? method, url, caller, type: b.type, text: b.text };
    });
}

describe('fuzzing the HTTP API', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let plausible: string[];
  const cookies = new Map<Caller, string>();
  let tokens: Record<'kiosk' | 'display' | 'guide', string>;
  /** The staff accounts as seeded: a fuzzed reset, role change or retirement is undone. */
  let accounts: { id: number; role: Role; passwordHash: string }[];

  beforeAll(async () => {
    t = await createTestApp({ now: () => OPEN_AT });
    tokens = { ...t.hall.tokens };
    const issued = await t.app.request('/api/tickets', {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.kiosk}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        serviceId: t.hall.services.general,
        idempotencyKey: 'fuzz-seed-ticket',
      }),
    });
    const { ticket } = (await issued.json()) as { ticket: { code: string } };
    plausible = [
      ...new Set(
        [1, 2, 3, 4, ...t.hall.counters, ...t.hall.staff, ...Object.values(t.hall.devices)].map(
          String,
        ),
      ),
      ticket.code,
      'civil',
      'board',
      'nobody.png',
    ];
    accounts = (['admin', 'counter', 'guide'] as const).map((username) => {
      const { id, role, passwordHash } = t.deps.store.accounts.forSignIn(username)!;
      return { id, role, passwordHash };
    });
    for (const role of ['admin', 'counter', 'guide'] as const) {
      cookies.set(role, await signInCookie(t.app, role));
    }
  });
  afterAll(() => t.close());

  /** Keeps every caller able to call: a fuzzed revoke or sign-out must not blind the rest. */
  async function heal() {
    const { store } = t.deps;
    const now = OPEN_AT.toISOString();
    for (const kind of ['kiosk', 'display', 'guide'] as const) {
      // Same token again: un-revokes a device a fuzzed revoke took away.
      store.devices.setToken(t.hall.hallId, t.hall.devices[kind], sha256(tokens[kind]), now);
    }
    for (const { id, role, passwordHash } of accounts) {
      store.accounts.setPassword(t.hall.hallId, id, passwordHash, false);
      store.accounts.setDisabled(t.hall.hallId, id, null);
      store.accounts.setRole(t.hall.hallId, id, role);
    }
    for (const role of ['admin', 'counter', 'guide'] as const) {
      const me = await t.app.request('/api/auth/me', { headers: { cookie: cookies.get(role)! } });
      if (me.status !== 200) cookies.set(role, await signInCookie(t.app, role));
    }
  }

  function headersOf(caller: Caller): Record<string, string> {
    if (caller === 'anonymous') return {};
    if (caller === 'kiosk' || caller === 'display')
      return { authorization: `Bearer ${tokens[caller]}` };
    if (caller === 'guide-device') return { authorization: `Bearer ${tokens.guide}` };
    return { cookie: cookies.get(caller)! };
  }

  it(
    `answers ${RUNS} random and mutated requests without a 5xx, and rejected ones change nothing`,
    async () => {
      const errors = vi.spyOn(console, 'error');
      const statuses = new Map<number, number>();
      let rejected = 0;
      let needsHeal = false;
      await fc.assert(
        fc.asyncProperty(requests(plausible), async (req) => {
          if (needsHeal) {
            await heal();
            needsHeal = false;
          }
          const before = tableSums(t.deps.store.db);
          const init: RequestInit = { method: req.method, headers: { ...headersOf(req.caller) } };
          if (req.method !== 'GET' && req.method !== 'HEAD') {
            init.body = req.text;
            if (req.type) (init.headers as Record<string, string>)['content-type'] = req.type;
          }
          const res = await t.app.request(req.url, init);
          const text = await res.text();
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          expect(
            res.status,
            `${req.method} ${req.url} as ${req.caller}: ${text.slice(0, 200)}`,
          ).toBeLessThan(500);
          if (res.status >= 400) {
            rejected++;
            const after = tableSums(t.deps.store.db);
            expect(
              Object.keys(after).filter((k) => after[k] !== before[k]),
              `${req.method} ${req.url} as ${req.caller} → ${res.status} changed tables`,
            ).toEqual([]);
            // The one error shape.
            if (res.headers.get('content-type')?.includes('json')) {
              expect(JSON.parse(text)).toMatchObject({
                ok: false,
                error: { code: expect.any(String) },
              });
            }
          } else {
            needsHeal = true;
          }
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
      expect(errors).not.toHaveBeenCalled();
      errors.mockRestore();
      // The fuzzer reached past the door, not only 401s: some commands ran, many were refused.
      expect(rejected).toBeGreaterThan(RUNS / 4);
      expect([...statuses.keys()].some((s) => s < 300)).toBe(true);
      expect(statuses.get(400) ?? 0).toBeGreaterThan(0);
      const health = await t.app.request('/api/health');
      expect(health.status).toBe(200);
    },
    Math.max(120_000, RUNS * 100),
  );
});

describe('fuzzing socket events', () => {
  let server: RunningServer;
  let hall: SmallHall;
  let remove: () => void;
  const sockets: AppSocket[] = [];

  beforeAll(async () => {
    const tmp = tempDir();
    remove = tmp.remove;
    const db = openDatabase(join(tmp.dir, 'annae.db'));
    const store = createStore(db);
    hall = await seedSmallHall(store);
    store.devices.add(
      hall.hallId,
      'display',
      '여분',
      DeviceSettings.parse({}),
      OPEN_AT.toISOString(),
    );
    db.close();
    server = await startServer(testConfig(tmp.dir, { startAt: OPEN_AT }));
    const cookie = await httpSignIn(server.url, 'admin');
    for (const options of [
      {},
      { deviceToken: hall.tokens.kiosk },
      { deviceToken: hall.tokens.display },
      { deviceToken: hall.tokens.guide },
      { cookie },
    ]) {
      const socket = client(server.url, options);
      sockets.push(socket);
      await waitFor(socket, 'connect');
    }
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await server.close();
    remove();
  });

  it(
    `answers ${SOCKET_RUNS} random events without an internal error and changes nothing`,
    async () => {
      const errors = vi.spyOn(console, 'error');
      const db = server.deps.store.db;
      const events = [...Object.keys(socketPolicy), 'stream:unsubscribe', 'nope', '__proto__'];
      const refs = fc.oneof(
        fc.record(
          {
            kind: fc.constantFrom(
              'kiosk',
              'board',
              'seats',
              'guides',
              'help',
              'counter',
              'admin',
              'ticket',
              'x',
            ),
            department: fc.oneof(fc.constant('civil'), fc.string({ maxLength: 10 })),
            code: fc.oneof(fc.constant('aaaaaaaaaaaaaaaa'), fc.string({ maxLength: 20 })),
          },
          { requiredKeys: ['kind'] },
        ),
        value,
      );
      await fc.assert(
        fc.asyncProperty(
          fc.nat({ max: sockets.length - 1 }),
          fc.constantFrom(...events),
          refs,
          async (who, event, payload) => {
            const before = checksum(db);
            const socket = sockets[who]!;
            const res = (await (
              socket.timeout(3000) as unknown as {
                emitWithAck: (
                  e: string,
                  p: unknown,
                ) => Promise<{ ok: boolean; error?: { code: string } }>;
              }
            ).emitWithAck(event, payload)) ?? { ok: true };
            expect(
              res.ok || res.error?.code !== 'internal',
              JSON.stringify({ event, payload }),
            ).toBe(true);
            // Subscriptions write nothing, accepted or not.
            expect(checksum(db)).toBe(before);
          },
        ),
        { numRuns: SOCKET_RUNS, seed: SEED, endOnFailure: true },
      );
      expect(errors).not.toHaveBeenCalled();
      errors.mockRestore();
      expect(sockets.every((s) => s.connected)).toBe(true);
      expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    },
    Math.max(120_000, SOCKET_RUNS * 200),
  );
});
