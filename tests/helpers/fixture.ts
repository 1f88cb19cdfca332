/** A small hall on a temporary data directory, for tests that do not need the whole demo. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config } from '../../server/config';
import { createApp } from '../../server/app';
import type { Clock, Deps } from '../../server/context';
import { hashPassword, newToken, sha256 } from '../../server/auth/secrets';
import { createHub } from '../../server/realtime/hub';
import { openDatabase } from '../../server/store/db';
import { createStore, type Store } from '../../server/store/index';
import { DeviceSettings } from '../../shared/schemas/devices';

export const PASSWORD = 'correct horse battery';
let passwordHash: Promise<string> | null = null;

export function tempDir(prefix = 'annae-test-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function testConfig(dataDir: string, overrides: Partial<Config> = {}): Config {
  return {
    port: 0,
    host: '127.0.0.1',
    dataDir,
    demo: false,
    secureCookies: false,
    distDir: join(dataDir, 'no-dist'),
    version: 'test',
    startAt: null,
    ...overrides,
  };
}

export type SmallHall = Awaited<ReturnType<typeof seedSmallHall>>;

/** One floor, two departments, three staff, two services and counters, a device of each kind, an account per role. */
export async function seedSmallHall(store: Store, now = new Date('2026-11-23T00:00:00Z')) {
  passwordHash ??= hashPassword(PASSWORD);
  const hash = await passwordHash;
  const tokens = { kiosk: newToken(), display: newToken(), guide: newToken() };
  const iso = now.toISOString();
  return store.tx(() => {
    const hallId = store.halls.create(
      {
        slug: 'test',
        name: '시험구청',
        nameEn: 'Test-gu Office',
        open: '09:00',
        close: '18:00',
        lunch: { from: '12:00', to: '13:00' },
        profileId: 'demo',
        demo: false,
      },
      iso,
    );
    const floorId = store.places.addFloor(hallId, {
      code: '1F',
      name: '1층',
      nameEn: '1F',
      sort: 1,
      layout: { width: 100, height: 100, areas: [], nodes: [], edges: [] },
    });
    const civil = store.places.addDepartment(hallId, {
      slug: 'civil',
      name: '민원과',
      nameEn: 'Civil Affairs',
      floorId,
      room: '101',
      phone: '02-0000-0001',
      hours: '09:00–18:00',
      tasks: ['등본', '여권'],
      sort: 1,
    });
    const tax = store.places.addDepartment(hallId, {
      slug: 'tax',
      name: '세무과',
      nameEn: 'Tax',
      floorId,
      room: '102',
      phone: '02-0000-0002',
      hours: '09:00–18:00',
      tasks: ['취득세'],
      sort: 2,
    });
    const staff = ['김하늘', '이바다', '박들'].map((name, i) =>
      store.staff.add(hallId, {
        departmentId: civil,
        name,
        team: '민원팀',
        position: i === 0 ? '팀장' : '주무관',
        grade: '',
        duties: ['제증명'],
        extension: `02-0000-110${i}`,
        photoFile: null,
        photoConsentAt: null,
        seat: { row: 1, col: i + 1 },
        presence: 'in',
        presenceNote: '',
        returnAt: null,
        proxyId: null,
      }),
    );
    const general = store.services.add(hallId, {
      code: 1,
      name: '제증명',
      nameEn: 'Certificates',
      departmentId: civil,
      avgServiceMin: 3,
      open: true,
      sort: 1,
      tasks: [
        { name: '등본', nameEn: 'Resident registration copy' },
        { name: '초본', nameEn: 'Resident registration abstract' },
      ],
    });
    const taxService = store.services.add(hallId, {
      code: 7,
      name: '지방세',
      nameEn: 'Local tax',
      departmentId: tax,
      avgServiceMin: 10,
      open: true,
      sort: 2,
    });
    const counters = [
      store.services.addCounter(hallId, {
        number: 1,
        departmentId: civil,
        state: 'open',
        serviceIds: [general],
      }),
      store.services.addCounter(hallId, {
        number: 2,
        departmentId: tax,
        state: 'open',
        serviceIds: [taxService, general],
      }),
    ];
    const devices = {
      kiosk: store.devices.add(
        hallId,
        'kiosk',
        '키오스크',
        DeviceSettings.parse({ pxPerMm: 4.03 }),
        iso,
      ),
      display: store.devices.add(
        hallId,
        'display',
        '표시기',
        DeviceSettings.parse({ viewingDistanceMm: 5000 }),
        iso,
      ),
      guide: store.devices.add(hallId, 'guide', '태블릿', DeviceSettings.parse({}), iso),
    };
    for (const kind of ['kiosk', 'display', 'guide'] as const) {
      store.devices.setToken(hallId, devices[kind], sha256(tokens[kind]), iso);
    }
    const accounts = Object.fromEntries(
      (['admin', 'counter', 'guide'] as const).map((role) => [
        role,
        store.accounts.add(
          hallId,
          {
            username: role,
            displayName: `${role} 담당`,
            role,
            staffId: role === 'counter' ? (staff[1] ?? null) : null,
            passwordHash: hash,
            mustChangePassword: false,
          },
          iso,
        ),
      ]),
    ) as Record<'admin' | 'counter' | 'guide', number>;
    return {
      hallId,
      floorId,
      departments: { civil, tax },
      staff,
      services: { general, tax: taxService },
      counters,
      devices,
      tokens,
      accounts,
    };
  });
}

/** Deps over a fresh database with the small hall; `app` answers `app.request()` without a port. */
export async function createTestApp(clock?: Clock) {
  const { dir, remove } = tempDir();
  const db = openDatabase(join(dir, 'annae.db'));
  const store = createStore(db);
  const hall = await seedSmallHall(store);
  const deps: Deps = {
    store,
    hub: createHub(),
    config: testConfig(dir),
    clock: clock ?? { now: () => new Date() },
  };
  const app = createApp(deps);
  return {
    deps,
    app,
    hall,
    dir,
    close() {
      db.close();
      remove();
    },
  };
}

/** Signs in through the API and returns the cookie header to send afterwards. */
export async function signInCookie(
  app: ReturnType<typeof createApp>,
  username: string,
): Promise<string> {
  const res = await app.request('/api/auth/sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.get('set-cookie') ?? '';
  return cookie.split(';')[0] ?? '';
}

export const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});
