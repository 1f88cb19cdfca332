/** Attempt counters per key (sign-in, pairing, look-ups) and a work gate. Memory only, by design. */

export type LimiterOptions = {
  now?: () => number;
  /** Most keys remembered; past it the oldest go first, so a flood of new keys keeps recent ones. */
  maxKeys?: number;
};

/**
 * Drops entries from the front of an insertion-ordered map (oldest first) while they are stale or
 * the map is full. Entries are re-inserted when they change, so the front is always the oldest.
 */
function evict<V>(map: Map<string, V>, maxKeys: number, stale: (value: V) => boolean): void {
  for (const [key, value] of map) {
    if (map.size < maxKeys && !stale(value)) break;
    map.delete(key);
  }
}

/** A fixed-window counter per key: `limit` hits per `windowMs`. */
export function createRateLimiter(limit: number, windowMs: number, options: LimiterOptions = {}) {
  const { now = Date.now, maxKeys = 10_000 } = options;
  const windows = new Map<string, { start: number; count: number }>();
  return {
    /** Counts one attempt; false when the key has used up its window. */
    hit(key: string): boolean {
      const t = now();
      let w = windows.get(key);
      if (!w || t - w.start >= windowMs) {
        windows.delete(key);
        evict(windows, maxKeys, (old) => t - old.start >= windowMs);
        w = { start: t, count: 0 };
        windows.set(key, w);
      }
      w.count += 1;
      return w.count <= limit;
    },
    reset(key: string): void {
      windows.delete(key);
    },
    get size(): number {
      return windows.size;
    },
  };
}
export type RateLimiter = ReturnType<typeof createRateLimiter>;

/**
 * Failures per key with a growing wait: `free` failures cost nothing, then each further one doubles
 * the wait from `baseMs`, up to `maxMs`. A key is forgotten `forgetMs` after its last failure.
 */
export function createBackoff(
  settings: { free: number; baseMs: number; maxMs: number; forgetMs: number },
  options: LimiterOptions = {},
) {
  const { now = Date.now, maxKeys = 10_000 } = options;
  const records = new Map<string, { failures: number; last: number }>();
  const fresh = (key: string, t: number) => {
    const r = records.get(key);
    return r && t - r.last < settings.forgetMs ? r : undefined;
  };
  const delayAfter = (failures: number) =>
    failures < settings.free
      ? 0
      : Math.min(settings.baseMs * 2 ** (failures - settings.free), settings.maxMs);
  return {
    /** Milliseconds the key must still wait before its next try; 0 when it may try now. */
    waitMs(key: string): number {
      const t = now();
      const r = fresh(key, t);
      return r ? Math.max(0, r.last + delayAfter(r.failures) - t) : 0;
    },
    fail(key: string): void {
      const t = now();
      const failures = (fresh(key, t)?.failures ?? 0) + 1;
      records.delete(key);
      evict(records, maxKeys, (old) => t - old.last >= settings.forgetMs);
      records.set(key, { failures, last: t });
    },
    reset(key: string): void {
      records.delete(key);
    },
    get size(): number {
      return records.size;
    },
  };
}
export type Backoff = ReturnType<typeof createBackoff>;

/**
 * At most `running` tasks at once and `waiting` queued; past that `run` refuses at once, so a flood
 * queues no unbounded work (each password check is ~0.3 s of CPU and 128 MiB).
 */
export function createGate(running: number, waiting: number) {
  let active = 0;
  const queue: (() => void)[] = [];
  const release = () => {
    const next = queue.shift();
    if (next) next();
    else active -= 1;
  };
  return {
    /** Runs `task`, or returns `busy` without running it when the gate is full. */
    async run<T>(task: () => Promise<T>): Promise<{ busy: true } | { busy: false; value: T }> {
      if (active < running) active += 1;
      else if (queue.length < waiting) await new Promise<void>((go) => queue.push(go));
      else return { busy: true };
      try {
        return { busy: false, value: await task() };
      } finally {
        release();
      }
    },
  };
}
