/** Settings from the environment, read once at start. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  /** Create the demo hall on an empty data directory (ANNAE_DEMO=0 never does). */
  demo: boolean;
  /** Mark session cookies Secure: set behind an HTTPS reverse proxy. */
  secureCookies: boolean;
  /**
   * ANNAE_TRUST_PROXY=1: a reverse proxy in front adds the client's address to X-Forwarded-For,
   * and the right-most entry (the one it added) is the client for the per-address limits. Off by
   * default: a client could write any address into the header itself.
   */
  trustProxy?: boolean;
  /** Where the built front ends are. */
  distDir: string;
  version: string;
  /** Tests and demos only: the clock starts at this instant and runs forward from it. */
  startAt: Date | null;
  /**
   * How long the wait estimator's replay (the costly part of a queue view) is reused while
   * tickets come and go; places in line are always exact. Absent or 0: every change reruns it.
   */
  estimateRefreshMs?: number;
  /**
   * Bounds on mutating API requests running and waiting (server/http/admission.ts); absent: the
   * defaults. `false` (ANNAE_ADMISSION=off) lets every request through, for the burst bench's
   * baseline only.
   */
  admission?: AdmissionLimits | false;
};

/** What the admission gate lets run and wait (server/http/admission.ts). */
export type AdmissionLimits = {
  /** Mutating requests running at once (reading their body or in their command). */
  active: number;
  /** Requests waiting for a running one to finish, over the whole server. */
  queued: number;
  /** Running and waiting requests of one device, account or (signed out) address. */
  perClient: number;
  /** How long a request may wait for its turn before it is refused after all. */
  maxWaitMs: number;
  /** Seconds a refused client is told to wait. */
  retryAfterSeconds: number;
};

/** Enough for a hall's kiosks and consoles at once; a burst past it is refused, not queued. */
export const DEFAULT_ADMISSION: AdmissionLimits = {
  active: 4,
  queued: 32,
  perClient: 4,
  // Well inside the kiosk's patience: a visitor hears "try again" rather than nothing.
  maxWaitMs: 2000,
  retryAfterSeconds: 2,
};

const packageVersion = (): string =>
  (
    JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
    }
  ).version;

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, not "${env.PORT}"`);
  }
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: resolve(env.ANNAE_DATA ?? './data'),
    demo: env.ANNAE_DEMO !== '0',
    secureCookies: env.ANNAE_SECURE_COOKIES === '1',
    trustProxy: env.ANNAE_TRUST_PROXY === '1',
    distDir: resolve(env.ANNAE_DIST ?? new URL('../dist', import.meta.url).pathname),
    version: packageVersion(),
    startAt: readStartAt(env.ANNAE_NOW),
    estimateRefreshMs: readRefresh(env.ANNAE_ESTIMATE_REFRESH_MS),
    admission: env.ANNAE_ADMISSION === 'off' ? false : DEFAULT_ADMISSION,
  };
}

/** One second by default: a burst of tickets costs one replay a second, not one per ticket. */
function readRefresh(value: string | undefined): number {
  if (value === undefined || value === '') return 1000;
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms < 0 || ms > 60_000) {
    throw new Error(`ANNAE_ESTIMATE_REFRESH_MS must be 0 to 60000 milliseconds, not "${value}"`);
  }
  return ms;
}

function readStartAt(value: string | undefined): Date | null {
  if (!value) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime()))
    throw new Error(`ANNAE_NOW must be an ISO date and time, not "${value}"`);
  return date;
}
