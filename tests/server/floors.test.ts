import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FLOOR_PLAN_MAX_BYTES } from '../../server/commands/floors';
import type { FloorLayoutInput } from '../../shared/schemas/floors';
import { ko } from '../../shared/i18n/ko-all';
import { createTestApp, signInCookie } from '../helpers/fixture';

let t: Awaited<ReturnType<typeof createTestApp>>;
let admin: string;
beforeEach(async () => {
  t = await createTestApp();
  admin = await signInCookie(t.app, 'admin');
});
afterEach(() => t.close());

const layout = (over: Partial<FloorLayoutInput> = {}): FloorLayoutInput => ({
  width: 100,
  height: 100,
  areas: [
    {
      id: 'r1',
      kind: 'room',
      label: '민원과',
      labelEn: 'Civil Affairs',
      x: 10,
      y: 10,
      w: 30,
      h: 20,
      departmentId: t.hall.departments.civil,
    },
    {
      id: 'c1',
      kind: 'corridor',
      label: '복도',
      labelEn: 'Corridor',
      x: 0,
      y: 40,
      w: 100,
      h: 10,
      departmentId: null,
    },
  ],
  nodes: [
    { id: 'n1', x: 25, y: 30, areaId: 'r1' },
    { id: 'n2', x: 25, y: 45, areaId: 'c1' },
  ],
  edges: [{ a: 'n1', b: 'n2', stepFree: true }],
  ...over,
});

const put = (path: string, body: unknown, cookie = admin) =>
  t.app.request(path, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify(body),
  });

function upload(bytes: Uint8Array, name = 'plan.bin', type = 'application/octet-stream') {
  const form = new FormData();
  form.set('file', new File([new Uint8Array(bytes)], name, { type }));
  return t.app.request(`/api/admin/floors/${t.hall.floorId}/plan`, {
    method: 'POST',
    headers: { cookie: admin },
    body: form,
  });
}

const events = (type: string) =>
  t.deps.store.db.prepare('SELECT actor FROM events WHERE type = ?').all(type) as {
    actor: string;
  }[];

describe('floor layout (admin 층과 지도)', () => {
  it('saves rooms, a department place and the graph, logs who did it, and pushes to the kiosks', async () => {
    const published: string[] = [];
    const publish = t.deps.hub.publish.bind(t.deps.hub);
    t.deps.hub.publish = ((room: string, ops: never[]) => {
      published.push(room);
      publish(room, ops);
    }) as typeof t.deps.hub.publish;
    const res = await put(`/api/admin/floors/${t.hall.floorId}/layout`, layout());
    expect(res.status).toBe(200);
    const floor = t.deps.store.places.floor(t.hall.hallId, t.hall.floorId);
    expect(floor?.layout.areas.map((a) => a.id)).toEqual(['r1', 'c1']);
    expect(floor?.layout.edges).toHaveLength(1);
    expect(events('floor:layout-saved')).toHaveLength(1);
    expect(events('floor:layout-saved')[0]?.actor).toBe(`account:${t.hall.accounts.admin}`);
    expect(published).toContain(`hall:${t.hall.hallId}:kiosks`);
    expect(published).toContain(`hall:${t.hall.hallId}:guides`);
  });

  it('refuses a dangling edge with a clear error and stores nothing', async () => {
    const res = await put(
      `/api/admin/floors/${t.hall.floorId}/layout`,
      layout({ edges: [{ a: 'n1', b: 'ghost', stepFree: true }] }),
    );
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('graph_invalid');
    expect(body.error.message).toContain('missing node ghost');
    expect(t.deps.store.places.floor(t.hall.hallId, t.hall.floorId)?.layout.areas).toEqual([]);
    expect(events('floor:layout-saved')).toHaveLength(0);
  });

  it('refuses a room outside the floor, an unknown department and a department in two rooms', async () => {
    const [room, corridor] = layout().areas;
    if (!room || !corridor) throw new Error('fixture');
    const outside = await put(`/api/admin/floors/${t.hall.floorId}/layout`, {
      ...layout(),
      areas: [{ ...room, x: 90 }, corridor],
    });
    expect(outside.status).toBe(422);
    const unknown = await put(`/api/admin/floors/${t.hall.floorId}/layout`, {
      ...layout(),
      areas: [{ ...room, departmentId: 9999 }, corridor],
    });
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe(
      'department_unknown',
    );
    const twice = await put(`/api/admin/floors/${t.hall.floorId}/layout`, {
      ...layout(),
      areas: [room, { ...corridor, departmentId: room.departmentId }],
    });
    expect(((await twice.json()) as { error: { code: string } }).error.code).toBe(
      'department_placed_twice',
    );
  });

  it('is for administrators only', async () => {
    const counter = await signInCookie(t.app, 'counter');
    expect(
      (await put(`/api/admin/floors/${t.hall.floorId}/layout`, layout(), counter)).status,
    ).toBe(403);
    expect(
      (
        await t.app.request('/api/admin/floors', {
          headers: { authorization: `Bearer ${t.hall.tokens.kiosk}` },
        })
      ).status,
    ).toBe(403);
  });

  it('places a kiosk with its facing, and refuses a display or a place off the floor', async () => {
    const ok = await put(`/api/admin/floors/kiosks/${t.hall.devices.kiosk}/place`, {
      floorId: t.hall.floorId,
      x: 50,
      y: 60,
      facing: 90,
    });
    expect(ok.status).toBe(200);
    expect(t.deps.store.devices.get(t.hall.hallId, t.hall.devices.kiosk)?.settings).toMatchObject({
      floorId: t.hall.floorId,
      x: 50,
      y: 60,
      facing: 90,
      pxPerMm: 4.03,
    });
    const display = await put(`/api/admin/floors/kiosks/${t.hall.devices.display}/place`, {
      floorId: t.hall.floorId,
      x: 1,
      y: 1,
      facing: 0,
    });
    expect(display.status).toBe(422);
    const off = await put(`/api/admin/floors/kiosks/${t.hall.devices.kiosk}/place`, {
      floorId: t.hall.floorId,
      x: 500,
      y: 1,
      facing: 0,
    });
    expect(off.status).toBe(422);
  });
});

describe('floor plan upload', () => {
  const plan = () => t.deps.store.places.plan(t.hall.hallId, t.hall.floorId);

  it('stores a cleaned SVG and serves it publicly with a locked-down CSP', async () => {
    const res = await upload(
      new TextEncoder().encode(
        '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" onload="alert(1)">' +
          '<script>alert(2)</script><rect width="200" height="100" fill="#eee"/></svg>',
      ),
      'plan.svg',
      'image/svg+xml',
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as { removed: string[]; floor: { planUrl: string } };
    expect(body.removed).toEqual(expect.arrayContaining(['onload=', '<script>']));
    const stored = plan()?.bytes.toString('utf8') ?? '';
    expect(stored).not.toMatch(/script|onload|alert/);
    const served = await t.app.request(body.floor.planUrl);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/svg+xml');
    // Opened on its own, no script of any kind may run (the app's CSP allows none inline).
    expect(served.headers.get('content-security-policy')).toMatch(/script-src 'self'(;|$)/);
    expect(await served.text()).not.toMatch(/script|onload/);
    expect(events('floor:plan-uploaded')).toHaveLength(1);
  });

  it('re-encodes a PNG without its metadata', async () => {
    const png = await sharp({
      create: { width: 300, height: 200, channels: 3, background: '#ccddee' },
    })
      .png()
      .withExif({ IFD0: { Make: 'Leaky' } })
      .toBuffer();
    const res = await upload(png, 'plan.png', 'image/png');
    expect(res.status).toBe(200);
    const stored = plan();
    expect(stored).toMatchObject({ kind: 'png', width: 300, height: 200, version: 1 });
    expect((await sharp(stored?.bytes).metadata()).exif).toBeUndefined();
  });

  it('refuses a 36-megapixel PNG of a hundred kilobytes before decoding it, and stores nothing', async () => {
    const png = await sharp({
      create: { width: 6000, height: 6000, channels: 3, background: '#ffffff' },
    })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(png.length).toBeLessThan(200_000);
    const res = await upload(png, 'plan.png', 'image/png');
    expect(res.status).toBe(413);
    const code = ((await res.json()) as { error: { code: string } }).error.code;
    expect(code).toBe('floor_plan_too_many_pixels');
    expect(`error.${code}` in ko).toBe(true);
    expect(plan()).toBeUndefined();
    expect(events('floor:plan-uploaded')).toHaveLength(0);
  });

  it('refuses a file that is not an image with 400, and stores nothing', async () => {
    const res = await upload(new TextEncoder().encode('%PDF-1.4 not a plan'), 'plan.pdf');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_a_floor_plan');
    expect(plan()).toBeUndefined();
    expect(events('floor:plan-uploaded')).toHaveLength(0);
  });

  it('refuses an SVG with an entity declaration, and stores nothing', async () => {
    const res = await upload(
      new TextEncoder().encode(
        '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>',
      ),
      'bomb.svg',
      'image/svg+xml',
    );
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(
      /DOCTYPE or entity/,
    );
    expect(plan()).toBeUndefined();
  });

  it('refuses an oversized file with 413 and a clear message, and keeps the old plan', async () => {
    const first = await upload(
      new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'),
      'a.svg',
    );
    expect(first.status).toBe(200);
    const big = new Uint8Array(FLOOR_PLAN_MAX_BYTES + 10);
    big.set(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg">'));
    const res = await upload(big, 'big.svg', 'image/svg+xml');
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/5 MB/);
    expect(plan()?.version).toBe(1);
    expect(plan()?.kind).toBe('svg');
  });
});

describe('public places for the route page', () => {
  it('answers without sign-in with plans and department rooms, and nothing about staff or devices', async () => {
    await put(`/api/admin/floors/${t.hall.floorId}/layout`, layout());
    const res = await t.app.request(`/api/places/${t.hall.hallId}`);
    expect(res.status).toBe(200);
    const text = await res.text();
    const body = JSON.parse(text) as { floors: unknown[]; departments: Record<string, unknown>[] };
    expect(body.floors).toHaveLength(1);
    expect(body.departments[0]).toEqual({
      id: t.hall.departments.civil,
      slug: 'civil',
      name: '민원과',
      nameEn: 'Civil Affairs',
      floorId: t.hall.floorId,
      room: '101',
    });
    expect(text).not.toContain('김하늘');
    expect(text).not.toContain('02-0000-110');
    expect(text).not.toContain('키오스크');
  });
});
