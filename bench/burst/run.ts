/**
 * `npm run bench:burst [-- --boards 200 --rate 20 --seconds 10 --rounds 1 --after 5 --timeout 5]`
 *
 * A burst the server cannot serve (issue 16): a fresh server in a child process on a temporary
 * data directory holding the demo hall (plus paired kiosks, so every issue is a new ticket), N
 * wall boards following the board stream over socket.io, and kiosks issuing `rate` tickets a
 * second for `seconds`, each request given up after `timeout` seconds as a kiosk would. The
 * health check is polled every 250 ms during the burst and `after` seconds past it. The same
 * rounds run on the same server one after another (RSS is read before and after each), then
 * again on a second server with the admission gate off (ANNAE_ADMISSION=off): the baseline.
 * The full run of issue 16 is `-- --seconds 60 --rounds 3`.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { io as connectIo, type Socket } from 'socket.io-client';
import { compileServer } from '../../scripts/compile-server.mjs';
import { newToken, sha256 } from '../../server/auth/secrets';
import { createDemoHall } from '../../server/demo/demo-hall';
import { openDatabase } from '../../server/store/db';
import { createStore } from '../../server/store/index';
import { RECONNECT } from '../../shared/live';
import { DeviceSettings } from '../../shared/schemas/devices';
import { tempDir } from '../../tests/helpers/fixture';
import { OPEN_AT } from '../seed';

const { values: args } = parseArgs({
  options: {
    boards: { type: 'string', default: '200' },
    rate: { type: 'string', default: '20' },
    seconds: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '1' },
    after: { type: 'string', default: '5' },
    timeout: { type: 'string', default: '5' },
    kiosks: { type: 'string', default: '600' },
  },
});
const BOARDS = Number(args.boards);
const RATE = Number(args.rate);
const SECONDS = Number(args.seconds);
const ROUNDS = Math.max(1, Number(args.rounds));
const AFTER_S = Number(args.after);
const TIMEOUT_MS = Number(args.timeout) * 1000;
const KIOSKS = Number(args.kiosks);
const HEALTH_EVERY_MS = 250;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const round1 = (x: number) => Math.round(x * 10) / 10;

/** The demo hall as `npm start` makes it, with kiosks and a board paired by token. */
async function seedDemo() {
  const tmp = tempDir('annae-burst-');
  const db = openDatabase(join(tmp.dir, 'annae.db'));
  const store = createStore(db);
  const demo = await createDemoHall(store, tmp.dir, new Date(OPEN_AT), {
    hashPassword: async (p) => `bench:${p}`, // nobody signs in; scrypt would only add a minute
  });
  const serviceIds = store.services.list(demo.hallId).map((s) => s.id);
  const kioskTokens: string[] = [];
  let boardToken = '';
  store.tx(() => {
    const pair = (kind: 'kiosk' | 'display', name: string) => {
      const id = store.devices.add(demo.hallId, kind, name, DeviceSettings.parse({}), OPEN_AT);
      const token = newToken();
      store.devices.setToken(demo.hallId, id, sha256(token), OPEN_AT);
      return token;
    };
    for (let k = 0; k < KIOSKS; k++) kioskTokens.push(pair('kiosk', `burst-K${k}`));
    boardToken = pair('display', 'burst-board');
  });
  db.close();
  return { dir: tmp.dir, remove: tmp.remove, serviceIds, kioskTokens, boardToken };
}

const serverScript = await compileServer('bench/realtime/annae-server.ts');

function startChild(env: Record<string, string>) {
  const child = fork(serverScript, [], {
    execArgv: [],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const ready = new Promise<number>((resolve, reject) => {
    child.on('message', (m: { type: string; port?: number }) => {
      if (m.type === 'ready') resolve(m.port!);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { child, ready };
}

function rssOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    const on = (m: { type: string; rss: number }) => {
      if (m.type !== 'usage') return;
      child.off('message', on);
      resolve(Math.round(m.rss / 1024 / 1024));
    };
    child.on('message', on);
    child.send({ type: 'usage' });
  });
}

async function stopChild(child: ChildProcess) {
  const exited = new Promise((r) => child.once('exit', r));
  child.send({ type: 'close' });
  await Promise.race([exited, sleep(5000)]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

type Board = { socket: Socket; drops: number };

function connectBoard(url: string, token: string): Promise<Board> {
  const socket = connectIo(url, {
    transports: ['websocket'],
    auth: { deviceToken: token },
    ...RECONNECT, // as the screens do (shared/ui/connection.ts)
    forceNew: true,
  });
  const board: Board = { socket, drops: 0 };
  socket.on('disconnect', () => board.drops++);
  return new Promise((resolve) => {
    let first = true;
    // Every (re)connect asks for a snapshot, as a board does.
    socket.on('connect', () => {
      void socket.emitWithAck('stream:subscribe', { kind: 'board' }).then(
        () => {
          if (first) resolve(board);
          first = false;
        },
        () => {},
      );
    });
    socket.on('stream:delta', () => {});
  });
}

/** Health polls: one started every 250 ms whatever the last one did, each timed to its answer. */
function pollHealth(url: string) {
  const samples: { sentAt: number; ms: number }[] = [];
  let pending = 0;
  const timer = setInterval(() => {
    const sentAt = performance.now();
    pending++;
    fetch(`${url}/api/health`, { signal: AbortSignal.timeout(120_000) })
      .then((res) => res.text())
      .then(
        () => samples.push({ sentAt, ms: performance.now() - sentAt }),
        () => samples.push({ sentAt, ms: Infinity }),
      )
      .finally(() => pending--);
  }, HEALTH_EVERY_MS);
  return {
    samples,
    pending: () => pending,
    stop: () => clearInterval(timer),
  };
}

type Row = {
  round: number;
  acked: number;
  busy: number;
  errors: number;
  abandonedStored: number;
  boardsConnected: number;
  drops: number;
  during: { p50: number; p99: number; max: number };
  after: { p50: number; p99: number; max: number };
  recoveryMs: number;
  rssBefore: number;
  rssAfter: number;
};

const statsOf = (ms: number[]) => {
  const s = [...ms].sort((a, b) => a - b);
  return {
    p50: round1(percentile(s, 50)),
    p99: round1(percentile(s, 99)),
    max: round1(s[s.length - 1] ?? NaN),
  };
};

async function burstRound(
  url: string,
  child: ChildProcess,
  seed: Awaited<ReturnType<typeof seedDemo>>,
  boards: Board[],
  round: number,
  issued: { n: number },
): Promise<Row> {
  const rssBefore = await rssOf(child);
  for (const b of boards) b.drops = 0;
  let acked = 0;
  let busy = 0;
  let errors = 0;
  const abandoned: string[] = [];
  const health = pollHealth(url);
  const requests: Promise<void>[] = [];
  const start = performance.now();
  for (let tick = 0; performance.now() - start < SECONDS * 1000; tick++) {
    const n = issued.n++;
    const key = `burst-${round}-${n}`;
    requests.push(
      fetch(`${url}/api/tickets`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${seed.kioskTokens[n % seed.kioskTokens.length]}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({
          serviceId: seed.serviceIds[n % seed.serviceIds.length],
          idempotencyKey: key,
        }),
        // A kiosk gives up after a while and tells the visitor to try again.
        signal: AbortSignal.timeout(TIMEOUT_MS),
      }).then(
        async (res) => {
          await res.text();
          if (res.status === 201) acked++;
          else if (res.status === 503) busy++;
          else errors++;
        },
        () => {
          errors++;
          abandoned.push(key);
        },
      ),
    );
    await sleep(Math.max(0, start + (tick + 1) * (1000 / RATE) - performance.now()));
  }
  const stoppedAt = performance.now();
  await Promise.all(requests);
  // After the burst: until the health check answers again, then AFTER_S seconds more.
  while (
    !health.samples.some((s) => s.sentAt >= stoppedAt && s.ms < Infinity) ||
    performance.now() - stoppedAt < AFTER_S * 1000
  ) {
    if (performance.now() - stoppedAt > 180_000) break;
    await sleep(50);
  }
  health.stop();
  while (health.pending() > 0) await sleep(20);
  const firstAfter = health.samples
    .filter((s) => s.sentAt >= stoppedAt && s.ms < Infinity)
    .map((s) => s.sentAt + s.ms - stoppedAt)
    .sort((a, b) => a - b)[0];
  // A request given up by its kiosk and stored all the same: work done for nobody.
  const db = new Database(join(seed.dir, 'annae.db'), { readonly: true });
  const has = db.prepare('SELECT 1 FROM tickets WHERE idempotency_key = ?').pluck();
  const abandonedStored = abandoned.filter((k) => has.get(k) !== undefined).length;
  db.close();
  return {
    round,
    acked,
    busy,
    errors,
    abandonedStored,
    boardsConnected: boards.filter((b) => b.socket.connected).length,
    drops: boards.reduce((n, b) => n + b.drops, 0),
    during: statsOf(health.samples.filter((s) => s.sentAt < stoppedAt).map((s) => s.ms)),
    after: statsOf(health.samples.filter((s) => s.sentAt >= stoppedAt).map((s) => s.ms)),
    recoveryMs: round1(firstAfter ?? Infinity),
    rssBefore,
    rssAfter: await rssOf(child),
  };
}

async function runServer(gate: boolean): Promise<Row[]> {
  const seed = await seedDemo();
  const { child, ready } = startChild({
    ANNAE_DATA: seed.dir,
    PORT: '0',
    HOST: '127.0.0.1',
    ANNAE_NOW: OPEN_AT,
    ...(gate ? {} : { ANNAE_ADMISSION: 'off' }),
  });
  try {
    const url = `http://127.0.0.1:${await ready}`;
    const boards: Board[] = [];
    for (let i = 0; i < BOARDS; i += 50) {
      boards.push(
        ...(await Promise.all(
          Array.from({ length: Math.min(50, BOARDS - i) }, () =>
            connectBoard(url, seed.boardToken),
          ),
        )),
      );
    }
    await sleep(1000);
    const rows: Row[] = [];
    const issued = { n: 0 };
    for (let round = 1; round <= ROUNDS; round++) {
      process.stderr.write(`${gate ? 'gate' : 'no gate'} round ${round}/${ROUNDS}… `);
      const row = await burstRound(url, child, seed, boards, round, issued);
      process.stderr.write(
        `${row.acked} acknowledged, ${row.busy} refused, ${row.errors} errors\n`,
      );
      rows.push(row);
      await sleep(2000); // a quiet moment between rounds, as between two rushes
    }
    for (const b of boards) b.socket.disconnect();
    return rows;
  } finally {
    await stopChild(child);
    seed.remove();
  }
}

const gated = await runServer(true);
const baseline = await runServer(false);

const ms = (x: number) => (Number.isFinite(x) ? String(x) : '–');
console.log(
  `\nburst: ${BOARDS} boards, ${RATE} tickets/s for ${SECONDS} s, kiosks give up after ${TIMEOUT_MS / 1000} s, ${ROUNDS} round(s) per server; health polled every ${HEALTH_EVERY_MS} ms (ms: during the burst / the ${AFTER_S} s after)`,
);
console.log(
  `${'server'.padEnd(8)} ${'rd'.padStart(2)} ${'acked'.padStart(6)} ${'503'.padStart(5)} ${'errors'.padStart(6)} ${'gave up+stored'.padStart(14)} ${'boards'.padStart(7)} ${'drops'.padStart(5)} ${'health p50/p99/max during'.padStart(26)} ${'p50/p99/max after'.padStart(20)} ${'back ms'.padStart(8)} ${'RSS MB'.padStart(10)}`,
);
for (const [label, rows] of [
  ['gate', gated],
  ['no gate', baseline],
] as const) {
  for (const r of rows) {
    console.log(
      `${label.padEnd(8)} ${String(r.round).padStart(2)} ${String(r.acked).padStart(6)} ${String(r.busy).padStart(5)} ${String(r.errors).padStart(6)} ${String(r.abandonedStored).padStart(14)} ${`${r.boardsConnected}/${BOARDS}`.padStart(7)} ${String(r.drops).padStart(5)} ${`${ms(r.during.p50)}/${ms(r.during.p99)}/${ms(r.during.max)}`.padStart(26)} ${`${ms(r.after.p50)}/${ms(r.after.p99)}/${ms(r.after.max)}`.padStart(20)} ${ms(r.recoveryMs).padStart(8)} ${`${r.rssBefore}→${r.rssAfter}`.padStart(10)}`,
    );
  }
}
process.exit(0);
