/**
 * The crash test: a server child process on a data directory under a load of ticket issues and
 * calls, killed with SIGKILL at a random moment, restarted, again and again. Afterwards every
 * ticket whose issue was acknowledged (201) exists with the same number, no number was handed
 * out twice, and every acknowledged call (200 with a ticket) is still recorded as called.
 * Used by tests/server/crash.test.ts (a few cycles) and `npm run bench:crash` (50).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { openDatabase } from '../../server/store/db';
import { PASSWORD } from '../../tests/helpers/fixture';
import { OPEN_AT, seedBenchHall } from '../seed';

const serverScript = new URL('../realtime/annae-server.ts', import.meta.url).pathname;

export type CrashReport = {
  cycles: number;
  acknowledgedIssues: number;
  acknowledgedCalls: number;
  ticketsInDb: number;
  missingTickets: string[];
  changedNumbers: string[];
  reusedNumbers: string[];
  lostCalls: number[];
};

function start(dir: string): Promise<{ child: ChildProcess; port: number }> {
  const child = fork(serverScript, [], {
    execArgv: ['--import', 'tsx'],
    env: {
      ...process.env,
      ANNAE_DATA: dir,
      PORT: '0',
      HOST: '127.0.0.1',
      ANNAE_DEMO: '0',
      ANNAE_NOW: OPEN_AT,
    },
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.on('message', (m: { type: string; port?: number }) => {
      if (m.type === 'ready') resolve({ child, port: m.port! });
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code} before listening`)));
  });
}

export async function crashCycles(
  cycles: number,
  log: (line: string) => void = () => {},
): Promise<CrashReport> {
  const bench = await seedBenchHall(200, 'annae-crash-');
  const { hall, kioskTokens: kiosks } = bench;
  const tmp = { dir: bench.dir, remove: bench.remove };

  const issued = new Map<string, string>(); // code → number, acknowledged
  const called = new Set<number>(); // ticket ids whose call was acknowledged
  let n = 0;
  try {
    for (let cycle = 0; cycle < cycles; cycle++) {
      const { child, port } = await start(tmp.dir);
      const url = `http://127.0.0.1:${port}`;
      const signIn = await fetch(`${url}/api/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: PASSWORD }),
      });
      const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
      let alive = true;
      const issuer = async () => {
        while (alive) {
          const i = n++;
          try {
            const res = await fetch(`${url}/api/tickets`, {
              method: 'POST',
              headers: {
                authorization: `Bearer ${kiosks[i % kiosks.length]}`,
                'content-type': 'application/json',
              },
              body: JSON.stringify({
                serviceId: i % 3 === 0 ? hall.services.tax : hall.services.general,
                priority: i % 5 === 0,
                idempotencyKey: `crash-${i}-issue`,
              }),
            });
            if (res.status === 201) {
              const { ticket } = (await res.json()) as { ticket: { code: string; number: string } };
              issued.set(ticket.code, ticket.number);
            }
          } catch {
            return; // the server is gone
          }
        }
      };
      const caller = async () => {
        let k = 0;
        while (alive) {
          try {
            const res = await fetch(`${url}/api/counters/${hall.counters[k++ % 2]}/call-next`, {
              method: 'POST',
              headers: { cookie },
            });
            if (res.status === 200) {
              const { ticket } = (await res.json()) as { ticket: { id: number } | null };
              if (ticket) called.add(ticket.id);
            } else await res.text();
          } catch {
            return;
          }
        }
      };
      const load = Promise.all([issuer(), issuer(), issuer(), caller()]);
      await new Promise((r) => setTimeout(r, 200 + Math.random() * 800));
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      alive = false;
      await load;
      log(`cycle ${cycle + 1}: ${issued.size} issues and ${called.size} calls acknowledged so far`);
    }
    // One clean start after the last crash, as a hall would do, then read the database.
    const last = await start(tmp.dir);
    last.child.send({ type: 'close' });
    await new Promise((r) => last.child.once('exit', r));

    const check = openDatabase(join(tmp.dir, 'annae.db'));
    try {
      const rows = check
        .prepare(
          'SELECT id, code, number, day, issued_service_id, seq, status, first_called_at FROM tickets',
        )
        .all() as {
        id: number;
        code: string;
        number: string;
        day: string;
        issued_service_id: number;
        seq: number;
        status: string;
        first_called_at: string | null;
      }[];
      const byCode = new Map(rows.map((r) => [r.code, r]));
      const byId = new Map(rows.map((r) => [r.id, r]));
      const missingTickets = [...issued.keys()].filter((code) => !byCode.has(code));
      const changedNumbers = [...issued]
        .filter(([code, number]) => byCode.has(code) && byCode.get(code)!.number !== number)
        .map(([code]) => code);
      const seen = new Map<string, number>();
      for (const r of rows) {
        for (const key of [`${r.day}/${r.issued_service_id}/${r.seq}`, `${r.day}/${r.number}`]) {
          seen.set(key, (seen.get(key) ?? 0) + 1);
        }
      }
      const reusedNumbers = [...seen].filter(([, c]) => c > 1).map(([k]) => k);
      const lostCalls = [...called].filter((id) => {
        const r = byId.get(id);
        return !r || r.first_called_at === null || r.status === 'waiting';
      });
      return {
        cycles,
        acknowledgedIssues: issued.size,
        acknowledgedCalls: called.size,
        ticketsInDb: rows.length,
        missingTickets,
        changedNumbers,
        reusedNumbers,
        lostCalls,
      };
    } finally {
      check.close();
    }
  } finally {
    tmp.remove();
  }
}
