/**
 * `npm run bench:realtime [-- --json out.json] [--seconds S] [--displays 1,100,1000] [--rounds 3]`
 *
 * For each N: a fresh Annae server in a child process with N display sockets following the board,
 * a driver issuing 50 tickets/s and calling 50/s (two counters, calls sequential per counter).
 * Measured: call → board receipt latency (p50/p99/max over every display's receipt), server CPU
 * time per delivered message (the child's process.cpuUsage over IPC, divided by the messages the
 * displays received), server RSS. The same driver and displays then run against a minimal raw
 * `ws` broadcast server (bench/realtime/ws-server.ts) as the baseline. Last: 1,000 displays, the
 * server restarted on the same port, time until every display holds a snapshot from the new
 * server. Clients, driver and servers share this machine's cores, so each N runs in rounds
 * (Annae, ws, Annae, ws, …) and the table shows each figure's median.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { io as connectIo, type Socket } from 'socket.io-client';
import WebSocket from 'ws';
import { compileServer } from '../../scripts/compile-server.mjs';
import { RECONNECT } from '../../shared/live';
import { OPEN_AT, seedBenchHall } from '../seed';

const RATE = 50;

const { values: args } = parseArgs({
  options: {
    json: { type: 'string' },
    seconds: { type: 'string', default: '6' },
    displays: { type: 'string', default: '1,100,1000' },
    reconnect: { type: 'string', default: '1000' },
    rounds: { type: 'string', default: '3' },
  },
});
const SECONDS = Number(args.seconds);
const SIZES = args.displays!.split(',').map(Number);
const RECONNECT_N = Number(args.reconnect);
const ROUNDS = Math.max(1, Number(args.rounds));

type Usage = { cpu: NodeJS.CpuUsage; rss: number };
type Stats = {
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  cpuUsPerDelivery: number;
  rssMb: number;
};
type Row = { displays: number; annae: Stats & Extra; ws: Stats & Extra };
type Extra = { calls: number; deliveries: number };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Both servers run compiled, with plain Node, as `npm start` runs Annae (scripts/start.mjs): a
 * TypeScript loader in the process would add its own 36 MB to the memory measured.
 */
const compiled = {
  'annae-server.ts': await compileServer('bench/realtime/annae-server.ts'),
  'ws-server.ts': await compileServer('bench/realtime/ws-server.ts'),
};

function startChild(script: keyof typeof compiled, env: Record<string, string>) {
  const child = fork(compiled[script], [], {
    execArgv: [],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const ready = new Promise<number>((resolve, reject) => {
    child.on('message', (m: { type: string; port?: number }) => {
      if (m.type === 'ready') resolve(m.port!);
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  return { child, ready };
}

function usageOf(child: ChildProcess): Promise<Usage> {
  return new Promise((resolve) => {
    const on = (m: { type: string } & Usage) => {
      if (m.type !== 'usage') return;
      child.off('message', on);
      resolve({ cpu: m.cpu, rss: m.rss });
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

/** Sends times of the k-th call on each counter; a display's k-th call delta for a counter matches. */
class CallClock {
  sent = new Map<number, number[]>();
  samples: number[] = [];
  deliveries = 0;
  mark(counter: number) {
    const list = this.sent.get(counter) ?? [];
    list.push(performance.now());
    this.sent.set(counter, list);
  }
  /** A display's own position per counter. */
  display() {
    const seen = new Map<number, number>();
    return (counter: number) => {
      const k = seen.get(counter) ?? 0;
      seen.set(counter, k + 1);
      const at = this.sent.get(counter)?.[k];
      if (at !== undefined) this.samples.push(performance.now() - at);
    };
  }
}

type Driver = { issue: (i: number) => Promise<void>; call: (counter: number) => Promise<boolean> };

/** 50 issues and 50 calls per second; a counter's next call waits for its previous answer. */
async function drive(driver: Driver, clock: CallClock, seconds: number) {
  let i = 0;
  const busy = new Set<number>();
  const pending: Promise<unknown>[] = [];
  // A head start of waiting tickets, so calls find someone to call.
  for (let k = 0; k < 20; k++) pending.push(driver.issue(i++));
  await Promise.all(pending.splice(0));
  const start = performance.now();
  let tick = 0;
  while (performance.now() - start < seconds * 1000) {
    tick++;
    pending.push(driver.issue(i++));
    const counter = (tick % 2) + 1;
    if (!busy.has(counter)) {
      busy.add(counter);
      clock.mark(counter);
      pending.push(
        driver.call(counter).then((called) => {
          if (!called) clock.sent.get(counter)!.pop();
          busy.delete(counter);
        }),
      );
    }
    const next = start + tick * (1000 / RATE);
    await sleep(Math.max(0, next - performance.now()));
  }
  await Promise.all(pending);
  await sleep(500); // the last deliveries
}

function statsOf(clock: CallClock, before: Usage, after: Usage, deliveries: number): Stats & Extra {
  const sorted = [...clock.samples].sort((a, b) => a - b);
  const cpuUs = after.cpu.user - before.cpu.user + (after.cpu.system - before.cpu.system);
  return {
    p50Ms: round(percentile(sorted, 50)),
    p99Ms: round(percentile(sorted, 99)),
    maxMs: round(sorted[sorted.length - 1] ?? NaN),
    cpuUsPerDelivery: round(cpuUs / Math.max(1, deliveries)),
    rssMb: round(after.rss / 1024 / 1024),
    calls: [...clock.sent.values()].reduce((n, l) => n + l.length, 0),
    deliveries,
  };
}
const round = (x: number) => Math.round(x * 100) / 100;

/** A data directory with the small hall and enough kiosks to issue 50/s past the double-tap window. */
async function seedHall() {
  const bench = await seedBenchHall(300, 'annae-rt-bench-');
  return {
    tmp: { dir: bench.dir, remove: bench.remove },
    hall: bench.hall,
    kioskTokens: bench.kioskTokens,
  };
}

function connectDisplay(
  url: string,
  token: string,
  onSnapshot: () => void,
  onDelta: (d: {
    ops: { key: string; items?: { counterNumber: number; recall: number }[] }[];
  }) => void,
) {
  const socket = connectIo(url, {
    transports: ['websocket'],
    auth: { deviceToken: token },
    ...RECONNECT, // as the screens do (shared/ui/connection.ts)
    forceNew: true,
  });
  socket.on('connect', () => {
    void socket.emitWithAck('stream:subscribe', { kind: 'board' }).then(
      (res: { ok: boolean }) => {
        if (res.ok) onSnapshot();
      },
      () => {},
    ); // cut by a restart mid-subscription: the next connect asks again
  });
  socket.on('stream:delta', onDelta);
  return socket;
}

async function inBatches<T>(
  n: number,
  batch: number,
  make: (i: number) => Promise<T>,
): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < n; i += batch) {
    out.push(
      ...(await Promise.all(Array.from({ length: Math.min(batch, n - i) }, (_, j) => make(i + j)))),
    );
  }
  return out;
}

async function runAnnae(n: number): Promise<Stats & Extra> {
  const { tmp, hall, kioskTokens } = await seedHall();
  const { child, ready } = startChild('annae-server.ts', {
    ANNAE_DATA: tmp.dir,
    PORT: '0',
    HOST: '127.0.0.1',
    ANNAE_DEMO: '0',
    ANNAE_NOW: OPEN_AT,
  });
  const port = await ready;
  const url = `http://127.0.0.1:${port}`;
  const signIn = await fetch(`${url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'correct horse battery' }),
  });
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
  const clock = new CallClock();
  let deliveries = 0;
  const sockets: Socket[] = await inBatches(n, 100, async () => {
    const onCall = clock.display();
    let resolve!: () => void;
    const subscribed = new Promise<void>((r) => (resolve = r));
    const socket = connectDisplay(url, hall.tokens.display, resolve, (d) => {
      deliveries++;
      for (const op of d.ops) {
        if (op.key === 'calls')
          for (const c of op.items ?? []) if (c.recall === 0) onCall(c.counterNumber);
      }
    });
    await subscribed;
    return socket;
  });
  const counterIds = new Map([
    [1, hall.counters[0]!],
    [2, hall.counters[1]!],
  ]);
  const driver: Driver = {
    async issue(i) {
      const res = await fetch(`${url}/api/tickets`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${kioskTokens[i % kioskTokens.length]}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({
          serviceId: hall.services.general,
          priority: Math.floor(i / kioskTokens.length) % 2 === 1,
          idempotencyKey: `bench-${i}-issue`,
        }),
      });
      if (res.status !== 201) throw new Error(`issue: ${res.status} ${await res.text()}`);
    },
    async call(counter) {
      const res = await fetch(`${url}/api/counters/${counterIds.get(counter)}/call-next`, {
        method: 'POST',
        headers: { cookie },
      });
      await res.text();
      return res.status === 200;
    },
  };
  await sleep(300);
  deliveries = 0;
  const before = await usageOf(child);
  await drive(driver, clock, SECONDS);
  const after = await usageOf(child);
  const stats = statsOf(clock, before, after, deliveries);
  sockets.forEach((s) => s.disconnect());
  await stopChild(child);
  tmp.remove();
  return stats;
}

async function runWs(n: number): Promise<Stats & Extra> {
  const { child, ready } = startChild('ws-server.ts', {});
  const port = await ready;
  const clock = new CallClock();
  let deliveries = 0;
  const sockets: WebSocket[] = await inBatches(n, 100, async () => {
    const onCall = clock.display();
    const socket = new WebSocket(`ws://127.0.0.1:${port}`);
    await new Promise<void>((resolve, reject) => {
      socket.once('message', () => resolve()); // the snapshot
      socket.once('error', reject);
    });
    socket.on('message', (data) => {
      deliveries++;
      const d = JSON.parse(String(data)) as {
        ops: { key: string; items?: { counterNumber: number; recall: number }[] }[];
      };
      for (const op of d.ops) {
        if (op.key === 'calls')
          for (const c of op.items ?? []) if (c.recall === 0) onCall(c.counterNumber);
      }
    });
    return socket;
  });
  const driver: Driver = {
    async issue() {
      const res = await fetch(`http://127.0.0.1:${port}/issue`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      await res.text();
    },
    async call(counter) {
      const res = await fetch(`http://127.0.0.1:${port}/call`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ counter }),
      });
      await res.text();
      return res.ok;
    },
  };
  await sleep(300);
  deliveries = 0;
  const before = await usageOf(child);
  await drive(driver, clock, SECONDS);
  const after = await usageOf(child);
  const stats = statsOf(clock, before, after, deliveries);
  sockets.forEach((s) => s.terminate());
  await stopChild(child);
  return stats;
}

/** N displays on a server that restarts on the same port: ms until all hold a new snapshot. */
async function reconnect(n: number): Promise<number> {
  const { tmp, hall } = await seedHall();
  const env = { ANNAE_DATA: tmp.dir, HOST: '127.0.0.1', ANNAE_DEMO: '0', ANNAE_NOW: OPEN_AT };
  const first = startChild('annae-server.ts', { ...env, PORT: '0' });
  const port = await first.ready;
  const url = `http://127.0.0.1:${port}`;
  let generation = 0;
  const fresh = new Set<number>();
  const sockets = await inBatches(n, 100, async (i) => {
    let resolve!: () => void;
    const subscribed = new Promise<void>((r) => (resolve = r));
    const socket = connectDisplay(
      url,
      hall.tokens.display,
      () => {
        if (generation === 1) fresh.add(i);
        resolve();
      },
      () => {},
    );
    await subscribed;
    return socket;
  });
  await stopChild(first.child);
  generation = 1;
  const second = startChild('annae-server.ts', { ...env, PORT: String(port) });
  await second.ready;
  const back = performance.now();
  while (fresh.size < n && performance.now() - back < 30_000) await sleep(10);
  const ms = fresh.size < n ? Infinity : performance.now() - back;
  sockets.forEach((s) => s.disconnect());
  await stopChild(second.child);
  tmp.remove();
  return round(ms);
}

/** Each figure's median over the rounds: one slow round on a shared machine does not decide. */
function median(runs: (Stats & Extra)[]): Stats & Extra {
  const mid = (pick: (s: Stats & Extra) => number) => {
    const sorted = runs.map(pick).sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)]!;
  };
  return {
    p50Ms: mid((s) => s.p50Ms),
    p99Ms: mid((s) => s.p99Ms),
    maxMs: mid((s) => s.maxMs),
    cpuUsPerDelivery: mid((s) => s.cpuUsPerDelivery),
    rssMb: mid((s) => s.rssMb),
    calls: mid((s) => s.calls),
    deliveries: mid((s) => s.deliveries),
  };
}

const rows: Row[] = [];
for (const n of SIZES) {
  const runs: { annae: Stats & Extra; ws: Stats & Extra }[] = [];
  // Annae and ws take turns, round by round, so both see the same moments of the machine.
  for (let round = 1; round <= ROUNDS; round++) {
    process.stderr.write(`N=${n} round ${round}/${ROUNDS}: annae… `);
    const annae = await runAnnae(n);
    process.stderr.write(`ws… `);
    const ws = await runWs(n);
    process.stderr.write(`done\n`);
    runs.push({ annae, ws });
    process.stderr.write(`${JSON.stringify({ displays: n, round, annae, ws })}\n`);
  }
  rows.push({
    displays: n,
    annae: median(runs.map((r) => r.annae)),
    ws: median(runs.map((r) => r.ws)),
  });
}
process.stderr.write(`reconnect ${RECONNECT_N}…\n`);
const reconnect1000Ms = await reconnect(RECONNECT_N);

const fmt = (s: Stats & Extra) =>
  `${String(s.p50Ms).padStart(7)} ${String(s.p99Ms).padStart(7)} ${String(s.maxMs).padStart(7)} ${String(s.cpuUsPerDelivery).padStart(8)} ${String(s.rssMb).padStart(6)} ${String(s.calls).padStart(5)} ${String(s.deliveries).padStart(8)}`;
console.log(
  `\nrealtime fan-out: ${RATE} issues/s + up to ${RATE} calls/s for ${SECONDS} s, median of ${ROUNDS} rounds per figure (latency: call sent → board delta received, ms; CPU: server µs per delivered message)`,
);
console.log(
  `${'server'.padEnd(6)} ${'N'.padStart(5)} ${'p50'.padStart(7)} ${'p99'.padStart(7)} ${'max'.padStart(7)} ${'cpuµs/msg'.padStart(8)} ${'rssMB'.padStart(6)} ${'calls'.padStart(5)} ${'msgs'.padStart(8)}`,
);
for (const row of rows) {
  console.log(`${'annae'.padEnd(6)} ${String(row.displays).padStart(5)} ${fmt(row.annae)}`);
  console.log(`${'ws'.padEnd(6)} ${String(row.displays).padStart(5)} ${fmt(row.ws)}`);
}
console.log(
  `\n${RECONNECT_N} displays reconnecting after a restart, all holding a fresh snapshot: ${reconnect1000Ms} ms after the server is back`,
);

if (args.json) {
  const strip = ({ p50Ms, p99Ms, maxMs, cpuUsPerDelivery, rssMb }: Stats) => ({
    p50Ms,
    p99Ms,
    maxMs,
    cpuUsPerDelivery,
    rssMb,
  });
  writeFileSync(
    args.json,
    JSON.stringify(
      {
        rows: rows.map((r) => ({ displays: r.displays, annae: strip(r.annae), ws: strip(r.ws) })),
        reconnect1000Ms,
      },
      null,
      2,
    ),
  );
  console.log(`wrote ${args.json}`);
}
process.exit(0);
