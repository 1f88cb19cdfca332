/**
 * Creates the fictional demo hall 한빛구청 (Hanbit-gu Office) on an empty data directory: floors
 * with plans, departments, staff with generated portraits, services and counters, staff accounts
 * and paired demo devices. Every person, number and phone in it is made up.
 */
import { SEAT_MAX_COL } from '../../shared/schemas/staff';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DeviceSettings, type DeviceKind } from '../../shared/schemas/devices';
import type { Role } from '../../shared/schemas/accounts';
import { newToken, sha256 } from '../auth/secrets';
import type { Store } from '../store';
import outline from './demo-hall-outline.json' with { type: 'json' };
import { DEMO_DEPARTMENTS } from './departments';
import { buildFloorLayouts, CORRIDOR_Y, KIOSK_SPOT } from './floor-layouts';
import { portraitSvg } from './portraits';
import { demoRoster } from './staff-roster';
import { demoInfoPages } from './info-pages';
import { generateDemoHistory, type DemoHistoryOptions } from './history';
import { demoServiceTasks } from './service-tasks';

export type DemoHall = {
  hallId: number;
  accounts: { role: 'admin' | 'counter' | 'guide'; username: string; password: string }[];
  devices: {
    kind: 'kiosk' | 'display' | 'guide';
    name: string;
    id: number;
    screen?: 'board' | 'seats';
    departmentSlug?: string;
  }[];
};

export type DemoHallOptions = {
  /** Defaults to the shipped scrypt hashes; a test may pass its own hashing. */
  hashPassword?: (password: string) => Promise<string>;
  /** The simulated history the charter report starts from; `false` for a hall without one. */
  history?: DemoHistoryOptions | false;
};

const SERVICE_NAMES_EN: Record<number, string> = {
  1: 'Resident registration certificates',
  2: 'Seal certificates, signature confirmation, moving-in reports',
  3: 'Family relations registration (birth, marriage, death; certificates)',
  4: 'Passport applications',
  5: 'Passport pick-up',
  6: 'Vehicle registration (new, transfer)',
  7: 'Local taxes (acquisition tax, tax certificates)',
  9: 'Priority counter (disabled, pregnant and elderly visitors)',
};
/** The priority service, which counters 1–3 also call from when their own line is empty. */
const PRIORITY_SERVICE = 9;
const PRIORITY_HELPERS = [1, 2, 3];
/** A quiet morning: the third passport desk, one tax window and one vehicle window are shut. */
const CLOSED_COUNTERS = new Set([10, 13, 23]);

/**
 * The demo's public passwords with their scrypt hashes, computed once (`hashPassword`, the same
 * cost as any account): hashing them at every new demo data directory took 2.3 s of CPU. A
 * fixed salt gives nothing away for a password printed in the README; converting the demo hall
 * sets a new admin password and locks the other accounts (demo-convert.ts).
 */
const ADMIN_HASH =
  'scrypt$131072$8$1$TWVnYuWOva72x6FA/EcbFA==$NpzEopFf8tLrAz2RmrTnsP+slSvu5EHJcqCfmHe3jM0=';
const COUNTER_HASH =
  'scrypt$131072$8$1$6GkHmtpPiDlvUEJQ1Un5fA==$ZBX67L4av1ofFCGPr6O/yjyinqtjqpf9+JN0sUkC4iI=';
const GUIDE_HASH =
  'scrypt$131072$8$1$ecvg0RGyPMn2x+tcivmOzQ==$8oJpMlk2a0s3szfrMcv7SGnGydhGIXW4IP0t5tWeNS8=';
export const DEMO_ACCOUNTS: {
  role: Role;
  username: string;
  password: string;
  passwordHash: string;
  displayName: string;
}[] = [
  {
    role: 'admin',
    username: 'admin',
    password: 'annae-admin',
    passwordHash: ADMIN_HASH,
    displayName: '관리자',
  },
  // The counter account signs in as a 민원여권과 officer; its name comes from the roster.
  {
    role: 'counter',
    username: 'counter',
    password: 'annae-counter',
    passwordHash: COUNTER_HASH,
    displayName: '',
  },
  {
    role: 'guide',
    username: 'guide',
    password: 'annae-guide',
    passwordHash: GUIDE_HASH,
    displayName: '민원안내도우미 1',
  },
  {
    role: 'guide',
    username: 'guide2',
    password: 'annae-guide',
    passwordHash: GUIDE_HASH,
    displayName: '민원안내도우미 2',
  },
];

// Physical facts of the demo screens, in CSS pixels per millimetre at device pixel ratio 1.
/** 21.5″ 1080×1920 portrait panel: 1920 px over 476 mm. */
const KIOSK_PX_PER_MM = 4.03;
/** 43″ 1920×1080 wall panel: 1920 px over 952 mm. */
const WALL_PX_PER_MM = 2.02;
/** 10.9″ tablet at 1180×820 CSS pixels: 1180 px over 235 mm. */
const TABLET_PX_PER_MM = 5.02;

function idOf<K>(ids: Map<K, number>, key: K): number {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`demo hall: nothing named ${String(key)}`);
  return id;
}

export async function createDemoHall(
  store: Store,
  dataDir: string,
  now: Date,
  options: DemoHallOptions = {},
): Promise<DemoHall> {
  const at = now.toISOString();
  const roster = demoRoster(DEMO_DEPARTMENTS, outline.seat_chart_example);
  const counterOfficer =
    roster.find((e) => e.departmentSlug === 'civil-passport' && e.presence === 'counter') ??
    roster.find((e) => e.departmentSlug === 'civil-passport' && e.position === '주무관');
  if (!counterOfficer) throw new Error('demo hall: no officer for the counter account');

  // A test's own hash, before the transaction (which must not await).
  const accounts: (typeof DEMO_ACCOUNTS)[number][] = [];
  for (const account of DEMO_ACCOUNTS) {
    const passwordHash = options.hashPassword
      ? await options.hashPassword(account.password)
      : account.passwordHash;
    accounts.push({ ...account, passwordHash });
  }

  // Portraits before the rows that name them: a failed transaction leaves only unused files.
  const photosDir = join(dataDir, 'photos');
  await mkdir(photosDir, { recursive: true });
  const photoFile = (index: number) => `demo-${index}.svg`;
  await Promise.all(
    roster.flatMap((e) =>
      e.portraitSeed === null
        ? []
        : [writeFile(join(photosDir, photoFile(e.index)), portraitSvg(e.portraitSeed), 'utf8')],
    ),
  );

  return store.tx((): DemoHall => {
    const hallId = store.halls.create(
      {
        slug: 'hanbit',
        name: outline.office.name,
        nameEn: 'Hanbit-gu Office',
        open: '09:00',
        close: '18:00',
        lunch: { from: '12:00', to: '13:00' },
        profileId: 'demo',
        demo: true,
      },
      at,
    );

    // Floors first (departments point at them), then the plans that point back at departments.
    const floorIds = new Map<string, number>();
    for (const { layout, ...floor } of buildFloorLayouts(() => null)) {
      floorIds.set(floor.code, store.places.addFloor(hallId, { ...floor, layout }));
    }
    const departmentIds = new Map<string, number>();
    DEMO_DEPARTMENTS.forEach((d, i) => {
      const id = store.places.addDepartment(hallId, {
        slug: d.slug,
        name: d.name,
        nameEn: d.nameEn,
        floorId: idOf(floorIds, d.floor),
        room: d.room,
        phone: `02-0000-${d.extensionBase}`,
        hours: d.hours,
        tasks: d.tasks,
        sort: i + 1,
      });
      departmentIds.set(d.slug, id);
    });
    const floors = buildFloorLayouts((slug) => idOf(departmentIds, slug));
    for (const floor of floors) {
      store.places.setLayout(hallId, idOf(floorIds, floor.code), floor.layout);
    }

    const staffIds = new Map<number, number>();
    for (const e of roster) {
      const photo = e.portraitSeed === null ? null : photoFile(e.index);
      const id = store.staff.add(hallId, {
        departmentId: idOf(departmentIds, e.departmentSlug),
        name: e.name,
        team: e.team,
        position: e.position,
        grade: e.grade,
        duties: e.duties,
        extension: e.extension,
        seat: e.seat,
        presence: e.presence,
        presenceNote: e.presenceNote,
        returnAt: e.returnAt,
        proxyId: null,
        photoFile: photo,
        photoConsentAt: photo && at,
      });
      staffIds.set(e.index, id);
    }
    // Stand-ins once everyone has an id.
    for (const e of roster) {
      if (e.proxyIndex !== null) {
        store.staff.setProxy(hallId, idOf(staffIds, e.index), idOf(staffIds, e.proxyIndex));
      }
    }

    // The smallest office shows a desk nobody sits at (빈 자리) at the end of its last team row, so
    // the demo's door display shows the room as drawn, not only its people.
    const bySize = DEMO_DEPARTMENTS.map((d) => ({
      d,
      seats: roster.filter((e) => e.departmentSlug === d.slug).map((e) => e.seat),
    })).filter((o) => o.seats.some((seat) => seat.row > 0));
    const smallest = bySize.sort((a, b) => a.seats.length - b.seats.length)[0];
    if (smallest) {
      const lastRow = Math.max(...smallest.seats.map((seat) => seat.row));
      const col =
        Math.max(...smallest.seats.filter((x) => x.row === lastRow).map((x) => x.col)) + 1;
      store.seatPlans.set(hallId, idOf(departmentIds, smallest.d.slug), {
        emptyDesks: col <= SEAT_MAX_COL ? [{ row: lastRow, col }] : [],
        aisleCols: [],
        aisleRows: [],
      });
    }

    const departmentIdByName = new Map(
      DEMO_DEPARTMENTS.map((d) => [d.name, idOf(departmentIds, d.slug)]),
    );
    const serviceIds = new Map<number, number>();
    outline.services.forEach((s, i) => {
      const id = store.services.add(hallId, {
        code: s.code,
        name: s.name,
        nameEn: SERVICE_NAMES_EN[s.code] ?? s.name,
        departmentId: idOf(departmentIdByName, s.dept),
        avgServiceMin: s.avg_service_min,
        open: true,
        sort: i + 1,
        tasks: demoServiceTasks(s.code),
      });
      serviceIds.set(s.code, id);
    });

    // A counter serves the services whose outline lists it, in the outline's order.
    const counters = new Map<number, { dept: string; codes: number[] }>();
    for (const s of outline.services) {
      for (const number of s.counters) {
        const counter = counters.get(number) ?? { dept: s.dept, codes: [] };
        counter.codes.push(s.code);
        counters.set(number, counter);
      }
    }
    for (const number of PRIORITY_HELPERS) counters.get(number)?.codes.push(PRIORITY_SERVICE);
    for (const [number, counter] of [...counters].sort(([a], [b]) => a - b)) {
      store.services.addCounter(hallId, {
        number,
        departmentId: idOf(departmentIdByName, counter.dept),
        state: CLOSED_COUNTERS.has(number) ? 'closed' : 'open',
        serviceIds: [...new Set(counter.codes)].map((code) => idOf(serviceIds, code)),
      });
    }

    for (const account of accounts) {
      const isCounter = account.role === 'counter';
      store.accounts.add(
        hallId,
        {
          username: account.username,
          displayName: isCounter ? counterOfficer.name : account.displayName,
          role: account.role,
          staffId: isCounter ? idOf(staffIds, counterOfficer.index) : null,
          passwordHash: account.passwordHash,
          mustChangePassword: false,
        },
        at,
      );
    }

    // Every demo device is paired at once; the tokens stay in the hall's demo secrets so the
    // landing page can open each screen already paired.
    const devices: DemoHall['devices'] = [];
    const secrets: Record<string, string> = {};
    const addDevice = (
      kind: DeviceKind,
      name: string,
      settings: Partial<DeviceSettings>,
      shows: { screen?: 'board' | 'seats'; departmentSlug?: string } = {},
    ) => {
      const id = store.devices.add(hallId, kind, name, DeviceSettings.parse(settings), at);
      const token = newToken();
      store.devices.setToken(hallId, id, sha256(token), at);
      secrets[`device:${id}`] = token;
      devices.push({ kind, name, id, ...shows });
    };
    const nodeAt = (floorCode: string, nodeId: string) => {
      const node = floors
        .find((f) => f.code === floorCode)
        ?.layout.nodes.find((n) => n.id === nodeId);
      if (!node) throw new Error(`demo hall: no node ${nodeId}`);
      return node;
    };

    const lobbyFloorId = idOf(floorIds, KIOSK_SPOT.floor);
    addDevice('kiosk', '1층 로비 키오스크', {
      pxPerMm: KIOSK_PX_PER_MM,
      // A standing kiosk: its top (≈ 1,376 mm) is above the reach band, so 낮은 화면 has work to do.
      screenBottomMm: 900,
      viewingDistanceMm: 500,
      floorId: lobbyFloorId,
      x: KIOSK_SPOT.x,
      y: KIOSK_SPOT.y,
      facing: KIOSK_SPOT.facing,
    });
    // High on the north wall of the 민원여권과 hall, facing its waiting seats.
    addDevice(
      'display',
      '대기실 번호표시기',
      {
        pxPerMm: WALL_PX_PER_MM,
        screenBottomMm: 1800,
        // The board derives its px/mm from the diagonal at whatever resolution it runs.
        panelInch: 43,
        viewingDistanceMm: 5000,
        floorId: lobbyFloorId,
        x: 770,
        y: 40,
        facing: 180,
        screen: 'board',
      },
      { screen: 'board' },
    );
    // A seat chart beside every office door, facing the corridor.
    for (const d of DEMO_DEPARTMENTS) {
      const door = nodeAt(d.floor, `${d.floor}-${d.room}`);
      addDevice(
        'display',
        `${d.name} 좌석배치도`,
        {
          pxPerMm: WALL_PX_PER_MM,
          screenBottomMm: 1000,
          // Read by someone standing at the door, not from across the corridor.
          panelInch: 43,
          viewingDistanceMm: 1200,
          floorId: idOf(floorIds, d.floor),
          x: door.x,
          y: door.y,
          facing: door.y < CORRIDOR_Y ? 180 : 0,
          screen: 'seats',
          departmentId: idOf(departmentIds, d.slug),
        },
        { screen: 'seats', departmentSlug: d.slug },
      );
    }
    const desk = nodeAt(KIOSK_SPOT.floor, '1F-guide-desk');
    addDevice('guide', '도우미 태블릿 1', {
      pxPerMm: TABLET_PX_PER_MM,
      viewingDistanceMm: 400,
      floorId: lobbyFloorId,
      x: desk.x,
      y: desk.y,
    });
    for (const page of demoInfoPages()) store.admin.addInfoPage(hallId, page);
    store.halls.setDemoSecrets(hallId, secrets);
    if (options.history !== false) {
      const history = generateDemoHistory(store, hallId, now, options.history ?? {});
      store.events.append(hallId, at, 'system', 'hall:demo-history', history);
    }

    store.events.append(hallId, at, 'system', 'hall:demo-created', {});
    return {
      hallId,
      accounts: DEMO_ACCOUNTS.map(({ role, username, password }) => ({ role, username, password })),
      devices,
    };
  });
}
