/**
 * Demo links hand out admin, counter and guide sessions and device tokens to anyone: they answer
 * only while the setting allows them, reuse one session per role, and end for good when an
 * administrator turns the demo hall into a real one (console or `npm run setup -- --convert-demo`).
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import type { Deps } from '../../server/context';
import { createDemoHall, type DemoHall } from '../../server/demo/demo-hall';
import { convertDemo } from '../../server/ops/setup';
import { createHub } from '../../server/realtime/hub';
import { openDatabase, type Db } from '../../server/store/db';
import { createStore } from '../../server/store/index';
import { json, tempDir, testConfig } from '../helpers/fixture';

const NOW = new Date('2026-11-23T01:00:00Z');
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const fn of cleanups.splice(0).reverse()) fn();
});

async function demoApp(demo: boolean, dir = tempDir('annae-demo-links-')) {
  const db: Db = openDatabase(join(dir.dir, 'annae.db'));
  const store = createStore(db);
  const hall: DemoHall = await createDemoHall(store, dir.dir, NOW, { history: false });
  let now = NOW.getTime();
  const deps: Deps = {
    store,
    hub: createHub(),
    config: testConfig(dir.dir, { demo }),
    clock: { now: () => new Date(now) },
  };
  cleanups.push(() => {
    db.close();
    dir.remove();
  });
  const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  return {
    app: createApp(deps),
    deps,
    db,
    hall,
    dir: dir.dir,
    count,
    advance: (ms: number) => (now += ms),
  };
}

const cookieOf = (res: Response) => (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

describe('demo links', () => {
  it('answer 404 demo_off with ANNAE_DEMO=0, though the data directory holds the demo hall', async () => {
    const t = await demoApp(false);
    for (const screen of ['admin', 'counter', 'guide', 'kiosk', 'board']) {
      const res = await t.app.request(`/api/demo/open/${screen}`);
      expect(res.status).toBe(404);
      expect(res.headers.get('set-cookie')).toBeNull();
      expect(await res.json()).toMatchObject({ error: { code: 'demo_off' } });
    }
    expect((await t.app.request('/api/demo/screens')).status).toBe(404);
    expect(t.count('SELECT count(*) AS n FROM sessions')).toBe(0);
  });

  it('open a demo screen signed in, reusing one session per role instead of one per click', async () => {
    const t = await demoApp(true);
    const first = await t.app.request('/api/demo/open/admin');
    expect(first.status).toBe(302);
    const cookie = cookieOf(first);
    expect(cookie).toMatch(/^annae_session=.+/);
    const me = await t.app.request('/api/auth/me', { headers: { cookie } });
    expect(me.status).toBe(200);
    for (let i = 0; i < 5; i++) {
      const again = await t.app.request('/api/demo/open/admin');
      expect(cookieOf(again)).toBe(cookie);
    }
    expect(t.count('SELECT count(*) AS n FROM sessions')).toBe(1);
    // With less than an hour left, a fresh session replaces it.
    t.advance(11.5 * 3600 * 1000);
    const later = await t.app.request('/api/demo/open/admin');
    expect(cookieOf(later)).not.toBe(cookie);
    await t.app.request('/api/demo/open/counter');
    expect(t.count('SELECT count(*) AS n FROM sessions')).toBe(3);
  });

  it('end when an admin converts the hall: flag, demo sessions and device tokens all go', async () => {
    const t = await demoApp(true);
    const admin = cookieOf(await t.app.request('/api/demo/open/admin'));
    const counter = cookieOf(await t.app.request('/api/demo/open/counter'));
    const kiosk = await t.app.request('/api/demo/open/kiosk');
    const kioskToken = decodeURIComponent(
      (kiosk.headers.get('location') ?? '').split('#device=')[1] ?? '',
    );
    expect(kioskToken).not.toBe('');

    // A counter officer may not; a too-short password is refused.
    const refused = await t.app.request(
      '/api/hall/convert-demo',
      json({ newPassword: 'a new long password' }, { cookie: counter }),
    );
    expect(refused.status).toBe(403);
    const short = await t.app.request(
      '/api/hall/convert-demo',
      json({ newPassword: 'short' }, { cookie: admin }),
    );
    expect(short.status).toBe(400);

    const res = await t.app.request(
      '/api/hall/convert-demo',
      json({ newPassword: 'a new long password' }, { cookie: admin }),
    );
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.revokedDevices.length).toBe(t.hall.devices.length);
    expect(t.deps.store.halls.get(t.hall.hallId)?.demo).toBe(false);
    expect(t.deps.store.halls.demoSecrets(t.hall.hallId)).toBeNull();
    expect(t.count('SELECT count(*) AS n FROM sessions')).toBe(0);
    expect(t.count('SELECT count(*) AS n FROM devices WHERE token_hash IS NOT NULL')).toBe(0);

    for (const cookie of [admin, counter]) {
      expect((await t.app.request('/api/auth/me', { headers: { cookie } })).status).toBe(401);
    }
    const device = await t.app.request('/api/devices/me', {
      headers: { authorization: `Bearer ${kioskToken}` },
    });
    expect(device.status).toBe(401);
    const link = await t.app.request('/api/demo/open/admin');
    expect(link.status).toBe(404);
    expect(await link.json()).toMatchObject({ error: { code: 'not_demo' } });

    // The demo's public passwords open nothing; the new one does.
    const signIn = (username: string, password: string) =>
      t.app.request('/api/auth/sign-in', json({ username, password }));
    expect((await signIn('admin', 'annae-admin')).status).toBe(401);
    expect((await signIn('counter', 'annae-counter')).status).toBe(401);
    expect((await signIn('admin', 'a new long password')).status).toBe(200);
    expect(t.deps.store.events.ofType(t.hall.hallId, 'hall:demo-converted')).toHaveLength(1);
  });

  it('convert from npm run setup on a stopped server, then the console can no longer do it', async () => {
    const t = await demoApp(true);
    await t.app.request('/api/demo/open/guide');
    await expect(
      convertDemo({ dataDir: t.dir, admin: 'nobody', password: 'a new long password' }),
    ).rejects.toThrow(/no enabled admin account/);
    const done = await convertDemo({
      dataDir: t.dir,
      admin: 'admin',
      password: 'a new long password',
      now: NOW,
    });
    expect(done.revokedDevices.length).toBe(t.hall.devices.length);
    expect(t.count('SELECT count(*) AS n FROM halls WHERE demo = 1')).toBe(0);
    expect(t.count('SELECT count(*) AS n FROM sessions')).toBe(0);
    await expect(
      convertDemo({ dataDir: t.dir, admin: 'admin', password: 'a new long password' }),
    ).rejects.toThrow(/no demo hall/);
  });
});
