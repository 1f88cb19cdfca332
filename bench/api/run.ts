/**
 * `npm run bench:api [-- --seconds S] [--rounds R] [--connections C] [--json out.json]`
 *
 * Ticket issue throughput and latency with autocannon: POST /api/tickets as a paired kiosk, each
 * request a new ticket (a new idempotency key; kiosks and classes rotated as in a real hall).
 * Then the cost of an issue and a call at 10, 300 and 2,000 waiting (bench/api/queue-length.ts). Three servers, each in its own child process on a freshly
 * seeded data directory, measured in the same run, interleaved round by round so a neighbour's
 * load falls on all of them alike (the median round is reported):
 * - annae: the real server (Hono, its middleware, socket.io attached);
 * - node:http + command: the same work without Hono (bench/api/server.ts): Annae's overhead over
 *   this is Hono's (routing, middleware, Request/Response) — the goal is ≤ 10 %;
 * - node:http + insert: the same SQLite writes only, no queue rules or views: the floor.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { OPEN_AT, seedBenchHall } from '../seed';
import { queueLengthCosts, type QueueLengthRow } from './queue-length';

const here = new URL('.', import.meta.url).pathname;

const { values: args } = parseArgs({
  options: {
    json: { type: 'string' },
    seconds: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '10' },
    sizes: { type: 'string', default: '10,300,2000' },
    operations: { type: 'string', default: '30' },
  },
});
const SECONDS = Number(args.seconds);
const ROUNDS = Number(args.rounds);
const CONNECTIONS = Number(args.connections);
/** Kiosks × 2 classes distinct tickets per 10 s double-tap window: 1,000 new tickets a second. */
const KIOSKS = 5000;

const MODES = ['annae', 'command', 'insert'] as const;
type Mode = (typeof MODES)[number];
const LABEL: Record<Mode, string> = {
  annae: 'annae (Hono)',
  command: 'node:http + command',
  insert: 'node:http + insert',
};

type Result = {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  cpuUsPerRequest: number;
  requests: number;
  non2xx: number;
  errors: number;
  newTickets: number;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function startChild(env: Record<string, string>) {
  const child = fork(join(here, 'server.ts'), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const ready = new Promise<number>((resolve, reject) => {
    child.on('message', (m: { type: string; port?: number }) => {
      if (m.type === 'ready') resolve(m.port!);
    });
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  return { child, ready };
}

function cpuOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    const on = (m: { type: string; cpu: NodeJS.CpuUsage }) => {
      if (m.type !== 'usage') return;
      child.off('message', on);
      resolve(m.cpu.user + m.cpu.system);
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

async function runOnce(mode: Mode, round: number): Promise<Result> {
  const hall = await seedBenchHall(KIOSKS);
  const { child, ready } = startChild({
    BENCH_MODE: mode,
    ANNAE_DATA: hall.dir,
    PORT: '0',
    HOST: '127.0.0.1',
    ANNAE_DEMO: '0',
    ANNAE_NOW: OPEN_AT,
  });
  try {
    const port = await ready;
    let i = 0;
    const body = (n: number) =>
      JSON.stringify({
        serviceId: hall.serviceId,
        priority: Math.floor(n / KIOSKS) % 2 === 1,
        idempotencyKey: `bench-${round}-${n}-issue`,
      });
    const request = {
      method: 'POST' as const,
      path: '/api/tickets',
      setupRequest: (req: Record<string, unknown>) => {
        const n = i++;
        return {
          ...req,
          headers: {
            authorization: `Bearer ${hall.kioskTokens[n % KIOSKS]}`,
            'content-type': 'application/json',
          },
          body: body(n),
        };
      },
    };
    // A short warm-up (JIT, statement caches), not measured.
    await autocannon({
      url: `http://127.0.0.1:${port}`,
      connections: 2,
      amount: 20,
      requests: [request],
    });
    const before = await cpuOf(child);
    const result = await autocannon({
      url: `http://127.0.0.1:${port}`,
      connections: CONNECTIONS,
      duration: SECONDS,
      requests: [request],
    });
    const cpu = (await cpuOf(child)) - before;
    const requests = result.requests.total;
    await stopChild(child);
    const db = new Database(join(hall.dir, 'annae.db'), { readonly: true });
    const tickets = (db.prepare('SELECT count(*) AS n FROM tickets').get() as { n: number }).n;
    db.close();
    return {
      rps: Math.round(result.requests.average),
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      maxMs: result.latency.max,
      cpuUsPerRequest: Math.round(cpu / Math.max(1, requests)),
      requests,
      non2xx: result.non2xx,
      errors: result.errors + result.timeouts,
      newTickets: tickets - 20, // less the warm-up's
    };
  } finally {
    if (child.exitCode === null) await stopChild(child);
    hall.remove();
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

const runs: Record<Mode, Result[]> = { annae: [], command: [], insert: [] };
for (let round = 0; round < ROUNDS; round++) {
  for (const mode of MODES) {
    process.stderr.write(`round ${round + 1}/${ROUNDS}: ${mode}… `);
    const r = await runOnce(mode, round);
    runs[mode].push(r);
    process.stderr.write(`${r.rps} req/s, p99 ${r.p99Ms} ms\n`);
  }
}

/** The round with the median throughput, so a row's numbers come from one run. */
function medianRun(results: Result[]): Result {
  const m = median(results.map((r) => r.rps));
  return results.find((r) => r.rps === m)!;
}
const rows = MODES.map((mode) => ({ mode, ...medianRun(runs[mode]) }));
const annae = rows[0]!;
const bare = rows[1]!;
// Annae relative to the same work without Hono: negative throughput, positive p99 and CPU are cost.
const overhead = {
  throughputPct: Math.round((annae.rps / bare.rps - 1) * 1000) / 10,
  p99Pct: Math.round((annae.p99Ms / bare.p99Ms - 1) * 1000) / 10,
  cpuPct: Math.round((annae.cpuUsPerRequest / bare.cpuUsPerRequest - 1) * 1000) / 10,
};

console.log(
  `\nPOST /api/tickets, ${CONNECTIONS} connections, ${SECONDS} s per run, median of ${ROUNDS} interleaved rounds`,
);
console.log(
  `${'server'.padEnd(20)} ${'req/s'.padStart(7)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'max ms'.padStart(7)} ${'cpu µs/req'.padStart(10)} ${'requests'.padStart(8)} ${'new'.padStart(6)} ${'non-2xx'.padStart(7)}`,
);
for (const r of rows) {
  console.log(
    `${LABEL[r.mode].padEnd(20)} ${String(r.rps).padStart(7)} ${String(r.p50Ms).padStart(7)} ${String(r.p99Ms).padStart(7)} ${String(r.maxMs).padStart(7)} ${String(r.cpuUsPerRequest).padStart(10)} ${String(r.requests).padStart(8)} ${String(r.newTickets).padStart(6)} ${String(r.non2xx + r.errors).padStart(7)}`,
  );
}
const signed = (x: number) => `${x > 0 ? '+' : x < 0 ? '−' : '±'}${Math.abs(x)} %`;
console.log(
  `\nAnnae vs node:http + the same command (Hono's overhead, goal ≤ 10 %): throughput ${signed(overhead.throughputPct)}, ` +
    `p99 ${signed(overhead.p99Pct)}, CPU per request ${signed(overhead.cpuPct)}`,
);
console.log(
  `all rounds (req/s): ${MODES.map((m) => `${m} ${runs[m].map((r) => r.rps).join('/')}`).join(', ')}`,
);
const failed = rows.filter((r) => r.non2xx + r.errors > 0 || r.newTickets < r.requests);
if (failed.length > 0) {
  console.log(
    `warning: ${failed.map((r) => r.mode).join(', ')} answered some requests with an error or an old ticket`,
  );
}

const sizes = args.sizes
  .split(',')
  .map(Number)
  .filter((n) => Number.isInteger(n) && n >= 0);
const byLength: QueueLengthRow[] = await queueLengthCosts(
  sizes,
  Number(args.operations),
  startChild,
  cpuOf,
  async (child) => {
    if (child.exitCode === null) await stopChild(child);
  },
);
const first = byLength[0];
console.log(
  `\nIssue and call against the line's length: server CPU per command (view and pushes included) and client p50, ${args.operations} of each, one at a time`,
);
console.log(
  `${'waiting'.padStart(8)} ${'issue cpu ms'.padStart(13)} ${'issue p50 ms'.padStart(13)} ${'call cpu ms'.padStart(12)} ${'call p50 ms'.padStart(12)} ${'issue × first'.padStart(14)}`,
);
for (const r of byLength) {
  console.log(
    `${String(r.waiting).padStart(8)} ${String(r.issueCpuMs).padStart(13)} ${String(r.issueP50Ms).padStart(13)} ${String(r.callCpuMs).padStart(12)} ${String(r.callP50Ms).padStart(12)} ${(first ? (r.issueCpuMs / first.issueCpuMs).toFixed(1) : '–').padStart(14)}`,
  );
}
if (args.json) {
  writeFileSync(args.json, JSON.stringify({ rows, overhead, runs, byLength }, null, 2));
  console.log(`wrote ${args.json}`);
}
process.exit(0);
