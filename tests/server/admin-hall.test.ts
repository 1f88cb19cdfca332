import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callbackDeadline } from '../../server/commands/callbacks';
import type { HallInfo } from '../../shared/schemas/hall';
import { createTestApp, json, signInCookie } from '../helpers/fixture';
import { client, eventually, httpSignIn, startTestServer } from '../helpers/server';

let now = new Date('2026-11-23T01:30:00Z'); // 10:30 KST, a Monday
let t: Awaited<ReturnType<typeof createTestApp>>;
let cookie: string;
beforeEach(async () => {
  now = new Date('2026-11-23T01:30:00Z');
  t = await createTestApp({ now: () => now });
  cookie = await signInCookie(t.app, 'admin');
});
afterEach(() => t.close());

const send = (method: string, path: string, body?: unknown) =>
  t.app.request(path, {
    method,
    headers: { cookie, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
type ErrorBody = { error: { code: string; message: string; details?: { path: string }[] } };

const settings = (over: Record<string, unknown> = {}) => ({
  name: '시험구청',
  nameEn: 'Test-gu Office',
  address: '서울특별시 시험구 시험로 1',
  open: '09:00',
  close: '18:00',
  lunch: { from: '12:00', to: '13:00' },
  lunchShifts: [],
  holidays: [],
  languages: ['ko', 'en'],
  profileId: 'demo',
  profileOverrides: {},
  ...over,
});
let keySeq = 0;
const hallRow = () => t.deps.store.halls.get(t.hall.hallId) as HallInfo;
const eventCount = () =>
  (
    t.deps.store.db
      .prepare("SELECT count(*) AS n FROM events WHERE type = 'hall:settings-changed'")
      .get() as { n: number }
  ).n;

describe('hall settings', () => {
  it('saves name, address, holidays and languages, logs who did it and pushes to every screen', async () => {
    const published: { room: string; ops: { key: string; value?: unknown }[] }[] = [];
    const original = t.deps.hub.publish.bind(t.deps.hub);
    t.deps.hub.publish = ((room: string, ops: never) => {
      published.push({ room, ops });
      return original(room, ops);
    }) as typeof t.deps.hub.publish;

    const res = await send(
      'PUT',
      '/api/hall/settings',
      settings({ name: '새이름구청', holidays: ['2026-12-25', '2026-12-25', '2026-01-01'] }),
    );
    expect(res.status).toBe(200);
    const hall = hallRow();
    expect(hall.name).toBe('새이름구청');
    expect(hall.address).toBe('서울특별시 시험구 시험로 1');
    expect(hall.holidays).toEqual(['2026-01-01', '2026-12-25']);
    const event = t.deps.store.db
      .prepare("SELECT actor, payload FROM events WHERE type = 'hall:settings-changed'")
      .get() as { actor: string; payload: string };
    expect(event.actor).toMatch(/^account:/);
    expect(JSON.parse(event.payload).changed).toContain('name');
    const hallRooms = published
      .filter((p) => p.ops.some((op) => op.key === 'hall'))
      .map((p) => p.room);
    const id = t.hall.hallId;
    for (const room of [
      `hall:${id}:board`,
      `hall:${id}:kiosks`,
      `hall:${id}:counters`,
      `hall:${id}:guides`,
      `hall:${id}:admin`,
      `hall:${id}:dept:${t.hall.departments.civil}`,
    ]) {
      expect(hallRooms).toContain(room);
    }
  });

  it('refuses an unknown profile with a 400 naming profileId, and saves nothing', async () => {
    const res = await send(
      'PUT',
      '/api/hall/settings',
      settings({ name: 'X', profileId: 'seoul' }),
    );
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.code).toBe('unknown_profile');
    expect(body.error.details?.[0]?.path).toBe('profileId');
    expect(hallRow().name).toBe('시험구청');
    expect(eventCount()).toBe(0);
  });

  it('refuses an override of a value the profile does not have, naming it, and saves nothing', async () => {
    const res = await send(
      'PUT',
      '/api/hall/settings',
      settings({ name: 'X', profileOverrides: { 'callback.callbackDeadlineHours': 2 } }),
    );
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.code).toBe('invalid_override');
    expect(body.error.details?.[0]?.path).toBe('profileOverrides.callback.callbackDeadlineHours');
    expect(body.error.message).toContain('callback.callbackDeadlineHours');
    expect(hallRow().name).toBe('시험구청');
    expect(hallRow().profileOverrides).toEqual({});
  });

  it('refuses an override of the wrong type, naming it, and saves nothing', async () => {
    const res = await send(
      'PUT',
      '/api/hall/settings',
      settings({ name: 'X', profileOverrides: { 'queue.waitTargetMin': 'five' } }),
    );
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.details?.[0]?.path).toBe('profileOverrides.queue.waitTargetMin');
    expect(hallRow().name).toBe('시험구청');
    const fixed = await send(
      'PUT',
      '/api/hall/settings',
      settings({ profileOverrides: { id: 'mapo' } }),
    );
    expect(fixed.status).toBe(400);
  });

  it('refuses closing before opening with the field named', async () => {
    const res = await send(
      'PUT',
      '/api/hall/settings',
      settings({ open: '18:00', close: '09:00' }),
    );
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBody).error.details?.[0]?.path).toBe('close');
  });

  it('switching the profile, or overriding one value, changes the callback deadline', async () => {
    const minutesAfter = () =>
      ((callbackDeadline(t.deps, t.hall.hallId, now)?.getTime() ?? 0) - now.getTime()) / 60_000;
    expect(minutesAfter()).toBe(60); // demo: Mapo's one hour
    expect((await send('PUT', '/api/hall/settings', settings({ profileId: 'mokpo' }))).status).toBe(
      200,
    );
    expect(minutesAfter()).toBe(180); // Mokpo: three hours
    const res = await send(
      'PUT',
      '/api/hall/settings',
      settings({ profileId: 'mokpo', profileOverrides: { 'callback.callbackDeadlineMin': 30 } }),
    );
    expect(res.status).toBe(200);
    expect(((await res.json()) as { profile: { callback: unknown } }).profile.callback).toEqual({
      mode: 'callback',
      callbackDeadlineMin: 30,
    });
    expect(minutesAfter()).toBe(30);
  });

  it('an override of a section the profile leaves out starts from the demo values', async () => {
    const res = await send(
      'PUT',
      '/api/hall/settings',
      settings({ profileId: 'mokpo', profileOverrides: { 'kiosk.idleTimeoutSec': 120 } }),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as { profile: { kiosk: { idleTimeoutSec: number } } };
    expect(body.profile.kiosk.idleTimeoutSec).toBe(120);
  });
});

describe('issuing rules', () => {
  const issue = (serviceId: number, priority = false) =>
    t.app.request(
      '/api/tickets',
      json(
        { serviceId, priority, idempotencyKey: `key-${++keySeq}-xxxxxxxx` },
        { authorization: `Bearer ${t.hall.tokens.kiosk}` },
      ),
    );

  it('a service stops issuing its own minutes before closing, with the refusal the kiosk shows', async () => {
    now = new Date('2026-11-23T08:20:00Z'); // 17:20 KST: open for the profile's 10 minutes
    expect((await issue(t.hall.services.general)).status).toBe(201);
    const res = await send('PUT', `/api/hall/services/${t.hall.services.general}/rules`, {
      priorityPolicy: 'profile',
      ratioNormal: null,
      stopBeforeCloseMin: 60,
    });
    expect(res.status).toBe(200);
    now = new Date('2026-11-23T08:21:00Z'); // a new visitor, not a double tap
    const refused = await issue(t.hall.services.general);
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as ErrorBody).error.code).toBe('after_hours');
    expect((await issue(t.hall.services.tax)).status).toBe(201);
  });

  it('a service without priority issues a priority request as a normal ticket', async () => {
    await send('PUT', `/api/hall/services/${t.hall.services.general}/rules`, {
      priorityPolicy: 'none',
    });
    expect((await issue(t.hall.services.general, true)).status).toBe(201);
    const row = t.deps.store.db.prepare('SELECT class FROM tickets').get() as { class: string };
    expect(row.class).toBe('normal');
  });

  it('a ratio needs its number', async () => {
    const res = await send('PUT', `/api/hall/services/${t.hall.services.general}/rules`, {
      priorityPolicy: 'ratio',
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBody).error.details?.[0]?.path).toBe('ratioNormal');
  });

  it('the kiosk refuses on a holiday', async () => {
    await send('PUT', '/api/hall/settings', settings({ holidays: ['2026-11-23'] }));
    const res = await issue(t.hall.services.general);
    expect(res.status).toBe(409);
    expect(((await res.json()) as ErrorBody).error.code).toBe('service_closed');
  });
});

describe('device commands', () => {
  it('identify reaches only that device, with its name', async () => {
    const { server, hall, remove } = await startTestServer();
    try {
      const admin = await httpSignIn(server.url, 'admin');
      const kiosk = client(server.url, { deviceToken: hall!.tokens.kiosk });
      const display = client(server.url, { deviceToken: hall!.tokens.display });
      const got: { who: string; command: string; name: string }[] = [];
      kiosk.on('device:command', (c) => got.push({ who: 'kiosk', ...c }));
      display.on('device:command', (c) => got.push({ who: 'display', ...c }));
      await eventually(() => kiosk.connected && display.connected, 5000, 'sockets');
      await eventually(() => server.deps.hub.isOnline(hall!.devices.kiosk), 5000, 'kiosk online');
      const res = await fetch(`${server.url}/api/hall/devices/${hall!.devices.kiosk}/command`, {
        method: 'POST',
        headers: { cookie: admin, 'content-type': 'application/json' },
        body: JSON.stringify({ command: 'identify' }),
      });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ sent: true });
      await eventually(() => got.length > 0, 5000, 'command');
      await new Promise((r) => setTimeout(r, 150));
      const name = server.deps.store.devices.get(hall!.hallId, hall!.devices.kiosk)?.name;
      expect(got).toEqual([{ who: 'kiosk', command: 'identify', name }]);
      kiosk.close();
      display.close();
    } finally {
      await server.close();
      remove();
    }
  });

  it('only an admin sends commands; a device reports its version', async () => {
    const counter = await signInCookie(t.app, 'counter');
    const res = await t.app.request(
      `/api/hall/devices/${t.hall.devices.kiosk}/command`,
      json({ command: 'reload' }, { cookie: counter }),
    );
    expect(res.status).toBe(403);
    const bad = await send('POST', `/api/hall/devices/${t.hall.devices.kiosk}/command`, {
      command: 'format-disk',
    });
    expect(bad.status).toBe(400);
    const version = await t.app.request(
      '/api/hall/devices/version',
      json({ appVersion: '1.2.3' }, { authorization: `Bearer ${t.hall.tokens.kiosk}` }),
    );
    expect(version.status).toBe(200);
    expect(t.deps.store.devices.get(t.hall.hallId, t.hall.devices.kiosk)?.appVersion).toBe('1.2.3');
  });

  it('a kiosk reports what its browser did with a print; a print test goes to kiosks only', async () => {
    const kioskAuth = { authorization: `Bearer ${t.hall.tokens.kiosk}` };
    const device = () => t.deps.store.devices.get(t.hall.hallId, t.hall.devices.kiosk);
    expect(device()?.lastPrint).toBeNull();
    const ok = await t.app.request(
      '/api/hall/devices/print',
      json({ outcome: 'sent', test: true }, kioskAuth),
    );
    expect(ok.status).toBe(200);
    expect(device()?.lastPrint).toEqual({ at: now.toISOString(), outcome: 'sent', test: true });
    now = new Date(now.getTime() + 60_000);
    await t.app.request('/api/hall/devices/print', json({ outcome: 'failed' }, kioskAuth));
    expect(device()?.lastPrint).toEqual({ at: now.toISOString(), outcome: 'failed', test: false });
    // An unknown outcome is refused and the last report stays.
    const bad = await t.app.request(
      '/api/hall/devices/print',
      json({ outcome: 'jammed' }, kioskAuth),
    );
    expect(bad.status).toBe(400);
    expect(device()?.lastPrint?.outcome).toBe('failed');
    // A board has no printer: it cannot report one, and the admin cannot send it a print test.
    const board = await t.app.request(
      '/api/hall/devices/print',
      json({ outcome: 'sent' }, { authorization: `Bearer ${t.hall.tokens.display}` }),
    );
    expect(board.status).toBe(403);
    const test = await send('POST', `/api/hall/devices/${t.hall.devices.display}/command`, {
      command: 'print-test',
    });
    expect(test.status).toBe(409);
    expect(((await test.json()) as ErrorBody).error.code).toBe('device_cannot_print');
    const kiosk = await send('POST', `/api/hall/devices/${t.hall.devices.kiosk}/command`, {
      command: 'print-test',
    });
    expect(kiosk.status).toBe(200);
    // The admin's device list carries the last print.
    const list = (await (await send('GET', '/api/devices')).json()) as {
      devices: { id: number; lastPrint: unknown }[];
    };
    expect(list.devices.find((d) => d.id === t.hall.devices.kiosk)?.lastPrint).toMatchObject({
      outcome: 'failed',
    });
  });
});
