/**
 * Staff sessions: the cookie's flags (Secure behind an HTTPS proxy by ANNAE_SECURE_COOKIES),
 * a new session at every sign-in that ends the one the browser had, and expiry after
 * SESSION_HOURS. HttpOnly, SameSite=Strict and the sign-in rate limit are in api.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { SESSION_HOURS } from '../../server/commands/auth';
import { readConfig } from '../../server/config';
import { createTestApp, PASSWORD } from '../helpers/fixture';

let now = new Date('2026-11-23T01:00:00Z');
let t: Awaited<ReturnType<typeof createTestApp>>;
afterEach(() => t?.close());

const signIn = (cookie?: string) =>
  t.app.request('/api/auth/sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ username: 'counter', password: PASSWORD }),
  });
const cookieOf = (res: Response) => (res.headers.get('set-cookie') ?? '').split(';')[0]!;
const me = async (cookie: string) =>
  (await t.app.request('/api/auth/me', { headers: { cookie } })).status;

describe('the session cookie', () => {
  it('is Secure only when ANNAE_SECURE_COOKIES=1 says a HTTPS reverse proxy is in front', async () => {
    t = await createTestApp({ now: () => now });
    expect(readConfig({}).secureCookies).toBe(false);
    expect(readConfig({ ANNAE_SECURE_COOKIES: '1' }).secureCookies).toBe(true);

    const plain = (await signIn()).headers.get('set-cookie') ?? '';
    expect(plain).toMatch(/HttpOnly/);
    expect(plain).toMatch(/SameSite=Strict/);
    expect(plain).not.toMatch(/;\s*Secure/i);

    t.deps.config.secureCookies = true;
    const secure = (await signIn()).headers.get('set-cookie') ?? '';
    expect(secure).toMatch(/;\s*Secure/);
    expect(secure).toMatch(/HttpOnly/);
    expect(secure).toMatch(/SameSite=Strict/);
    expect(secure).toMatch(new RegExp(`Max-Age=${SESSION_HOURS * 3600}`));
  });
});

describe('sign-in', () => {
  it('issues a new session each time and ends the one the browser carried', async () => {
    t = await createTestApp({ now: () => now });
    const first = cookieOf(await signIn());
    expect(await me(first)).toBe(200);
    const second = cookieOf(await signIn(first));
    expect(second).not.toBe(first);
    expect(await me(second)).toBe(200);
    expect(await me(first)).toBe(401);
  });

  it('never adopts a session id the browser made up (no fixation)', async () => {
    t = await createTestApp({ now: () => now });
    const planted = 'annae_session=attacker-chosen-value-0123456789';
    const issued = cookieOf(await signIn(planted));
    expect(issued).not.toBe(planted);
    expect(await me(planted)).toBe(401);
    expect(await me(issued)).toBe(200);
  });
});

describe('expiry', () => {
  it(`ends a session ${SESSION_HOURS} hours after sign-in, on the server's clock`, async () => {
    now = new Date('2026-11-23T01:00:00Z');
    t = await createTestApp({ now: () => now });
    const cookie = cookieOf(await signIn());
    now = new Date(now.getTime() + SESSION_HOURS * 3600_000 - 60_000);
    expect(await me(cookie)).toBe(200);
    now = new Date(now.getTime() + 2 * 60_000);
    expect(await me(cookie)).toBe(401);
  });
});
