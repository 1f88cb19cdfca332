/** A real server on a port, over a temporary data directory, with typed socket.io clients. */
import { join } from 'node:path';
import { io as connectIo } from 'socket.io-client';
import type { AppSocket } from '../../shared/live';
import { SESSION_COOKIE } from '../../server/auth/principal';
import { newToken, sha256 } from '../../server/auth/secrets';
import { startServer, type RunningServer } from '../../server/start';
import { openDatabase } from '../../server/store/db';
import { createStore } from '../../server/store/index';
import { seedSmallHall, tempDir, testConfig, type SmallHall, PASSWORD } from './fixture';

/** Starts at 10:30 KST on a Monday unless told otherwise, so opening hours never flake a test. */
export async function startTestServer(
  options: { dir?: string; port?: number; seed?: boolean; startAt?: Date } = {},
) {
  const tmp = options.dir ? null : tempDir();
  const dir = options.dir ?? tmp!.dir;
  let hall: SmallHall | null = null;
  if (options.seed !== false) {
    const db = openDatabase(join(dir, 'annae.db'));
    hall = await seedSmallHall(createStore(db));
    db.close();
  }
  const server: RunningServer = await startServer(
    testConfig(dir, {
      port: options.port ?? 0,
      startAt: options.startAt ?? new Date('2026-11-23T01:30:00Z'),
    }),
  );
  return { server, hall, dir, remove: () => tmp?.remove() };
}

/**
 * A seeded server whose clock stands still at `startAt` until the test moves it (`advance`), and
 * `session(accountId)`, a session cookie made in the store as sign-in would (password hashing is
 * slow and tested elsewhere).
 */
export async function startStillServer(startAt: Date) {
  const r = await startTestServer({ startAt });
  const hall = r.hall!;
  let now = startAt.getTime();
  r.server.deps.clock = { now: () => new Date(now) };
  const session = (accountId: number) => {
    const id = newToken();
    const until = new Date(startAt.getTime() + 30 * 86_400_000).toISOString();
    r.server.deps.store.accounts.addSession(
      sha256(id),
      hall.hallId,
      accountId,
      startAt.toISOString(),
      until,
    );
    return `${SESSION_COOKIE}=${id}`;
  };
  return {
    ...r,
    hall,
    url: r.server.url,
    session,
    advance: (minutes: number) => {
      now += minutes * 60_000;
    },
  };
}

export function client(
  url: string,
  options: { deviceToken?: string; cookie?: string } = {},
): AppSocket {
  return connectIo(url, {
    transports: ['websocket'],
    auth: options.deviceToken ? { deviceToken: options.deviceToken } : {},
    extraHeaders: options.cookie ? { cookie: options.cookie } : {},
    reconnectionDelay: 100,
    reconnectionDelayMax: 300,
    forceNew: true,
  });
}

/** Resolves with the next `event` on the socket, or rejects after `ms`. */
export function waitFor<T = unknown>(socket: AppSocket, event: string, ms = 5000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${event}`)), ms);
    (socket as unknown as { once: (e: string, fn: (v: T) => void) => void }).once(
      event,
      (value: T) => {
        clearTimeout(timer);
        resolve(value);
      },
    );
  });
}

/** Polls until `check` holds, for state that arrives asynchronously. */
export async function eventually(
  check: () => boolean,
  ms = 5000,
  what = 'condition',
): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export async function httpSignIn(url: string, username: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}
