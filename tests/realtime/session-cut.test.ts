/**
 * A live socket keeps the identity it connected with, so it must end with that identity: sign-out,
 * a disabled account, a new role, a password reset or an expired session cut it at once, as a
 * revoked device is cut, and the same cookie then opens no admin stream again.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startServer } from '../../server/start';
import type { AppSocket } from '../../shared/live';
import { tempDir, testConfig } from '../helpers/fixture';
import { client, startStillServer, waitFor } from '../helpers/server';

const START = new Date('2026-11-23T01:30:00Z');
type Running = Awaited<ReturnType<typeof startStillServer>>;
const running: Pick<Running, 'server' | 'remove'>[] = [];
const sockets: AppSocket[] = [];
afterEach(async () => {
  sockets.splice(0).forEach((s) => s.disconnect());
  for (const r of running.splice(0)) {
    await r.server.close();
    r.remove();
  }
});

async function start() {
  const r = await startStillServer(START);
  running.push(r);
  // A second administrator, the one whose account the first changes (nobody changes their own).
  const second = r.server.deps.store.accounts.add(
    r.hall.hallId,
    {
      username: 'admin2',
      displayName: '관리자 2',
      role: 'admin',
      staffId: null,
      passwordHash: 'unused',
      mustChangePassword: false,
    },
    START.toISOString(),
  );
  return { ...r, admin: r.session(r.hall.accounts.admin), second };
}

/** A socket signed in with `cookie`, already following the admin stream. */
async function adminSocket(url: string, cookie: string) {
  const socket = client(url, { cookie });
  sockets.push(socket);
  await waitFor(socket, 'connect');
  const res = await socket.emitWithAck('stream:subscribe', { kind: 'admin' });
  expect(res.ok).toBe(true);
  return socket;
}

/** Waits for the cut, then reconnects the same socket (same cookie) and tries the stream again. */
async function expectCut(socket: AppSocket, act: () => Promise<Response>, code: string) {
  const ended = waitFor(socket, 'session:ended');
  const disconnected = waitFor<string>(socket, 'disconnect');
  expect((await act()).status).toBe(200);
  await ended;
  expect(await disconnected).toBe('io server disconnect');
  socket.connect();
  await waitFor(socket, 'connect');
  expect(await socket.emitWithAck('stream:subscribe', { kind: 'admin' })).toMatchObject({
    ok: false,
    error: { code },
  });
}

const post = (url: string, cookie: string, body?: unknown, method = 'POST') =>
  fetch(url, {
    method,
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify(body ?? {}),
  });

describe('sockets of an ended or changed sign-in', () => {
  it('are cut on sign-out', async () => {
    const t = await start();
    const socket = await adminSocket(t.url, t.admin);
    await expectCut(socket, () => post(`${t.url}/api/auth/sign-out`, t.admin), 'unauthorized');
  });

  it('are cut when an administrator disables the account', async () => {
    const t = await start();
    const socket = await adminSocket(t.url, t.session(t.second));
    // Another sign-in of someone else stays.
    const bystander = await adminSocket(t.url, t.admin);
    await expectCut(
      socket,
      () => post(`${t.url}/api/staff/accounts/${t.second}`, t.admin, { disabled: true }, 'PUT'),
      'unauthorized',
    );
    expect(bystander.connected).toBe(true);
  });

  it('are cut when the account gets another role', async () => {
    const t = await start();
    const cookie = t.session(t.second);
    const socket = await adminSocket(t.url, cookie);
    await expectCut(
      socket,
      () => post(`${t.url}/api/staff/accounts/${t.second}`, t.admin, { role: 'counter' }, 'PUT'),
      // The role change ended the session too; a fresh sign-in as counter would be refused anyway.
      'unauthorized',
    );
  });

  it('are cut when an administrator resets the password', async () => {
    const t = await start();
    const socket = await adminSocket(t.url, t.session(t.second));
    await expectCut(
      socket,
      () => post(`${t.url}/api/staff/accounts/${t.second}/reset-password`, t.admin),
      'unauthorized',
    );
  });

  it('are cut when the person of the account retires', async () => {
    const t = await start();
    const socket = client(t.url, { cookie: t.session(t.hall.accounts.counter) });
    sockets.push(socket);
    await waitFor(socket, 'connect');
    expect((await socket.emitWithAck('stream:subscribe', { kind: 'counter' })).ok).toBe(true);
    const ended = waitFor(socket, 'session:ended');
    const res = await post(`${t.url}/api/staff/${t.hall.staff[1]}/retire`, t.admin);
    expect(res.status).toBe(200);
    await ended;
  });

  it('open nothing more once the session has run out, and are cut at the next event', async () => {
    const t = await start();
    const socket = await adminSocket(t.url, t.admin);
    const disconnected = waitFor<string>(socket, 'disconnect');
    t.advance(31 * 24 * 60); // past the 30-day test session
    expect(await socket.emitWithAck('stream:subscribe', { kind: 'admin' })).toMatchObject({
      ok: false,
      error: { code: 'session_ended' },
    });
    expect(await disconnected).toBe('io server disconnect');
  });

  it('are all cut at once when every session of the hall ends (a demo hall made real)', async () => {
    const t = await start();
    const socket = await adminSocket(t.url, t.session(t.second));
    const ended = waitFor(socket, 'session:ended');
    t.server.deps.hub.cutHallSessions(t.hall.hallId);
    await ended;
  });

  it('are cut, with every demo device, when the admin makes the demo hall a real one', async () => {
    const dir = tempDir('annae-demo-cut-');
    const server = await startServer(testConfig(dir.dir, { demo: true, startAt: START }));
    running.push({ server, remove: dir.remove });
    const open = (screen: string) =>
      fetch(`${server.url}/api/demo/open/${screen}`, { redirect: 'manual' });
    const admin = ((await open('admin')).headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const counter = ((await open('counter')).headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const location = (await open('kiosk')).headers.get('location') ?? '';
    const kioskToken = decodeURIComponent(location.split('#device=')[1] ?? '');

    const adminSock = await adminSocket(server.url, admin);
    const counterSock = client(server.url, { cookie: counter });
    const kiosk = client(server.url, { deviceToken: kioskToken });
    sockets.push(counterSock, kiosk);
    await Promise.all([waitFor(counterSock, 'connect'), waitFor(kiosk, 'connect')]);
    const cut = [
      waitFor(adminSock, 'session:ended'),
      waitFor(counterSock, 'session:ended'),
      waitFor(kiosk, 'device:revoked'),
    ];
    const res = await post(`${server.url}/api/hall/convert-demo`, admin, {
      newPassword: 'a new long password',
    });
    expect(res.status).toBe(200);
    await Promise.all(cut);
    const again = client(server.url, { deviceToken: kioskToken });
    sockets.push(again);
    expect((await waitFor<Error>(again, 'connect_error')).message).toBe('device_revoked');
    expect((await open('admin')).status).toBe(404);
    // A demo server of its own: setting it up renders the demo voice pack (about 15 s alone).
  }, 90_000);
});
