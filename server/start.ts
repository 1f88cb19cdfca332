/** Opens the data directory and database, builds the app and the socket server, and listens. */
import { accessSync, constants, mkdirSync, statfsSync, unlinkSync, writeFileSync } from 'node:fs';
import type { Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import type { Config } from './config';
import { chooseEngine, type Speaker } from './speech/engine';
import { shiftedClock, systemClock, type Clock, type Deps } from './context';
import { closeStaleTickets } from './commands/queue';
import { pushQueue } from './realtime/queue-push';
import { tickHelp } from './commands/help';
import { tickPresence } from './commands/presence-schedule';
import { createHub } from './realtime/hub';
import { createRealtime } from './realtime/index';
import { writePidFile } from './ops/backup';
import { openDatabase } from './store/db';
import { createStore } from './store/index';

export class StartupError extends Error {}

/** Refuses a data directory it cannot write, with a sentence instead of a stack trace. */
export function prepareDataDir(dir: string): void {
  try {
    mkdirSync(join(dir, 'photos'), { recursive: true });
    accessSync(dir, constants.W_OK);
    // access() says yes to root on a read-only mount: write and remove a probe file too.
    const probe = join(dir, `.write-probe-${process.pid}`);
    writeFileSync(probe, 'ok');
    unlinkSync(probe);
  } catch (err) {
    throw new StartupError(
      `Annae cannot write its data directory ${dir} (${(err as NodeJS.ErrnoException).code ?? String(err)}). ` +
        'Set ANNAE_DATA to a writable folder, or free some disk space.',
    );
  }
  const { bavail, bsize } = statfsSync(dir);
  if (bavail * bsize < MIN_FREE_BYTES) {
    throw new StartupError(
      `The disk of the data directory ${dir} is full (${Math.floor((bavail * bsize) / 1024)} KB free; ` +
        `Annae needs at least ${MIN_FREE_BYTES / 1024 / 1024} MB). Free some disk space, then start again.`,
    );
  }
}

/** Below this much free space a hall day cannot be recorded safely: refuse to start. */
const MIN_FREE_BYTES = 16 * 1024 * 1024;

export async function startServer(
  config: Config,
  clock: Clock = config.startAt ? shiftedClock(config.startAt) : systemClock,
) {
  prepareDataDir(config.dataDir);
  const db = openDatabase(join(config.dataDir, 'annae.db'));
  const store = createStore(db);
  let demo = null;
  if (!store.halls.first() && config.demo) {
    // Loaded only for an empty data directory: a running hall never needs the demo's code.
    const { createDemoHall } = await import('./demo/demo-hall');
    demo = await createDemoHall(store, config.dataDir, clock.now());
  }
  const speech: { current: Speaker | null } = { current: null };
  const deps: Deps = { store, hub: createHub(), config, clock, speech };
  // Found after listening: the screens come up at once, and no engine never stops the server.
  // A demo hall made just now gets its voice pack from that engine (rendered in the background).
  const demoHallId = demo?.hallId ?? null;
  void chooseEngine(process.env, (line) => console.log(line)).then(async (s) => {
    speech.current = s;
    if (demoHallId === null) return;
    const { installDemoVoicePack } = await import('./demo/demo-voice');
    await installDemoVoicePack(deps, demoHallId, s, (line) => console.log(line));
  });
  const app = createApp(deps);

  const httpServer = await new Promise<HttpServer>((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () =>
      resolve(server as HttpServer),
    ) as HttpServer;
    server.once('error', reject);
  });
  const io = createRealtime(httpServer, deps);
  const { port } = httpServer.address() as AddressInfo;
  // `npm run restore` refuses while this file names a live server (server/ops/backup.ts).
  const removePidFile = writePidFile(config.dataDir, port);

  // Estimates move with the clock and days end without a command: refresh every half minute.
  const tick = () => {
    for (const hall of store.halls.list()) {
      if (closeStaleTickets(deps, hall.id) === 0) pushQueue(deps, hall.id);
    }
  };
  tick();
  const ticker = setInterval(tick, 30_000);
  ticker.unref();
  // Call-bell pages escalate and escorted visits come due by the clock alone: check often.
  const helpTicker = setInterval(() => tickHelp(deps), 5_000);
  helpTicker.unref();
  // Scheduled presence (교육, 휴가) and the lunch rotation take effect and revert by the clock.
  tickPresence(deps);
  const presenceTicker = setInterval(() => tickPresence(deps), 10_000);
  presenceTicker.unref();
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
        clearInterval(helpTicker);
        clearInterval(presenceTicker);
        // Closing the engine drops every transport: screens see a lost link and reconnect to the
        // next server by themselves (a server-side "disconnect" would tell them not to).
        void io.close(() => {
          db.close();
          removePidFile();
          resolve();
        });
        httpServer.closeAllConnections?.();
      });
      return closing;
    },
  };
}
export type RunningServer = Awaited<ReturnType<typeof startServer>>;
