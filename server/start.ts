/** Opens the data directory and database, builds the app and the socket server, and listens. */
import { accessSync, constants, mkdirSync } from 'node:fs';
import type { Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import type { Config } from './config';
import { systemClock, type Clock, type Deps } from './context';
import { closeStaleTickets, pushQueue } from './commands/queue';
import { createHub } from './realtime/hub';
import { createRealtime } from './realtime/index';
import { openDatabase } from './store/db';
import { createStore } from './store/index';

export class StartupError extends Error {}

/** Refuses a data directory it cannot write, with a sentence instead of a stack trace. */
function prepareDataDir(dir: string): void {
  try {
    mkdirSync(join(dir, 'photos'), { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (err) {
    throw new StartupError(
      `Annae cannot write its data directory ${dir} (${(err as NodeJS.ErrnoException).code ?? String(err)}). ` +
        'Set ANNAE_DATA to a writable folder, or free some disk space.',
    );
  }
}

export async function startServer(config: Config, clock: Clock = systemClock) {
  prepareDataDir(config.dataDir);
  const db = openDatabase(join(config.dataDir, 'annae.db'));
  const store = createStore(db);
  let demo = null;
  if (!store.halls.first() && config.demo) {
    // Loaded only for an empty data directory: a running hall never needs the demo's code.
    const { createDemoHall } = await import('./demo/demo-hall');
    demo = await createDemoHall(store, config.dataDir, clock.now());
  }
  const deps: Deps = { store, hub: createHub(), config, clock };
  const app = createApp(deps);

  const httpServer = await new Promise<HttpServer>((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () =>
      resolve(server as HttpServer),
    ) as HttpServer;
    server.once('error', reject);
  });
  const io = createRealtime(httpServer, deps);
  const { port } = httpServer.address() as AddressInfo;

  // Estimates move with the clock and days end without a command: refresh every half minute.
  const tick = () => {
    for (const hall of store.halls.list()) {
      if (closeStaleTickets(deps, hall.id) === 0) pushQueue(deps, hall.id);
    }
  };
  tick();
  const ticker = setInterval(tick, 30_000);
  ticker.unref();
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;

  let closing: Promise<void> | null = null;
  return {
    deps,
    io,
    demo,
    port,
    url: `http://${shownHost}:${port}`,
    /** Closes sockets, then the HTTP server, then the database. Safe to call twice. */
    close(): Promise<void> {
      closing ??= new Promise<void>((resolve) => {
        clearInterval(ticker);
        // Closing the engine drops every transport: screens see a lost link and reconnect to the
        // next server by themselves (a server-side "disconnect" would tell them not to).
        void io.close(() => {
          db.close();
          resolve();
        });
        httpServer.closeAllConnections?.();
      });
      return closing;
    },
  };
}
export type RunningServer = Awaited<ReturnType<typeof startServer>>;
