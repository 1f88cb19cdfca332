/**
 * The admission gate under a burst it cannot serve: past its bound a command is refused with 503
 * and `Retry-After` and changes nothing, a command whose client hung up while it waited never
 * runs, and the health check answers while the gate is full. Real sockets: a request is held in
 * the gate by sending its headers and only part of its body. Counts, not timings.
 */
import { request, type ClientRequest } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_ADMISSION, type AdmissionLimits } from '../../server/config';
import { newToken, sha256 } from '../../server/auth/secrets';
import { startServer, type RunningServer } from '../../server/start';
import { openDatabase } from '../../server/store/db';
import { createStore } from '../../server/store/index';
import { DeviceSettings } from '../../shared/schemas/devices';
import { MAX_PENDING_PACKETS } from '../../server/realtime/hub';
import { seedSmallHall, tempDir, testConfig } from '../helpers/fixture';
import { client, eventually, waitFor } from '../helpers/server';

const AT = '2026-11-23T01:30:00Z';
let running: RunningServer | null = null;
let cleanup: (() => void) | null = null;

afterEach(async () => {
  await running?.close();
  cleanup?.();
  running = null;
  cleanup = null;
});

/** A seeded server with its own kiosks (one kiosk's second tap within seconds is the same ticket). */
async function start(limits: Partial<AdmissionLimits>) {
  // No request waits out its turn here unless a test says so: the machine is shared.
  const admission = { ...DEFAULT_ADMISSION, maxWaitMs: 60_000, ...limits };
  const tmp = tempDir();
  cleanup = tmp.remove;
  const db = openDatabase(join(tmp.dir, 'annae.db'));
  const store = createStore(db);
  const hall = await seedSmallHall(store, new Date(AT));
  const kiosks = Array.from({ length: 4 }, (_, k) => {
    const id = store.devices.add(hall.hallId, 'kiosk', `B${k}`, DeviceSettings.parse({}), AT);
    const token = newToken();
    store.devices.setToken(hall.hallId, id, sha256(token), AT);
    return token;
  });
  db.close();
  running = await startServer(testConfig(tmp.dir, { startAt: new Date(AT), admission }));
  const server = running;
  let load = { active: 0, queued: 0 };
  const health = async () => {
    const res = await fetch(`${server.url}/api/health`);
    const body = (await res.json()) as { load: typeof load };
    load = body.load;
    return res.status;
  };
  const until = async (want: typeof load) => {
    for (let i = 0; i < 250; i++) {
      await health();
      if (load.active === want.active && load.queued === want.queued) return;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`the gate never reached ${JSON.stringify(want)}: ${JSON.stringify(load)}`);
  };
  const stored = (key: string) =>
    server.deps.store.db
      .prepare('SELECT count(*) AS n FROM tickets WHERE idempotency_key = ?')
      .pluck()
      .get(key) as number;
  const issue = (kiosk: number, key: string, partial = false) =>
    issueRaw(server.port, kiosks[kiosk]!, hall.services.general, key, partial);
  /** The same request as bytes on the wire. */
  const rawIssue = (kiosk: number, key: string) => {
    const body = JSON.stringify({ serviceId: hall.services.general, idempotencyKey: key });
    return (
      `POST /api/tickets HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${kiosks[kiosk]}\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`
    );
  };
  return { server, health, until, stored, issue, rawIssue, load: () => load };
}

type Answer = { status: number; retryAfter?: string; body: string };

/** POST /api/tickets over its own connection; `partial` holds back the body's end until `finish`. */
function issueRaw(port: number, token: string, serviceId: number, key: string, partial: boolean) {
  const body = JSON.stringify({ serviceId, idempotencyKey: key });
  let req!: ClientRequest;
  const answer = new Promise<Answer>((resolve, reject) => {
    req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/tickets',
        agent: false,
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            retryAfter: res.headers['retry-after'] as string | undefined,
            body: text,
          }),
        );
      },
    );
    req.on('error', reject);
  });
  if (partial) req.write(body.slice(0, 5));
  else req.end(body);
  return {
    answer,
    finish: () => req.end(body.slice(5)),
    hangUp: () => {
      answer.catch(() => {}); // the error of a socket we destroyed ourselves
      req.destroy();
    },
  };
}

describe('the admission gate', () => {
  it('refuses past its bound with 503 and Retry-After, stores nothing for it, and health answers', async () => {
    const t = await start({ active: 1, queued: 1, perClient: 4, retryAfterSeconds: 3 });
    const running = t.issue(0, 'burst-running', true);
    await t.until({ active: 1, queued: 0 });
    const waiting = t.issue(1, 'burst-waiting');
    await t.until({ active: 1, queued: 1 });

    const refused = await t.issue(2, 'burst-refused').answer;
    expect(refused.status).toBe(503);
    expect(refused.retryAfter).toBe('3');
    expect(JSON.parse(refused.body)).toMatchObject({ ok: false, error: { code: 'server_busy' } });
    // The gate is full, yet the health check answers (and says so).
    expect(await t.health()).toBe(200);
    expect(t.load()).toEqual({ active: 1, queued: 1 });

    running.finish();
    expect((await running.answer).status).toBe(201);
    expect((await waiting.answer).status).toBe(201);
    expect(t.stored('burst-running')).toBe(1);
    expect(t.stored('burst-waiting')).toBe(1);
    expect(t.stored('burst-refused')).toBe(0);
    await t.until({ active: 0, queued: 0 });
  });

  it('does not run a command whose client hung up while it waited', async () => {
    const t = await start({ active: 1, queued: 4, perClient: 4, retryAfterSeconds: 2 });
    const running = t.issue(0, 'burst-running', true);
    await t.until({ active: 1, queued: 0 });
    const abandoned = t.issue(1, 'burst-abandoned');
    await t.until({ active: 1, queued: 1 });
    abandoned.hangUp();
    // Its place is given up at once, not when its turn comes.
    await t.until({ active: 1, queued: 0 });

    running.finish();
    expect((await running.answer).status).toBe(201);
    // Queued behind anything left over: once it is answered, the abandoned one had its chance.
    expect((await t.issue(2, 'burst-after').answer).status).toBe(201);
    expect(t.stored('burst-abandoned')).toBe(0);
    expect(t.stored('burst-running')).toBe(1);
    expect(t.stored('burst-after')).toBe(1);
  });

  it('refuses a request that waited past its time, and does not run it', async () => {
    const t = await start({ active: 1, queued: 4, maxWaitMs: 50 });
    const running = t.issue(0, 'burst-running', true);
    await t.until({ active: 1, queued: 0 });
    const late = await t.issue(1, 'burst-late').answer;
    expect(late.status).toBe(503);
    expect(JSON.parse(late.body)).toMatchObject({ error: { code: 'server_busy' } });
    await t.health();
    expect(t.load()).toEqual({ active: 1, queued: 0 });
    running.finish();
    expect((await running.answer).status).toBe(201);
    expect(t.stored('burst-late')).toBe(0);
  });

  it('bounds one device without holding up another', async () => {
    const t = await start({ active: 4, queued: 4, perClient: 1, retryAfterSeconds: 2 });
    const running = t.issue(0, 'burst-first', true);
    await t.until({ active: 1, queued: 0 });
    const again = await t.issue(0, 'burst-second').answer;
    expect(again.status).toBe(503);
    expect(again.retryAfter).toBe('2');
    expect((await t.issue(1, 'burst-other').answer).status).toBe(201);
    running.finish();
    expect((await running.answer).status).toBe(201);
    expect(t.stored('burst-second')).toBe(0);
    expect(t.stored('burst-other')).toBe(1);
  });

  it('lets reads through a full gate', async () => {
    const t = await start({ active: 1, queued: 0, perClient: 4, retryAfterSeconds: 2 });
    const running = t.issue(0, 'burst-running', true);
    await t.until({ active: 1, queued: 0 });
    expect((await t.issue(1, 'burst-refused').answer).status).toBe(503);
    const read = await fetch(`${t.server.url}/api/tickets/0000000000000000`);
    expect(read.status).not.toBe(503);
    running.finish();
    expect((await running.answer).status).toBe(201);
  });
});

describe('pushes to a screen that cannot keep up', () => {
  it('stop at a bound per socket while the other screens get every delta', async () => {
    const t = await start({ active: 4, queued: 4, perClient: 4, retryAfterSeconds: 2 });
    const board = await startServerBoards(t.server);
    const [slow, quick] = board.sockets;
    const room = board.room;
    const serverSide = (id: string) =>
      t.server.io.sockets.sockets.get(id)!.conn as unknown as {
        writeBuffer: unknown[];
        transport: { writable: boolean };
        flush: () => void;
      };
    // A stalled link: nothing the server queues for it is written.
    const stalled = serverSide(board.serverIds[0]!);
    stalled.transport.writable = false;
    let received = 0;
    quick!.on('stream:delta', () => received++);
    // One push per turn of the event loop, as the coalesced queue pushes come.
    for (let i = 0; i < 200; i++) {
      t.server.deps.hub.publish(room, [{ op: 'set', key: 'calls', value: [] }] as never);
      await new Promise((r) => setTimeout(r, 1));
    }
    expect(stalled.writeBuffer.length).toBeLessThanOrEqual(MAX_PENDING_PACKETS + 1);
    await eventually(() => received === 200, 5000, 'all deltas at the quick board');
    stalled.transport.writable = true;
    stalled.flush();
    slow!.disconnect();
    quick!.disconnect();
  });
});

/** Two board sockets subscribed to the board stream, with their server-side ids. */
async function startServerBoards(server: RunningServer) {
  const token = newToken();
  const hallId = server.deps.store.halls.first()!.id;
  const at = new Date(AT).toISOString();
  const id = server.deps.store.devices.add(hallId, 'display', 'slow', DeviceSettings.parse({}), at);
  server.deps.store.devices.setToken(hallId, id, sha256(token), at);
  const sockets = [
    client(server.url, { deviceToken: token }),
    client(server.url, { deviceToken: token }),
  ];
  let room = '';
  for (const socket of sockets) {
    if (!socket.connected) await waitFor(socket, 'connect');
    const res = (await socket.emitWithAck('stream:subscribe', { kind: 'board' })) as {
      ok: boolean;
      data: { room: string };
    };
    room = res.data.room;
  }
  const serverIds = sockets.map((s) => s.id!);
  return { sockets, room, serverIds };
}
