import { afterEach, describe, expect, it } from 'vitest';
import { createLive, type AppSocket } from '../../shared/live';
import { client, eventually, httpSignIn, startTestServer, waitFor } from '../helpers/server';

type Running = Awaited<ReturnType<typeof startTestServer>>;
const running: Running[] = [];
const sockets: AppSocket[] = [];
afterEach(async () => {
  sockets.splice(0).forEach((s) => s.disconnect());
  for (const r of running.splice(0)) {
    await r.server.close();
    r.remove();
  }
});

async function start() {
  const r = await startTestServer();
  running.push(r);
  return { ...r, hall: r.hall! };
}
function open(url: string, options: Parameters<typeof client>[1] = {}) {
  const socket = client(url, options);
  sockets.push(socket);
  return socket;
}

describe('streams', () => {
  it('answers a subscription with a snapshot and sequence number', async () => {
    const { server, hall } = await start();
    const socket = open(server.url, { deviceToken: hall.tokens.display });
    await waitFor(socket, 'connect');
    const res = await socket.emitWithAck('stream:subscribe', { kind: 'board' });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.data).toMatchObject({ kind: 'board', room: `hall:${hall.hallId}:board` });
    expect(res.data.seq).toBe(server.deps.hub.seq(res.data.room));
    expect((res.data.data as { queues: unknown[] }).queues).toHaveLength(2);
  });

  it('pushes deltas with consecutive sequence numbers after a command', async () => {
    const { server } = await start();
    const cookie = await httpSignIn(server.url, 'admin');
    const socket = open(server.url, { cookie });
    await waitFor(socket, 'connect');
    const live = createLive(socket, { kind: 'admin' });
    await eventually(() => live.state.value !== null, 5000, 'admin snapshot');
    const seqs: number[] = [];
    socket.on('stream:delta', (d) => seqs.push(d.seq));
    for (const name of ['A', 'B', 'C']) {
      const res = await fetch(`${server.url}/api/devices`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json' },
        body: JSON.stringify({ kind: 'display', name }),
      });
      expect(res.status).toBe(201);
    }
    await eventually(() => seqs.length === 3, 5000, 'three deltas');
    expect(seqs).toEqual([1, 2, 3]);
    expect(live.state.value?.devices.map((d) => d.name)).toEqual(
      expect.arrayContaining(['A', 'B', 'C']),
    );
    expect(live.seq()).toBe(3);
  });

  it('asks for a fresh snapshot when it sees a gap', async () => {
    const { server, hall } = await start();
    const socket = open(server.url, { deviceToken: hall.tokens.display });
    const live = createLive(socket, { kind: 'board' });
    await eventually(() => live.state.value !== null, 5000, 'board snapshot');
    const room = `hall:${hall.hallId}:board`;
    const base = live.seq();
    let subscribes = 0;
    const emit = socket.emit.bind(socket);
    (socket as unknown as { emit: typeof emit }).emit = ((event: string, ...args: unknown[]) => {
      if (event === 'stream:subscribe') subscribes += 1;
      return (emit as (e: string, ...a: unknown[]) => AppSocket)(event, ...args);
    }) as typeof emit;
    // Seq 2 without seq 1: the client must not apply it, and must resync.
    server.io.to(room).emit('stream:delta', {
      room,
      seq: base + 2,
      ops: [{ op: 'set', key: 'calls', value: [{ bogus: true }] }],
    });
    await eventually(() => subscribes === 1, 5000, 'resync');
    await eventually(() => live.seq() === base, 5000, 'snapshot seq');
    expect(live.state.value?.calls).toEqual([]);
  });

  it('refuses a connection with an unknown device token', async () => {
    const { server } = await start();
    const socket = open(server.url, { deviceToken: 'not-a-token' });
    const err = await waitFor<Error>(socket, 'connect_error');
    expect(err.message).toBe('device_revoked');
  });

  it('refuses a stream to a socket without the right device or sign-in', async () => {
    const { server, hall } = await start();
    const anonymous = open(server.url);
    await waitFor(anonymous, 'connect');
    const res = await anonymous.emitWithAck('stream:subscribe', { kind: 'board' });
    expect(res).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const kiosk = open(server.url, { deviceToken: hall.tokens.kiosk });
    await waitFor(kiosk, 'connect');
    expect(await kiosk.emitWithAck('stream:subscribe', { kind: 'admin' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('answers an unknown event or a malformed payload with an error ack and stays usable', async () => {
    const { server, hall } = await start();
    const socket = open(server.url, { deviceToken: hall.tokens.kiosk });
    await waitFor(socket, 'connect');
    const raw = socket as unknown as {
      emitWithAck: (e: string, ...a: unknown[]) => Promise<unknown>;
    };
    expect(await raw.emitWithAck('ticket:steal', { id: 1 })).toMatchObject({
      ok: false,
      error: { code: 'unknown_event' },
    });
    expect(await raw.emitWithAck('stream:subscribe', { kind: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_request' },
    });
    expect(await raw.emitWithAck('stream:subscribe', 'garbage')).toMatchObject({
      ok: false,
      error: { code: 'invalid_request' },
    });
    expect(
      await raw.emitWithAck('stream:subscribe', { kind: 'seats', department: 'nowhere' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    const ok = await socket.emitWithAck('stream:subscribe', { kind: 'kiosk' });
    expect(ok.ok).toBe(true);
  });

  it('cuts a revoked device at once and tells it why', async () => {
    const { server, hall } = await start();
    const display = open(server.url, { deviceToken: hall.tokens.display });
    await waitFor(display, 'connect');
    const revoked = waitFor(display, 'device:revoked');
    const disconnected = waitFor(display, 'disconnect');
    const cookie = await httpSignIn(server.url, 'admin');
    const res = await fetch(`${server.url}/api/devices/${hall.devices.display}/revoke`, {
      method: 'POST',
      headers: { cookie },
    });
    expect(res.status).toBe(200);
    await revoked;
    await disconnected;
    const again = open(server.url, { deviceToken: hall.tokens.display });
    expect((await waitFor<Error>(again, 'connect_error')).message).toBe('device_revoked');
  });

  it('resubscribes by itself after the server restarts on the same data directory', async () => {
    const first = await start();
    const port = first.server.port;
    const socket = open(first.server.url, { deviceToken: first.hall.tokens.display });
    const live = createLive(socket, { kind: 'seats', department: 'civil' });
    await eventually(() => live.state.value !== null, 5000, 'seats snapshot');
    await first.server.close();
    await eventually(() => !live.connected.value, 5000, 'disconnect noticed');
    const staleAt = live.syncedAt.value;
    expect(live.state.value?.staff).toHaveLength(3); // the last state is kept while away
    const second = await startTestServer({ dir: first.dir, port, seed: false });
    running.push(second);
    await eventually(
      () => live.connected.value && (live.syncedAt.value ?? 0) > (staleAt ?? 0),
      8000,
      'resync after restart',
    );
    expect(live.state.value?.department.slug).toBe('civil');
  });
});
