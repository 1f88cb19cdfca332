/** Spawns the server as `npm start` does (`scripts/start.mjs`), on a temporary data directory. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from '@playwright/test';
import { OPEN_HOUR } from './queue-api';

const root = resolve(import.meta.dirname, '../..');

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
    server.once('error', reject);
  });
}

export type ChildServer = {
  url: string;
  dataDir: string;
  output: () => string;
  start: () => Promise<void>;
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
  remove: () => void;
};

export async function childServer(env: Record<string, string> = {}): Promise<ChildServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'annae-browser-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  let log = '';
  let firstStart: number | null = null;

  async function start(): Promise<void> {
    // ANNAE_NOW sets the hall clock at process start; a restarted server must go on from where
    // the first one's clock is now, not jump back to it (calls would sort before older ones).
    firstStart ??= Date.now();
    const now = env.ANNAE_NOW
      ? { ANNAE_NOW: new Date(Date.parse(env.ANNAE_NOW) + Date.now() - firstStart).toISOString() }
      : {};
    child = spawn(process.execPath, ['scripts/start.mjs'], {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        ANNAE_DATA: dataDir,
        ...env,
        ...now,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    // A failing test's attachment then says whether the process died, and how.
    child.once(
      'exit',
      (code, signal) => (log += `\n[server exited: code ${code}, signal ${signal}]\n`),
    );
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`server exited ${child.exitCode}:\n${log}`);
      const ok = await fetch(`${url}/api/health`)
        .then((r) => r.ok)
        .catch(() => false);
      if (ok) return;
      await new Promise((r) => setTimeout(r, 150));
    }
    throw new Error(`server did not answer within 60 s:\n${log}`);
  }

  function stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
    const running = child;
    if (!running || running.exitCode !== null) return Promise.resolve(running?.exitCode ?? null);
    return new Promise((resolveExit) => {
      running.once('exit', (code) => resolveExit(code));
      running.kill(signal);
    });
  }

  await start();
  return {
    url,
    dataDir,
    output: () => log,
    start,
    stop,
    remove: () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

/**
 * One server for the tests of a spec file: started before them, stopped and its data removed
 * after. A start that fails is tried once more: a stale build being rebuilt can outlast it.
 */
export function serverPerFile(env: Record<string, string> = OPEN_HOUR): ChildServer {
  const server = {} as ChildServer;
  test.beforeAll(async () => {
    test.setTimeout(150_000);
    Object.assign(server, await childServer(env).catch(() => childServer(env)));
  });
  test.afterAll(async () => {
    await server.stop();
    server.remove();
  });
  return server;
}
