import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { exportHallConfig, importHallConfig } from '../../server/commands/admin-transfer';
import { createDevice } from '../../server/commands/devices';
import { createDemoHall } from '../../server/demo/demo-hall';
import { toHttpError } from '../../server/http/errors';
import { createHub } from '../../server/realtime/hub';
import { openDatabase } from '../../server/store/db';
import { createStore } from '../../server/store/index';
import type { Deps } from '../../server/context';
import { createTestApp, json, signInCookie, testConfig } from '../helpers/fixture';

let t: Awaited<ReturnType<typeof createTestApp>>;
let cookie: string;
beforeEach(async () => {
  t = await createTestApp();
  cookie = await signInCookie(t.app, 'admin');
});
afterEach(() => t.close());

const send = (method: string, path: string, body?: unknown) =>
  t.app.request(path, {
    method,
    headers: { cookie, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
const count = (table: string) =>
  (t.deps.store.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const errorOf = async (res: Response) =>
  (
    (await res.json()) as {
      error: { code: string; message: string; details?: { path: string; message: string }[] };
    }
  ).error;

describe('admin: departments, services, counters', () => {
  it('creates a department, a service and a counter, logs who did it, and tells the kiosks', async () => {
    const published: { room: string; ops: unknown[] }[] = [];
    const original = t.deps.hub.publish.bind(t.deps.hub);
    t.deps.hub.publish = ((room: string, ops: unknown[]) => {
      published.push({ room, ops });
      return original(room, ops as never);
    }) as typeof t.deps.hub.publish;

    const dept = await send('POST', '/api/admin/departments', {
      slug: 'welfare',
      name: '복지정책과',
      nameEn: 'Welfare',
      floorId: t.hall.floorId,
      tasks: ['기초연금'],
    });
    expect(dept.status).toBe(201);
    const { department } = (await dept.json()) as { department: { id: number } };
    const svc = await send('POST', '/api/admin/services', {
      code: 3,
      name: '복지상담',
      departmentId: department.id,
    });
    expect(svc.status).toBe(201);
    const { service } = (await svc.json()) as { service: { id: number; code: number } };
    const ctr = await send('POST', '/api/admin/counters', {
      number: 9,
      departmentId: department.id,
      serviceIds: [service.id],
    });
    expect(ctr.status).toBe(201);

    const kioskServices = published.filter(
      (p) =>
        p.room === `hall:${t.hall.hallId}:kiosks` &&
        JSON.stringify(p.ops).includes('"key":"services"') &&
        JSON.stringify(p.ops).includes('복지상담'),
    );
    expect(kioskServices.length).toBeGreaterThan(0);

    const audit = await send('GET', '/api/admin/audit');
    const { entries } = (await audit.json()) as {
      entries: { type: string; actor: string; actorName: string }[];
    };
    expect(entries.slice(0, 3).map((e) => e.type)).toEqual([
      'counter:created',
      'service:created',
      'department:created',
    ]);
    expect(entries[0]).toMatchObject({
      actor: `account:${t.hall.accounts.admin}`,
      actorName: 'admin 담당',
    });
  });

  it('refuses a duplicate ticket prefix and saves nothing', async () => {
    const before = count('services');
    const events = count('events');
    const res = await send('POST', '/api/admin/services', {
      code: 7,
      name: '또 지방세',
      departmentId: t.hall.departments.civil,
    });
    expect(res.status).toBe(409);
    const error = await errorOf(res);
    expect(error.code).toBe('ticket_prefix_taken');
    expect(error.message).toContain('지방세');
    expect(count('services')).toBe(before);
    expect(count('events')).toBe(events);
    // Changing a service to another's prefix is refused too.
    const edit = await send('PUT', `/api/admin/services/${t.hall.services.general}`, {
      code: 7,
      name: '제증명',
      departmentId: t.hall.departments.civil,
    });
    expect(edit.status).toBe(409);
    expect(
      t.deps.store.services.list(t.hall.hallId).find((s) => s.id === t.hall.services.general)?.code,
    ).toBe(1);
  });

  it('keeps the tasks the kiosk asks for a service, refusing two of the same name', async () => {
    const tasksOf = () =>
      t.deps.store.services.list(t.hall.hallId).find((s) => s.id === t.hall.services.tax)?.tasks;
    const base = { code: 7, name: '지방세', departmentId: t.hall.departments.tax };
    const tasks = [
      { name: '취득세 신고', nameEn: 'Acquisition tax return' },
      { name: '납부·증명', nameEn: '' },
    ];
    const ok = await send('PUT', `/api/admin/services/${t.hall.services.tax}`, { ...base, tasks });
    expect(ok.status).toBe(200);
    expect(tasksOf()).toEqual(tasks);
    const twice = await send('PUT', `/api/admin/services/${t.hall.services.tax}`, {
      ...base,
      tasks: [tasks[0], tasks[0]],
    });
    expect(twice.status).toBe(400);
    const error = await errorOf(twice);
    expect(error.details?.[0]).toMatchObject({
      path: 'tasks',
      message: 'Two tasks have the same name.',
    });
    const blank = await send('PUT', `/api/admin/services/${t.hall.services.tax}`, {
      ...base,
      tasks: [{ name: ' ', nameEn: 'Blank' }],
    });
    expect(blank.status).toBe(400);
    expect(tasksOf()).toEqual(tasks);
  });

  it('refuses a counter with no service and saves nothing', async () => {
    const before = count('counters');
    const res = await send('POST', '/api/admin/counters', {
      number: 5,
      departmentId: t.hall.departments.civil,
      serviceIds: [],
    });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain('serviceIds');
    const unknown = await send('POST', '/api/admin/counters', {
      number: 5,
      departmentId: t.hall.departments.civil,
      serviceIds: [9999],
    });
    expect(unknown.status).toBe(422);
    expect((await errorOf(unknown)).code).toBe('service_unknown');
    expect(count('counters')).toBe(before);
    expect(count('counter_services')).toBe(3);
  });

  it('refuses a department on a floor that does not exist and saves nothing', async () => {
    const before = count('departments');
    const res = await send('POST', '/api/admin/departments', {
      slug: 'nowhere',
      name: '없는과',
      floorId: 4242,
    });
    expect(res.status).toBe(422);
    expect(await errorOf(res)).toMatchObject({ code: 'floor_unknown' });
    expect(count('departments')).toBe(before);
    const edit = await send('PUT', `/api/admin/departments/${t.hall.departments.tax}`, {
      slug: 'tax',
      name: '세무과',
      floorId: 4242,
    });
    expect(edit.status).toBe(422);
    expect(t.deps.store.places.department(t.hall.hallId, t.hall.departments.tax)?.floorId).toBe(
      t.hall.floorId,
    );
  });

  it('refuses a pairing code that was used or has expired', async () => {
    let now = new Date('2026-11-23T01:00:00Z');
    t.deps.clock = { now: () => now };
    const created = await send('POST', '/api/devices', { kind: 'kiosk', name: '2층 키오스크' });
    const { pairingCode } = (await created.json()) as { pairingCode: string };
    expect((await t.app.request('/api/devices/pair', json({ code: pairingCode }))).status).toBe(
      200,
    );
    const again = await t.app.request('/api/devices/pair', json({ code: pairingCode }));
    expect(again.status).toBe(410);
    expect((await errorOf(again)).code).toBe('pairing_code_used');

    const other = await send('POST', '/api/devices', { kind: 'display', name: '대기표시기' });
    const second = (await other.json()) as { pairingCode: string; device: { id: number } };
    now = new Date(now.getTime() + 16 * 60 * 1000);
    const late = await t.app.request('/api/devices/pair', json({ code: second.pairingCode }));
    expect(late.status).toBe(410);
    expect((await errorOf(late)).code).toBe('pairing_code_expired');
    expect(t.deps.store.devices.get(t.hall.hallId, second.device.id)?.pairedAt).toBeNull();
  });

  it('keeps information pages and shows the published ones to kiosks', async () => {
    const res = await send('POST', '/api/admin/info', {
      kind: 'timetable',
      title: '무료 법률상담',
      items: [{ label: '월요일', value: '14:00–17:00' }],
    });
    expect(res.status).toBe(201);
    const { page } = (await res.json()) as { page: { id: number } };
    expect(t.deps.store.admin.infoPages(t.hall.hallId)).toHaveLength(1);
    const hidden = await send('PUT', `/api/admin/info/${page.id}`, {
      kind: 'timetable',
      title: '무료 법률상담',
      published: false,
    });
    expect(hidden.status).toBe(200);
    expect((await send('DELETE', `/api/admin/info/${page.id}`)).status).toBe(200);
    expect(t.deps.store.admin.infoPages(t.hall.hallId)).toHaveLength(0);
  });
});

describe('admin: devices', () => {
  it('renames and places a device, refusing a floor that does not exist', async () => {
    const id = t.hall.devices.kiosk;
    const settings = t.deps.store.devices.get(t.hall.hallId, id)?.settings;
    const bad = await send('PUT', `/api/admin/devices/${id}`, {
      name: '정문 키오스크',
      settings: { ...settings, floorId: 4242 },
    });
    expect(bad.status).toBe(422);
    expect(t.deps.store.devices.get(t.hall.hallId, id)?.name).toBe('키오스크');
    const ok = await send('PUT', `/api/admin/devices/${id}`, {
      name: '정문 키오스크',
      settings: { ...settings, floorId: t.hall.floorId, screenBottomMm: 650, pxPerMm: 3.5 },
    });
    expect(ok.status).toBe(200);
    expect(t.deps.store.devices.get(t.hall.hallId, id)).toMatchObject({
      name: '정문 키오스크',
      settings: { floorId: t.hall.floorId, screenBottomMm: 650, pxPerMm: 3.5 },
    });
    expect(t.deps.store.events.recent(t.hall.hallId, 1)[0]?.type).toBe('device:updated');
  });

  it('refuses a device setting out of range with a 400 naming the setting, at the route and in the command', async () => {
    const id = t.hall.devices.kiosk;
    const settings = t.deps.store.devices.get(t.hall.hallId, id)?.settings;
    const placed = await send('PUT', `/api/admin/devices/${id}`, {
      name: '정문 키오스크',
      settings: { ...settings, pxPerMm: 100 },
    });
    expect(placed.status).toBe(400);
    expect(await errorOf(placed)).toMatchObject({
      code: 'invalid_request',
      details: [{ path: 'settings.pxPerMm' }],
    });
    const created = await send('POST', '/api/devices', {
      kind: 'display',
      name: '대기표시기',
      settings: { viewingDistanceMm: 50 },
    });
    expect(created.status).toBe(400);
    expect((await errorOf(created)).details).toMatchObject([
      { path: 'settings.viewingDistanceMm' },
    ]);
    // The command parses the settings again for their defaults; a caller that skipped the
    // route's validator gets the same 400 with the path, not a 500.
    const before = count('devices');
    let thrown: unknown;
    try {
      createDevice(t.deps, 'account:1', t.hall.hallId, {
        kind: 'kiosk',
        name: '2층 키오스크',
        settings: { screenBottomMm: -5 },
      });
    } catch (err) {
      thrown = err;
    }
    expect(toHttpError(thrown)).toMatchObject({
      status: 400,
      error: { code: 'invalid_request', details: [{ path: 'settings.screenBottomMm' }] },
    });
    expect(count('devices')).toBe(before);
  });
});

describe('API docs', () => {
  it('describes every route with its audience and the admin bodies as JSON Schema', async () => {
    const res = await send('GET', '/api/docs');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as {
      openapi: string;
      paths: Record<
        string,
        Record<
          string,
          {
            'x-audience': string[];
            requestBody?: {
              content: Record<string, { schema: { properties: Record<string, unknown> } }>;
            };
          }
        >
      >;
    };
    expect(doc.openapi).toBe('3.1.0');
    const post = doc.paths['/api/admin/services']?.post;
    expect(post?.['x-audience']).toEqual(['admin']);
    expect(
      Object.keys(post?.requestBody?.content['application/json']?.schema.properties ?? {}),
    ).toContain('code');
    expect(doc.paths['/api/admin/departments/{id}']?.put).toBeDefined();
    const anonymous = await t.app.request('/api/docs');
    expect(anonymous.status).toBe(401);
  });
});

describe('configuration file', () => {
  it('imports into a non-empty hall never, and a broken file not at all', async () => {
    const config = (await (await send('GET', '/api/admin/config')).json()) as Record<
      string,
      unknown
    >;
    const res = await send('POST', '/api/admin/config/import', config);
    expect(res.status).toBe(409);
    expect((await errorOf(res)).code).toBe('hall_not_empty');
  });

  it('round-trips the demo hall into an empty data directory', async () => {
    const dirs = [
      mkdtempSync(join(tmpdir(), 'annae-export-')),
      mkdtempSync(join(tmpdir(), 'annae-import-')),
    ];
    try {
      const now = new Date('2026-11-23T01:30:00Z');
      const sourceStore = createStore(openDatabase(join(dirs[0]!, 'annae.db')));
      const demo = await createDemoHall(sourceStore, dirs[0]!, now);
      const source = exportHallConfig(
        {
          store: sourceStore,
          hub: createHub(),
          config: testConfig(dirs[0]!),
          clock: { now: () => now },
        },
        demo.hallId,
      );
      const json = JSON.parse(JSON.stringify(source)) as unknown;

      const store = createStore(openDatabase(join(dirs[1]!, 'annae.db')));
      const hallId = store.halls.create(
        {
          slug: 'second',
          name: '둘째 청사',
          nameEn: 'Second',
          open: '09:00',
          close: '18:00',
          lunch: null,
          profileId: 'demo',
          demo: false,
        },
        now.toISOString(),
      );
      const deps: Deps = {
        store,
        hub: createHub(),
        config: testConfig(dirs[1]!),
        clock: { now: () => now },
      };
      const app = createApp(deps);
      expect(app).toBeDefined();
      const counts = importHallConfig(deps, 'account:1', hallId, json);
      expect(counts.departments).toBeGreaterThan(5);
      expect(counts.staff).toBeGreaterThan(10);
      expect(exportHallConfig(deps, hallId)).toEqual(source);
      // The staff keys differ only if ids differ; the records themselves are the same.
      expect(store.services.list(hallId).map((s) => [s.code, s.name])).toEqual(
        sourceStore.services.list(demo.hallId).map((s) => [s.code, s.name]),
      );
      expect(store.events.recent(hallId, 1)[0]?.type).toBe('hall:config-imported');
    } finally {
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    }
  });

  it('saves nothing when one reference in the file is wrong', async () => {
    const dirs = [mkdtempSync(join(tmpdir(), 'annae-import-'))];
    try {
      const store = createStore(openDatabase(join(dirs[0]!, 'annae.db')));
      const hallId = store.halls.create(
        {
          slug: 'x',
          name: 'x',
          nameEn: 'x',
          open: '09:00',
          close: '18:00',
          lunch: null,
          profileId: 'demo',
          demo: false,
        },
        new Date().toISOString(),
      );
      const deps: Deps = {
        store,
        hub: createHub(),
        config: testConfig(dirs[0]!),
        clock: { now: () => new Date() },
      };
      const config = exportHallConfig(t.deps, t.hall.hallId);
      config.counters[0]!.services = [42];
      expect(() => importHallConfig(deps, 'account:1', hallId, config)).toThrow(/no service 42/);
      expect(store.admin.configSize(hallId)).toBe(0);
    } finally {
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    }
  });
});
