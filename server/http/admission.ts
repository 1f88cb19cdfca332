/**
 * The admission gate in front of every mutating API request: a few run at once, a few more wait
 * their turn, and the rest are told at once to come back (503 `server_busy`, `Retry-After`).
 * Without it a burst the server cannot serve piles up behind the event loop: health checks and
 * socket heartbeats wait behind minutes of queued commands, and commands run for clients that
 * gave up long ago.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AdmissionLimits } from '../config';
import { errorBody } from './errors';
import { actorOf, type AppEnv } from './env';

/** Reads, HEAD and CORS preflights change nothing and are cheap: they never wait at the gate. */
const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

type Waiter = { admit: () => void; gone: boolean };

/** The raw Node response when served by @hono/node-server; absent under `app.request()`. */
function outgoingOf(c: Context<AppEnv>): ServerResponse | undefined {
  const env = c.env as { outgoing?: ServerResponse } | undefined;
  return env?.outgoing;
}

/**
 * The connection is gone (or its read side ended: no HTTP client half-closes and still waits).
 * Node's HTTP server reads no further while a request on the connection is unanswered, so a
 * kiosk's hang-up that arrives together with its request is seen only once the answer is sent.
 */
function hungUp(c: Context<AppEnv>): boolean {
  // Not `incoming.destroyed`: the adapter ends and destroys it once a small body is read. A
  // request cut by its client's hang-up is destroyed with an error (`aborted`).
  const env = c.env as { incoming?: IncomingMessage; outgoing?: ServerResponse } | undefined;
  const socket = env?.incoming?.socket;
  return Boolean(
    env?.incoming?.errored ||
    env?.outgoing?.destroyed ||
    socket?.destroyed ||
    socket?.readableEnded,
  );
}

/** One turn of the event loop: the I/O already read in this poll (a hang-up) is handled first. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export function createAdmissionGate(limits: AdmissionLimits) {
  let active = 0;
  const waiting: Waiter[] = [];
  const perClient = new Map<string, number>();

  const hold = (client: string, delta: 1 | -1) => {
    const n = (perClient.get(client) ?? 0) + delta;
    if (n <= 0) perClient.delete(client);
    else perClient.set(client, n);
  };

  const admitNext = () => {
    while (active < limits.active && waiting.length > 0) {
      const next = waiting.shift()!;
      if (next.gone) continue;
      active++;
      next.admit();
    }
  };

  const release = () => {
    active--;
    // On the next turn of the event loop, not now: the health check, socket heartbeats and new
    // connections waiting in I/O get their turn between one command and the next.
    setImmediate(admitNext);
  };

  const busy = (c: Context<AppEnv>) => {
    c.header('Retry-After', String(limits.retryAfterSeconds));
    return c.json(
      errorBody({ code: 'server_busy', message: 'The server is busy. Try again in a moment.' }),
      503,
    );
  };

  const middleware = createMiddleware<AppEnv>(async (c, next) => {
    if (!MUTATING.has(c.req.method)) return next();
    const client = clientOf(c);
    const full = active >= limits.active && waiting.length >= limits.queued;
    if (full || (perClient.get(client) ?? 0) >= limits.perClient) return busy(c);
    hold(client, 1);
    try {
      if (active < limits.active && waiting.length === 0) {
        active++;
      } else {
        const turn = await waitTurn(c);
        // The client hung up while it waited: its command must not run for nobody.
        if (turn === 'gone') return c.body(null, 503);
        // Waited too long: its kiosk is about to give up, so say so while it still listens.
        if (turn === 'late') return busy(c);
      }
      try {
        // After a busy stretch a request and its client's hang-up are read in the same poll:
        // let the hang-up land, then run nothing for a client that is gone.
        await nextTurn();
        if (hungUp(c)) return c.body(null, 503);
        await next();
      } finally {
        release();
      }
    } finally {
      hold(client, -1);
    }
  });

  function waitTurn(c: Context<AppEnv>): Promise<'admitted' | 'gone' | 'late'> {
    return new Promise((resolve) => {
      const outgoing = outgoingOf(c);
      if (outgoing?.destroyed) return resolve('gone');
      const leave = (outcome: 'gone' | 'late') => {
        waiter.gone = true;
        clearTimeout(timer);
        outgoing?.off('close', onClose);
        const at = waiting.indexOf(waiter);
        if (at >= 0) waiting.splice(at, 1);
        resolve(outcome);
      };
      const onClose = () => leave('gone');
      const waiter: Waiter = {
        gone: false,
        admit: () => {
          clearTimeout(timer);
          outgoing?.off('close', onClose);
          resolve('admitted');
        },
      };
      const timer = setTimeout(() => leave('late'), limits.maxWaitMs);
      outgoing?.once('close', onClose);
      waiting.push(waiter);
    });
  }

  return {
    middleware,
    /** How loaded the gate is, for the health check: cheap counters, no work. */
    load: () => ({ active, queued: waiting.length }),
  };
}
export type AdmissionGate = ReturnType<typeof createAdmissionGate>;

/** One device or account is one client wherever it connects from; anyone else is their address. */
function clientOf(c: Context<AppEnv>): string {
  const principal = c.get('principal');
  const actor = principal ? actorOf(principal) : 'public';
  return actor === 'public' ? `address:${c.get('clientKey') ?? 'local'}` : actor;
}
