import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FloorLayout } from '../../shared/schemas/hall';
import { hashPassword, sha256, verifyPassword } from '../../server/auth/secrets';
import { createDemoHall, DEMO_ACCOUNTS, type DemoHall } from '../../server/demo/demo-hall';
import outline from '../../server/demo/demo-hall-outline.json' with { type: 'json' };
import { KIOSK_SPOT } from '../../server/demo/floor-layouts';
import { openDatabase, type Db } from '../../server/store/db';
import { createStore, type Store } from '../../server/store/index';

const NOW = new Date('2025-03-05T00:30:00.000Z');
const dirs: string[] = [];
const dbs: Db[] = [];

async function freshDemo(options?: Parameters<typeof createDemoHall>[3]) {
  const dir = mkdtempSync(join(tmpdir(), 'annae-demo-'));
  dirs.push(dir);
  const db = openDatabase(join(dir, 'annae.db'));
  dbs.push(db);
  const store = createStore(db);
  const demo = await createDemoHall(store, dir, NOW, options);
  return { dir, store, demo };
}

let dir: string;
let store: Store;
let demo: DemoHall;

beforeAll(async () => {
  ({ dir, store, demo } = await freshDemo());
});

afterAll(() => {
  for (const db of dbs) db.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('the demo hall', () => {
  it('is the demo hall 한빛구청 with its creation logged', () => {
    expect(store.halls.get(demo.hallId)).toMatchObject({
      name: '한빛구청',
      nameEn: 'Hanbit-gu Office',
      open: '09:00',
      close: '18:00',
      lunch: { from: '12:00', to: '13:00' },
      profileId: 'demo',
      demo: true,
    });
    expect(store.events.ofType(demo.hallId, 'hall:demo-created')).toHaveLength(1);
  });

  it('has every floor of the outline, each with a plan that parses', () => {
    const floors = store.places.floors(demo.hallId);
    expect(floors.length).toBeGreaterThanOrEqual(3);
    expect(floors.map((f) => f.code)).toEqual(outline.floors.map((f) => f.floor));
    for (const floor of floors) {
      expect(() => FloorLayout.parse(floor.layout)).not.toThrow();
      const kinds = floor.layout.areas.map((a) => a.kind);
      expect(kinds).toContain('toilet-accessible');
      expect(kinds.filter((k) => k === 'elevator')).toHaveLength(2);
      expect(kinds).toContain('stairs');
    }
    const lobby = floors.find((f) => f.code === '1F')?.layout.areas.map((a) => a.kind) ?? [];
    expect(lobby.filter((k) => k === 'exit').length).toBeGreaterThanOrEqual(2);
    expect(lobby).toContain('ramp');
    expect(lobby).toContain('lobby');
  });

  it('has a route graph whose ids are unique and whose edges join existing nodes', () => {
    const layouts = store.places.floors(demo.hallId).map((f) => f.layout);
    const nodes = layouts.flatMap((l) => l.nodes.map((n) => n.id));
    const areas = layouts.flatMap((l) => l.areas.map((a) => a.id));
    expect(new Set(nodes).size).toBe(nodes.length);
    expect(new Set(areas).size).toBe(areas.length);
    const nodeIds = new Set(nodes);
    const areaIds = new Set(areas);
    for (const layout of layouts) {
      for (const edge of layout.edges) {
        expect(nodeIds, `edge ${edge.a}–${edge.b}`).toContain(edge.a);
        expect(nodeIds, `edge ${edge.a}–${edge.b}`).toContain(edge.b);
      }
      for (const node of layout.nodes) {
        if (node.areaId !== null) expect(areaIds).toContain(node.areaId);
      }
    }
  });

  it('reaches every department room from the 1F kiosk without a step', () => {
    const layouts = store.places.floors(demo.hallId).map((f) => f.layout);
    const next = new Map<string, string[]>();
    for (const { a, b, stepFree } of layouts.flatMap((l) => l.edges)) {
      if (!stepFree) continue;
      next.set(a, [...(next.get(a) ?? []), b]);
      next.set(b, [...(next.get(b) ?? []), a]);
    }
    const reached = new Set<string>([KIOSK_SPOT.node]);
    const queue: string[] = [KIOSK_SPOT.node];
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      for (const n of next.get(id) ?? []) {
        if (!reached.has(n)) {
          reached.add(n);
          queue.push(n);
        }
      }
    }
    const departments = store.places.departments(demo.hallId);
    expect(departments.length).toBeGreaterThanOrEqual(8);
    const floors = store.places.floors(demo.hallId);
    for (const d of departments) {
      const floor = floors.find((f) => f.id === d.floorId);
      const room = floor?.layout.areas.find(
        (a) => a.departmentId === d.id && a.id.endsWith(`:${d.room}`),
      );
      expect(room, `${d.name} ${d.room}`).toBeDefined();
      const doors = floors.flatMap((f) => f.layout.nodes).filter((n) => n.areaId === room?.id);
      expect(
        doors.some((n) => reached.has(n.id)),
        `${d.name} reachable step-free`,
      ).toBe(true);
    }
    // The steps at the main entrance are not step-free, but the ramp beside them is.
    expect(reached).toContain('1F-ramp');
  });

  it('seats at least 40 fictional people, named uniquely within each department', () => {
    const staff = store.staff.list(demo.hallId);
    expect(staff.length).toBeGreaterThanOrEqual(40);
    const departments = store.places.departments(demo.hallId);
    for (const d of departments) {
      const names = staff.filter((s) => s.departmentId === d.id).map((s) => s.name);
      expect(new Set(names).size, d.name).toBe(names.length);
      expect(names.length, d.name).toBeGreaterThanOrEqual(2);
    }
    const civil = departments.find((d) => d.slug === 'civil-passport');
    expect(staff.filter((s) => s.departmentId === civil?.id).length).toBeGreaterThanOrEqual(12);
    expect(staff.map((s) => s.name)).toEqual(expect.arrayContaining(['김하늘', '이바다']));
    const presences = new Set(staff.map((s) => s.presence));
    for (const p of ['in', 'away', 'training', 'trip', 'leave', 'counter'] as const) {
      expect(presences).toContain(p);
    }
    expect(staff.filter((s) => s.presence === 'in').length).toBeGreaterThan(staff.length / 2);
  });

  it('gives everyone away from the desk a stand-in from the same department', () => {
    const staff = store.staff.list(demo.hallId);
    const byId = new Map(staff.map((s) => [s.id, s]));
    for (const s of staff.filter((p) => p.presence !== 'in' && p.presence !== 'counter')) {
      const proxy = s.proxyId === null ? undefined : byId.get(s.proxyId);
      expect(proxy?.departmentId, s.name).toBe(s.departmentId);
    }
    const badaLee = staff.find((s) => s.name === '이바다');
    expect(badaLee).toMatchObject({
      presence: 'training',
      presenceNote: '14:00 복귀 예정',
      returnAt: '14:00',
    });
  });

  it('writes a safe SVG portrait for every photo it names, and leaves some without', () => {
    const staff = store.staff.list(demo.hallId);
    const withPhoto = staff.filter((s) => s.photoUrl !== null);
    expect(withPhoto.length).toBeGreaterThan(staff.length * 0.7);
    expect(withPhoto.length).toBeLessThan(staff.length);
    for (const s of withPhoto) {
      const file = join(dir, 'photos', basename(s.photoUrl ?? ''));
      expect(existsSync(file), file).toBe(true);
      const svg = readFileSync(file, 'utf8');
      expect(svg.startsWith('<svg')).toBe(true);
      expect(svg).not.toContain('<script');
      expect(svg).not.toContain('href="http');
      expect(svg).not.toMatch(/\bon[a-z]+=/);
    }
  });

  it('has the services of the outline, served by counters that serve existing services', () => {
    const services = store.services.list(demo.hallId);
    expect(services.map((s) => s.code).sort((a, b) => a - b)).toEqual(
      outline.services.map((s) => s.code).sort((a, b) => a - b),
    );
    const serviceIds = new Set(services.map((s) => s.id));
    const counters = store.services.counters(demo.hallId);
    expect(counters.map((c) => c.number)).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 21, 22, 23,
    ]);
    for (const c of counters) {
      expect(c.serviceIds.length).toBeGreaterThan(0);
      for (const id of c.serviceIds) expect(serviceIds).toContain(id);
    }
    for (const s of services) expect(counters.some((c) => c.serviceIds.includes(s.id))).toBe(true);
    const priority = services.find((s) => s.code === 9);
    expect(counters.find((c) => c.number === 1)?.serviceIds.at(-1)).toBe(priority?.id);
    expect(counters.some((c) => c.state === 'closed')).toBe(true);
    expect(counters.filter((c) => c.state === 'open').length).toBeGreaterThan(counters.length / 2);
  });

  it('pairs every demo device with a token kept in the demo secrets', () => {
    const secrets = store.halls.demoSecrets(demo.hallId) ?? {};
    expect(demo.devices.map((d) => d.kind)).toEqual(
      expect.arrayContaining(['kiosk', 'display', 'guide']),
    );
    for (const device of demo.devices) {
      const token = secrets[`device:${device.id}`];
      expect(token, device.name).toBeTruthy();
      expect(store.devices.byTokenHash(sha256(token ?? ''))?.id).toBe(device.id);
    }
    const kiosk = store.devices.list(demo.hallId).find((d) => d.kind === 'kiosk');
    const lobby = store.places.floors(demo.hallId).find((f) => f.code === KIOSK_SPOT.floor);
    const spot = lobby?.layout.nodes.find((n) => n.id === KIOSK_SPOT.node);
    expect(kiosk?.settings).toMatchObject({
      floorId: lobby?.id,
      x: spot?.x,
      y: spot?.y,
      pxPerMm: 4.03,
    });
    const seats = demo.devices.filter((d) => d.screen === 'seats').map((d) => d.departmentSlug);
    for (const d of store.places.departments(demo.hallId)) {
      const floor = store.places.floors(demo.hallId).find((f) => f.id === d.floorId);
      if (floor?.code === '1F' || floor?.code === '2F') expect(seats).toContain(d.slug);
    }
    expect(demo.devices.filter((d) => d.screen === 'board')).toHaveLength(1);
  });

  it('signs staff in with the demo passwords', async () => {
    expect(demo.accounts.map((a) => a.username)).toEqual(['admin', 'counter', 'guide', 'guide2']);
    const admin = store.accounts.forSignIn('admin');
    expect(admin?.role).toBe('admin');
    expect(await verifyPassword('annae-admin', admin?.passwordHash ?? '')).toBe(true);
    const counter = store.accounts.forSignIn('counter');
    const officer = counter?.staffId ? store.staff.get(demo.hallId, counter.staffId) : undefined;
    const civil = store.places.departmentBySlug(demo.hallId, 'civil-passport');
    expect(officer?.departmentId).toBe(civil?.id);
    expect(store.accounts.ofRole(demo.hallId, 'guide').map((a) => a.username)).toEqual([
      'guide',
      'guide2',
    ]);
  });

  it('ships each demo password’s hash at the cost every account gets', async () => {
    const cost = (hash: string) => hash.split('$').slice(0, 4).join('$');
    const current = cost(await hashPassword('anything'));
    for (const account of DEMO_ACCOUNTS) {
      expect(cost(account.passwordHash)).toBe(current);
      expect(await verifyPassword(account.password, account.passwordHash)).toBe(true);
      expect(await verifyPassword('annae-wrong', account.passwordHash)).toBe(false);
    }
  }, 30_000);

  it('is the same hall every time', async () => {
    // A cheap hash: this run checks the people, not the passwords.
    const again = await freshDemo({ hashPassword: async (password) => `test$${password}` });
    const people = (s: Store, hallId: number) =>
      s.staff.list(hallId).map((p) => [p.departmentId, p.name, p.presence, p.photoUrl]);
    expect(people(again.store, again.demo.hallId)).toEqual(people(store, demo.hallId));
    const portrait = (d: string) => readFileSync(join(d, 'photos', 'demo-2.svg'), 'utf8');
    expect(portrait(again.dir)).toBe(portrait(dir));
  });
});
