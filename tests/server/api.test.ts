import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, json, signInCookie } from '../helpers/fixture';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

const countRows = (table: string) =>
  (t.deps.store.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('health and errors', () => {
  it('answers health with the version', async () => {
    const res = await t.app.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      ok: true,
      version: 'test',
      load: { active: 0, queued: 0 },
    });
  });

  it('answers an unknown API path with the one error shape', async () => {
    const res = await t.app.request('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('sends security headers', async () => {
    const res = await t.app.request('/api/health');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });
});

describe('sign-in', () => {
  it('signs in with an httpOnly SameSite=Strict cookie, knows who is signed in, and signs out', async () => {
    const res = await t.app.request(
      '/api/auth/sign-in',
      json({ username: 'admin', password: 'correct horse battery' }),
    );
    expect(res.status).toBe(200);
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/annae_session=/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    const cookie = setCookie.split(';')[0] ?? '';
    const me = await t.app.request('/api/auth/me', { headers: { cookie } });
    expect(await me.json()).toMatchObject({ account: { username: 'admin', role: 'admin' } });
    await t.app.request('/api/auth/sign-out', { method: 'POST', headers: { cookie } });
    expect((await t.app.request('/api/auth/me', { headers: { cookie } })).status).toBe(401);
  });

  it('refuses a wrong password with a readable message, and rate-limits repeated failures', async () => {
    const wrong = () =>
      t.app.request('/api/auth/sign-in', json({ username: 'counter', password: 'nope' }));
    const first = await wrong();
    expect(first.status).toBe(401);
    expect(await first.json()).toMatchObject({
      ok: false,
      error: { code: 'wrong_credentials', message: expect.stringMatching(/wrong/) },
    });
    for (let i = 0; i < 4; i += 1) await wrong();
    const limited = await wrong();
    expect(limited.status).toBe(429);
    expect(await limited.json()).toMatchObject({ error: { code: 'too_many_attempts' } });
  });

  it('rejects malformed JSON, unknown fields and wrong types with 400 and field names', async () => {
    const malformed = await t.app.request('/api/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"username": ',
    });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ ok: false, error: { code: 'bad_request' } });

    const unknown = await t.app.request(
      '/api/auth/sign-in',
      json({ username: 'a', password: 'b', admin: true }),
    );
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ error: { code: 'invalid_request' } });

    const wrongType = await t.app.request(
      '/api/auth/sign-in',
      json({ username: 42, password: 'b' }),
    );
    expect(wrongType.status).toBe(400);
    const body = (await wrongType.json()) as { error: { details: { path: string }[] } };
    expect(body.error.details[0]?.path).toBe('username');
  });

  it('checks roles in one place: a counter officer cannot manage devices, anonymous must sign in', async () => {
    expect((await t.app.request('/api/devices')).status).toBe(401);
    const cookie = await signInCookie(t.app, 'counter');
    const res = await t.app.request('/api/devices', { headers: { cookie } });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ error: { code: 'forbidden' } });
  });
});

describe('devices and pairing', () => {
  it('creates a device with a pairing code that pairs once and gives a working token', async () => {
    const cookie = await signInCookie(t.app, 'admin');
    const created = await t.app.request(
      '/api/devices',
      json({ kind: 'kiosk', name: '2층 키오스크' }, { cookie }),
    );
    expect(created.status).toBe(201);
    const { device, pairingCode } = (await created.json()) as {
      device: { id: number };
      pairingCode: string;
    };
    expect(pairingCode).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);

    const paired = await t.app.request(
      '/api/devices/pair',
      json({ code: pairingCode.toLowerCase() }),
    );
    expect(paired.status).toBe(200);
    const { token } = (await paired.json()) as { token: string };
    const me = await t.app.request('/api/devices/me', {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(await me.json()).toMatchObject({ device: { id: device.id, kind: 'kiosk' } });

    const again = await t.app.request('/api/devices/pair', json({ code: pairingCode }));
    expect(again.status).toBe(410);
    expect(await again.json()).toMatchObject({ error: { code: 'pairing_code_used' } });
  });

  it('refuses an expired or unknown code and changes nothing', async () => {
    let now = new Date('2026-11-23T09:00:00Z');
    t.deps.clock = { now: () => now };
    const cookie = await signInCookie(t.app, 'admin');
    const created = await t.app.request(
      '/api/devices',
      json({ kind: 'display', name: '표시기 2' }, { cookie }),
    );
    const { pairingCode, device } = (await created.json()) as {
      pairingCode: string;
      device: { id: number };
    };
    now = new Date('2026-11-23T09:16:00Z');
    const events = countRows('events');
    const expired = await t.app.request('/api/devices/pair', json({ code: pairingCode }));
    expect(expired.status).toBe(410);
    expect(await expired.json()).toMatchObject({ error: { code: 'pairing_code_expired' } });
    const unknown = await t.app.request('/api/devices/pair', json({ code: 'ZZZZ-2222' }));
    expect(unknown.status).toBe(404);
    expect(countRows('events')).toBe(events);
    expect(t.deps.store.devices.get(t.hall.hallId, device.id)?.pairedAt).toBeNull();
  });

  it('revokes a device: its token stops working at once', async () => {
    const cookie = await signInCookie(t.app, 'admin');
    const auth = { authorization: `Bearer ${t.hall.tokens.kiosk}` };
    expect((await t.app.request('/api/devices/me', { headers: auth })).status).toBe(200);
    const res = await t.app.request(`/api/devices/${t.hall.devices.kiosk}/revoke`, {
      method: 'POST',
      headers: { cookie },
    });
    expect(res.status).toBe(200);
    const after = await t.app.request('/api/devices/me', { headers: auth });
    expect(after.status).toBe(401);
    expect(await after.json()).toMatchObject({ error: { code: 'device_revoked' } });
  });

  it('answers unknown ids and bad ids clearly', async () => {
    const cookie = await signInCookie(t.app, 'admin');
    expect(
      (await t.app.request('/api/devices/9999/revoke', { method: 'POST', headers: { cookie } }))
        .status,
    ).toBe(404);
    const bad = await t.app.request('/api/devices/abc/revoke', {
      method: 'POST',
      headers: { cookie },
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'invalid_request' } });
  });

  it('keeps a demo landing closed on a hall that is not a demo', async () => {
    const res = await t.app.request('/api/demo/screens');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'not_demo' } });
  });
});
