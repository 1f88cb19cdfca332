/**
 * The socket.io server: settles the principal once in `io.use`, checks every event against the
 * policy table in one `socket.use`, and answers `stream:subscribe` with a numbered snapshot. A
 * signed-in socket ends with its sign-in (rooms the hub cuts, a re-check per event, a timer).
 */
import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { CommandError, type Ack, type ApiError } from '../../shared/errors';
import type { StreamSnapshot } from '../../shared/streams';
import { allows, socketPolicy } from '../auth/policy';
import { readCookie, resolvePrincipal, SESSION_COOKIE } from '../auth/principal';
import { sha256 } from '../auth/secrets';
import type { Deps } from '../context';
import { issuesOf } from '../http/validate';
import { pushDevice } from '../commands/devices';
import { snapshotOf } from '../views/snapshots';
import type { IoServer } from './hub';
import { rooms } from './rooms';
import { StreamRefSchema } from '../../shared/schemas/stream-ref';

// A session's end is checked again at the latest after setTimeout's longest wait, and at the
// earliest after a second (a clock held still in tests must not spin the timer).
const MAX_TIMER_MS = 2 ** 31 - 1;
const MIN_TIMER_MS = 1000;

export function toApiError(err: unknown): ApiError {
  if (err instanceof CommandError) return err.toApiError();
  console.error(err);
  return { code: 'internal', message: 'Something went wrong on the server.' };
}

/** Runs a command for an event and turns its outcome into an acknowledgement. */
export function answer<T>(ack: unknown, run: () => T): void {
  if (typeof ack !== 'function') return;
  let res: Ack<T>;
  try {
    res = { ok: true, data: run() };
  } catch (err) {
    res = { ok: false, error: toApiError(err) };
  }
  (ack as (res: Ack<T>) => void)(res);
}

export function createRealtime(httpServer: HttpServer, deps: Deps): IoServer {
  const io: IoServer = new Server(httpServer, {
    serveClient: false,
    // A ping every 5 s, dead after 5 s more: a cut link is noticed within 10 s on both sides.
    pingInterval: 5000,
    pingTimeout: 5000,
    maxHttpBufferSize: 64 * 1024,
  });
  deps.hub.attach(io);

  io.use((socket, next) => {
    const auth = (socket.handshake.auth ?? {}) as { deviceToken?: unknown };
    const deviceToken = typeof auth.deviceToken === 'string' ? auth.deviceToken : undefined;
    const { principal, deviceRejected } = resolvePrincipal(
      deps.store,
      { deviceToken, sessionId: readCookie(socket.handshake.headers.cookie, SESSION_COOKIE) },
      deps.clock.now(),
    );
    if (deviceRejected) {
      next(new Error('device_revoked'));
      return;
    }
    socket.data.principal = principal;
    next();
  });

  // Last seen is written at most once a minute per device: a thousand screens reconnecting after a
  // restart must not become a thousand synchronous (FULL) writes.
  const lastSeenWrite = new Map<number, number>();
  const markSeen = (deviceId: number) => {
    const now = deps.clock.now();
    if (now.getTime() - (lastSeenWrite.get(deviceId) ?? 0) < 60_000) return;
    lastSeenWrite.set(deviceId, now.getTime());
    deps.store.devices.markSeen(deviceId, now.toISOString());
  };

  io.on('connection', (socket) => {
    const { principal } = socket.data;
    const device = principal.device;
    if (device) {
      void socket.join(rooms.device(device.id));
      markSeen(device.id);
      deps.hub.deviceConnected(device.id, 1);
      if (principal.hallId !== null) pushDevice(deps, principal.hallId, device.id);
      socket.on('disconnect', () => {
        markSeen(device.id);
        deps.hub.deviceConnected(device.id, -1);
        if (principal.hallId !== null) pushDevice(deps, principal.hallId, device.id);
      });
    }

    const account = principal.account;
    let expiry: ReturnType<typeof setTimeout> | null = null;
    /** Whether the sign-in this socket connected with is still the account's, unchanged. */
    const signInHolds = (): boolean => {
      if (!account) return true;
      const now = deps.clock.now();
      const session = deps.store.accounts.session(sha256(account.sessionId), now.toISOString());
      const current = session && deps.store.accounts.get(session.account_id);
      return !!current && current.id === account.id && current.role === account.role;
    };
    const cut = () => {
      socket.emit('session:ended');
      socket.disconnect(true);
    };
    if (account) {
      const hash = sha256(account.sessionId);
      void socket.join([
        rooms.session(hash),
        rooms.account(account.id),
        ...(principal.hallId === null ? [] : [rooms.signedIn(principal.hallId)]),
      ]);
      // The session also ends by the clock: cut the socket then, not at its next event.
      const arm = () => {
        const session = deps.store.accounts.session(hash, deps.clock.now().toISOString());
        if (!session) return cut();
        const left = Date.parse(session.expires_at) - deps.clock.now().getTime();
        const wait = Math.min(Math.max(left, MIN_TIMER_MS), MAX_TIMER_MS);
        expiry = setTimeout(() => (signInHolds() ? arm() : cut()), wait);
        expiry.unref();
      };
      arm();
      socket.on('disconnect', () => {
        if (expiry) clearTimeout(expiry);
      });
    }

    socket.use(([event, ...args], next) => {
      // A sign-in that ended, ran out or changed since the handshake opens nothing more (the hub
      // cuts such sockets at once; this also catches one that slipped between handshake and join).
      if (!signInHolds()) {
        answer(args[args.length - 1], () => {
          throw new CommandError(401, 'session_ended', 'The sign-in has ended. Sign in again.');
        });
        cut();
        return;
      }
      // Own rows only: an event named "__proto__" or "toString" must not reach Object.prototype.
      const allowed = Object.hasOwn(socketPolicy, event) ? socketPolicy[event] : undefined;
      const ack = args[args.length - 1];
      if (!allowed) {
        answer(ack, () => {
          throw new CommandError(404, 'unknown_event', `Unknown event "${event}".`);
        });
        return;
      }
      if (!allows(allowed, principal)) {
        answer(ack, () => {
          throw new CommandError(403, 'forbidden', 'Not allowed for this sign-in or device.');
        });
        return;
      }
      next();
    });

    socket.on('stream:subscribe', (ref, ack) => {
      answer(ack, (): StreamSnapshot => {
        const parsed = StreamRefSchema.safeParse(ref);
        if (!parsed.success) {
          throw new CommandError(
            400,
            'invalid_request',
            'Unknown or malformed stream.',
            issuesOf(parsed.error),
          );
        }
        const snapshot = snapshotOf(deps, principal, parsed.data);
        // Joining and reading the sequence number happen in the same tick as the snapshot, so
        // the next delta this socket sees is exactly seq + 1.
        void socket.join(snapshot.room);
        return { ...snapshot, seq: deps.hub.seq(snapshot.room) };
      });
    });
  });

  return io;
}
