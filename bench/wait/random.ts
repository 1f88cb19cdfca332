// Seeded random numbers and the samplers the wait simulator draws from.

/** A source of uniform numbers in [0, 1). */
export type Rng = () => number;

/** Mixes a seed and any number of integer keys into one 32-bit seed (murmur3 finaliser). */
export function mixSeed(...keys: number[]): number {
  let h = 0x9e3779b9;
  for (const key of keys) {
    h = Math.imul(h ^ (key | 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

/**
 * xoshiro128** seeded through splitmix32, so that neighbouring seeds give unrelated streams.
 * Separate streams per day and purpose keep a scenario's days stable when another part changes.
 */
export function createRng(...keys: number[]): Rng {
  let x = mixSeed(...keys);
  const split = (): number => {
    x = (x + 0x9e3779b9) | 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split();
  let b = split();
  let c = split();
  let d = split();
  if ((a | b | c | d) === 0) a = 1;
  return () => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result / 4294967296;
  };
}

function rotl(v: number, k: number): number {
  return (v << k) | (v >>> (32 - k));
}

export function exponential(rng: Rng, mean: number): number {
  return -mean * Math.log(1 - rng());
}

export function standardNormal(rng: Rng): number {
  // Box–Muller without the cached twin: one call, one draw, easier to keep streams aligned.
  const u = 1 - rng();
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

export function lognormal(rng: Rng, median: number, sigma: number): number {
  return median * Math.exp(sigma * standardNormal(rng));
}

/** Gamma(shape, scale) by Marsaglia and Tsang, with the shape < 1 boost. */
export function gamma(rng: Rng, shape: number, scale: number): number {
  if (shape < 1) return gamma(rng, shape + 1, scale) * Math.pow(1 - rng(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = standardNormal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - rng();
    if (u < 1 - 0.0331 * x * x * x * x) return d * v * scale;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v * scale;
  }
}

/** A factor with mean 1 and the given coefficient of variation (1 when cv is 0). */
export function volumeFactor(rng: Rng, cv: number): number {
  if (cv <= 0) return 1;
  const shape = 1 / (cv * cv);
  return gamma(rng, shape, 1 / shape);
}

/**
 * Arrival times of a non-homogeneous Poisson process whose rate is constant within each hour:
 * `perHour[i]` applies from `start + 60·i`, and the process stops at `end`.
 * Memorylessness lets each hour restart the exponential gaps at its boundary.
 */
export function piecewisePoisson(
  rng: Rng,
  perHour: readonly number[],
  start: number,
  end: number,
  factor = 1,
): number[] {
  const times: number[] = [];
  for (let i = 0; i < perHour.length; i++) {
    const from = start + 60 * i;
    const to = Math.min(end, from + 60);
    const ratePerMin = ((perHour[i] ?? 0) * factor) / 60;
    if (ratePerMin <= 0 || to <= from) continue;
    let t = from + exponential(rng, 1 / ratePerMin);
    while (t < to) {
      times.push(t);
      t += exponential(rng, 1 / ratePerMin);
    }
  }
  return times;
}

/** Picks an index with probability proportional to `weights[i]`. */
export function pickWeighted(rng: Rng, weights: readonly number[]): number {
  let total = 0;
  for (const w of weights) total += w;
  let u = rng() * total;
  for (let i = 0; i < weights.length; i++) {
    u -= weights[i] ?? 0;
    if (u < 0) return i;
  }
  return weights.length - 1;
}
