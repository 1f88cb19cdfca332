/**
 * Sign-in throttling (issue 16): growing waits per name that a browser known to the account is not
 * held by, a per-address count across names, X-Forwarded-For only with ANNAE_TRUST_PROXY, a gate
 * on concurrent password checks, and limiters that keep recent keys when full.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createBackoff, createRateLimiter } from '../../server/auth/rate-limit';
import { readConfig } from '../../server/config';
import { ko } from '../../shared/i18n/ko-all';
import { createTestApp, PASSWORD } from '../helpers/fixture';

let now = new Date('2026-11-23T01:00:00Z');
let t: Awaited<ReturnType<typeof createTestApp>>;
afterEach(() => t?.close());
const advance = (seconds: number) => {
  now = new Date(now.getTime() + seconds * 1000);
};

function signIn(
  username: string,
  password: string,
  headers: Record<string, string> = {},
  path = '/api/auth/sign-in',
) {
  return t.app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(
      path.endsWith('change-password')
        ? { username, password, newPassword: 'a brand new passphrase' }
        : { username, password },
    ),
  });
}
/** The browser's known-device cookie from a good sign-in's Set-Cookie headers. */
const knownCookie = (res: Response) =>
  res.headers
    .getSetCookie()
    .find((c) => c.startsWith('annae_known_'))
    ?.split(';')[0] ?? '';
const codeOf = async (res: Response) =>
  ((await res.json()) as { error: { code: string } }).error.code;

describe('per-name throttling', () => {
  it('lets the owner in from a browser that signed in before, right after a stranger’s 10 failures', async () => {
    t = await createTestApp({ now: () => now });
    const good = await signIn('counter', PASSWORD);
    expect(good.status).toBe(200);
    const known = knownCookie(good);
    expect(known).toMatch(/^annae_known_\d+=/);
    expect(good.headers.getSetCookie().find((c) => c.startsWith('annae_known_'))).toMatch(
      /HttpOnly.*SameSite=Strict|SameSite=Strict.*HttpOnly/,
    );

    // The stranger waits out each delay, so all ten are real wrong guesses.
    for (let i = 0; i < 10; i += 1) {
      let res = await signIn('counter', `guess ${i}`);
      if (res.status === 429) {
        advance(Number(res.headers.get('retry-after')));
        res = await signIn('counter', `guess ${i}`);
      }
      expect(res.status).toBe(401);
    }

    const stranger = await signIn('counter', PASSWORD);
    expect(stranger.status).toBe(429);
    expect(Number(stranger.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await codeOf(stranger)).toBe('too_many_attempts');

    const owner = await signIn('counter', PASSWORD, { cookie: known });
    expect(owner.status).toBe(200);
  });

  it('without the cookie, waits 30 s after five failures and doubles the wait with each further one', async () => {
    t = await createTestApp({ now: () => now });
    for (let i = 0; i < 5; i += 1) expect((await signIn('counter', 'nope')).status).toBe(401);
    const held = await signIn('counter', PASSWORD);
    expect(held.status).toBe(429);
    expect(held.headers.get('retry-after')).toBe('30');
    expect(`error.${await codeOf(held)}` in ko).toBe(true);
    advance(30);
    expect((await signIn('counter', 'nope')).status).toBe(401);
    expect((await signIn('counter', PASSWORD)).headers.get('retry-after')).toBe('60');
    advance(60);
    expect((await signIn('counter', PASSWORD)).status).toBe(200);
  });

  it('does not take a cookie of another account, or a forged one, as known', async () => {
    t = await createTestApp({ now: () => now });
    const adminCookie = knownCookie(await signIn('admin', PASSWORD));
    for (let i = 0; i < 5; i += 1) await signIn('counter', 'nope');
    const [name, value] = adminCookie.split('=') as [string, string];
    const counterId = t.hall.accounts.counter;
    const renamed = `annae_known_${counterId}=${value}`;
    expect((await signIn('counter', PASSWORD, { cookie: renamed })).status).toBe(429);
    const forged = `annae_known_${counterId}=${counterId}.${now.getTime()}.x.${value.split('.')[3]}`;
    expect((await signIn('counter', PASSWORD, { cookie: forged })).status).toBe(429);
    expect(name).toBe(`annae_known_${t.hall.accounts.admin}`);
  });
});

describe('per-address throttling', () => {
  it('limits one address spraying a password over 30 names', async () => {
    t = await createTestApp({ now: () => now });
    const statuses: number[] = [];
    // Five at a time (the gate runs two and queues four): each batch sees the ones before it.
    for (let i = 0; i < 30; i += 5) {
      const batch = [0, 1, 2, 3, 4].map((j) => signIn(`officer${i + j}`, 'Spring2026!'));
      statuses.push(...(await Promise.all(batch)).map((r) => r.status));
    }
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(20).every((s) => s === 429)).toBe(true);
    // A real name with its right password from that address waits too, unless the browser is known.
    expect((await signIn('counter', PASSWORD)).status).toBe(429);
  }, 120_000);

  it('with ANNAE_TRUST_PROXY=1 counts each X-Forwarded-For client apart; without it ignores the header', async () => {
    expect(readConfig({}).trustProxy).toBe(false);
    expect(readConfig({ ANNAE_TRUST_PROXY: '1' }).trustProxy).toBe(true);
    const spray = async (forwarded: string) => {
      for (let i = 0; i < 20; i += 5) {
        const batch = [0, 1, 2, 3, 4].map((j) =>
          signIn(`officer${i + j}`, 'Spring2026!', { 'x-forwarded-for': forwarded }),
        );
        for (const res of await Promise.all(batch)) expect(res.status).toBe(401);
      }
    };

    t = await createTestApp({ now: () => now });
    t.deps.config.trustProxy = true;
    // The left entry is the client's own claim; the right-most is what the proxy saw.
    await spray('10.9.9.9, 203.0.113.7');
    const a = await signIn('officer99', 'x', { 'x-forwarded-for': '10.0.0.1, 203.0.113.7' });
    expect(a.status).toBe(429);
    const b = await signIn('officer99', 'x', { 'x-forwarded-for': '10.9.9.9, 203.0.113.8' });
    expect(b.status).toBe(401);
    t.close();

    t = await createTestApp({ now: () => now });
    await spray('203.0.113.7');
    const other = await signIn('officer99', 'x', { 'x-forwarded-for': '203.0.113.8' });
    expect(other.status).toBe(429);
  }, 150_000);
});

describe('password-check work', () => {
  it('answers 429 auth_busy with Retry-After past two checks running and four waiting', async () => {
    t = await createTestApp({ now: () => now });
    const all = await Promise.all(
      Array.from({ length: 10 }, (_, i) => signIn(`nobody${i}`, 'wrong')),
    );
    const busy = all.filter((r) => r.status === 429);
    expect(all.filter((r) => r.status === 401)).toHaveLength(6);
    expect(busy).toHaveLength(4);
    expect(busy[0]?.headers.get('retry-after')).toBe('1');
    expect(await codeOf(busy[0]!)).toBe('auth_busy');
    expect('error.auth_busy' in ko).toBe(true);
  }, 30_000);

  it('costs an unknown name on change-password as much as a wrong password', async () => {
    t = await createTestApp({ now: () => now });
    const path = '/api/auth/change-password';
    let start = performance.now();
    expect((await signIn('counter', 'wrong', {}, path)).status).toBe(401);
    const known = performance.now() - start;
    start = performance.now();
    expect((await signIn('nobody-at-all', 'wrong', {}, path)).status).toBe(401);
    const unknown = performance.now() - start;
    expect(unknown).toBeGreaterThan(known / 3);
  });
});

describe('limiters when full', () => {
  it('a fixed-window limiter drops the oldest windows, not all of them', () => {
    let ms = 0;
    const limiter = createRateLimiter(1, 60_000, { now: () => ms, maxKeys: 100 });
    for (let i = 0; i < 250; i += 1) {
      limiter.hit(`key${i}`);
      ms += 10;
    }
    expect(limiter.size).toBeLessThanOrEqual(100);
    // The most recent windows are still used up.
    for (let i = 200; i < 250; i += 1) expect(limiter.hit(`key${i}`)).toBe(false);
  });

  it('a backoff drops the least recently failed names and keeps the recent ones', () => {
    let ms = 0;
    const backoff = createBackoff(
      { free: 1, baseMs: 1000, maxMs: 8000, forgetMs: 3_600_000 },
      { now: () => ms, maxKeys: 100 },
    );
    for (let i = 0; i < 250; i += 1) backoff.fail(`name${i}`);
    expect(backoff.size).toBeLessThanOrEqual(100);
    expect(backoff.waitMs('name249')).toBe(1000);
    expect(backoff.waitMs('name200')).toBe(1000);
    ms += 3_600_000;
    expect(backoff.waitMs('name249')).toBe(0);
  });
});
