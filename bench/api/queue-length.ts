/**
 * Issue and call cost against the length of the line (`npm run bench:api` runs it after the
 * throughput table): for each size a fresh server (the real one, in a child process) starts on a
 * data directory already holding that many waiting tickets; then one kiosk issues tickets one
 * after another and one counter calls them, and the server's own CPU time per command is read
 * (it includes the queue view and pushes that run after the answer), with the client's latency.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { hallDay } from '../../shared/hall-time';
import { ticketNumber } from '../../server/domain/queue';
import { openDatabase } from '../../server/store/db';
import { createStore } from '../../server/store/index';
import { PASSWORD } from '../../tests/helpers/fixture';
import { OPEN_AT, seedBenchHall } from '../seed';

export type QueueLengthRow = {
  waiting: number;
  issueCpuMs: number;
  issueP50Ms: number;
  callCpuMs: number;
  callP50Ms: number;
};

type Child = {
  child: import('node:child_process').ChildProcess;
  ready: Promise<number>;
};

/** Fills the line before the server starts: what a long morning leaves waiting. */
function prefill(dir: string, hallId: number, serviceId: number, n: number) {
  const db = openDatabase(join(dir, 'annae.db'));
  const store = createStore(db);
  const day = hallDay(new Date(OPEN_AT));
  const start = Date.parse(OPEN_AT) - 60 * 60_000;
  store.tx(() => {
    for (let i = 0; i < n; i++) {
      const seq = store.tickets.nextSeq(hallId, day, serviceId);
      const at = new Date(start + (i * 3600_000) / Math.max(1, n)).toISOString();
      store.tickets.insert(hallId, {
        day,
        serviceId,
        seq,
        number: ticketNumber(1, seq),
        code: randomBytes(8).toString('hex'),
        class: i % 10 === 3 ? 'priority' : 'normal',
        kioskId: null,
        idempotencyKey: null,
        issuedAt: at,
        estimate: null,
        peopleAhead: i,
      });
    }
  });
  db.close();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function queueLengthCosts(
  sizes: readonly number[],
  operations: number,
  startChild: (env: Record<string, string>) => Child,
  cpuOf: (child: Child['child']) => Promise<number>,
  stopChild: (child: Child['child']) => Promise<void>,
): Promise<QueueLengthRow[]> {
  const rows: QueueLengthRow[] = [];
  for (const waiting of sizes) {
    process.stderr.write(`queue length ${waiting}… `);
    const hall = await seedBenchHall(1, 'annae-bench-queue-');
    prefill(hall.dir, hall.hallId, hall.serviceId, waiting);
    const { child, ready } = startChild({
      BENCH_MODE: 'annae',
      ANNAE_DATA: hall.dir,
      PORT: '0',
      HOST: '127.0.0.1',
      ANNAE_DEMO: '0',
      ANNAE_NOW: OPEN_AT,
    });
    try {
      const url = `http://127.0.0.1:${await ready}`;
      const signIn = await fetch(`${url}/api/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'counter', password: PASSWORD }),
      });
      const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
      let key = 0;
      const issue = () =>
        fetch(`${url}/api/tickets`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${hall.kioskTokens[0]}`,
          },
          body: JSON.stringify({
            serviceId: hall.serviceId,
            priority: key % 7 === 0,
            idempotencyKey: `queue-${waiting}-${++key}-issue`,
          }),
        });
      const call = () =>
        fetch(`${url}/api/counters/${hall.hall.counters[0]}/call-next`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: '{}',
        });
      const measure = async (op: () => Promise<Response>) => {
        const latencies: number[] = [];
        // Pushes run after the answer, in the next turn: let them finish before reading CPU.
        const settle = () => new Promise((r) => setTimeout(r, 20));
        await settle();
        const before = await cpuOf(child);
        for (let i = 0; i < operations; i++) {
          const t0 = performance.now();
          const res = await op();
          await res.arrayBuffer();
          if (!res.ok) throw new Error(`${res.status} at queue length ${waiting}`);
          latencies.push(performance.now() - t0);
          await settle();
        }
        const cpuMs = ((await cpuOf(child)) - before) / 1000 / operations;
        return { cpuMs: Math.round(cpuMs * 10) / 10, p50: Math.round(median(latencies) * 10) / 10 };
      };
      // Warm-up: the first view fits the model and JIT-compiles the estimator.
      for (let i = 0; i < 3; i++) await (await issue()).arrayBuffer();
      for (let i = 0; i < 3; i++) await (await call()).arrayBuffer();
      const issued = await measure(issue);
      const called = await measure(call);
      rows.push({
        waiting,
        issueCpuMs: issued.cpuMs,
        issueP50Ms: issued.p50,
        callCpuMs: called.cpuMs,
        callP50Ms: called.p50,
      });
      process.stderr.write(`issue ${issued.cpuMs} ms CPU, call ${called.cpuMs} ms CPU\n`);
    } finally {
      await stopChild(child);
      hall.remove();
    }
  }
  return rows;
}
