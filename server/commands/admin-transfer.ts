/**
 * A hall's configuration as one file: export it from the first hall, import it into an empty
 * second one. Import is all-or-nothing: one schema, one transaction, one event.
 */
import { CommandError } from '../../shared/errors';
import { HallConfig, type AuditEntry } from '../../shared/schemas/admin';
import type { Actor, Deps } from '../context';
import { issuesOf } from '../http/validate';
import { pushHallConfig, pushInfoPages } from './admin-config';

export function exportHallConfig(deps: Deps, hallId: number): HallConfig {
  const { store } = deps;
  const floors = store.places.floors(hallId);
  const departments = store.places.departments(hallId);
  const services = store.services.list(hallId);
  const floorCode = new Map(floors.map((f) => [f.id, f.code]));
  const slug = new Map(departments.map((d) => [d.id, d.slug]));
  const code = new Map(services.map((s) => [s.id, s.code]));
  const staffKey = (id: number) => `s${id}`;
  return {
    format: 'annae-hall-config',
    version: 1,
    floors: floors.map(({ id: _id, layout, ...floor }) => ({
      ...floor,
      layout: { ...layout, areas: layout.areas.map((a) => ({ ...a, departmentId: null })) },
      areaDepartments: Object.fromEntries(
        layout.areas.flatMap((a) =>
          a.departmentId === null ? [] : [[a.id, slug.get(a.departmentId) ?? '']],
        ),
      ),
    })),
    departments: departments.map(({ id: _id, floorId, ...d }) => ({
      ...d,
      floor: floorId === null ? null : (floorCode.get(floorId) ?? null),
    })),
    staff: store.staff.list(hallId).map((s) => ({
      key: staffKey(s.id),
      department: slug.get(s.departmentId) ?? '',
      name: s.name,
      team: s.team,
      position: s.position,
      grade: s.grade,
      duties: s.duties,
      extension: s.extension,
      seat: s.seat,
      proxy: s.proxyId === null ? null : staffKey(s.proxyId),
    })),
    services: services.map(({ id: _id, departmentId, ...s }) => ({
      ...s,
      department: slug.get(departmentId) ?? '',
    })),
    counters: store.services.counters(hallId).map((c) => ({
      number: c.number,
      department: slug.get(c.departmentId) ?? '',
      services: c.serviceIds.map((id) => code.get(id) ?? -1),
    })),
    infoPages: store.admin.infoPages(hallId).map(({ id: _id, ...page }) => page),
  };
}

const invalid = (path: string, message: string) =>
  new CommandError(
    422,
    'config_invalid',
    `The configuration file is not valid: ${path}: ${message}`,
    [{ path, message }],
  );

function unique<T>(values: T[], path: string): void {
  const seen = new Set<T>();
  for (const value of values) {
    if (seen.has(value)) throw invalid(path, `"${String(value)}" appears twice`);
    seen.add(value);
  }
}

/** Checks every reference in the file before a single row is written. */
function checkReferences(config: HallConfig): void {
  unique(
    config.floors.map((f) => f.code),
    'floors.code',
  );
  unique(
    config.departments.map((d) => d.slug),
    'departments.slug',
  );
  unique(
    config.services.map((s) => s.code),
    'services.code',
  );
  unique(
    config.counters.map((c) => c.number),
    'counters.number',
  );
  unique(
    config.staff.map((s) => s.key),
    'staff.key',
  );
  const floors = new Set(config.floors.map((f) => f.code));
  const departments = new Set(config.departments.map((d) => d.slug));
  const services = new Set(config.services.map((s) => s.code));
  const staff = new Set(config.staff.map((s) => s.key));
  config.floors.forEach((f, i) => {
    for (const [area, slug] of Object.entries(f.areaDepartments)) {
      if (!departments.has(slug))
        throw invalid(`floors.${i}.areaDepartments.${area}`, `no department "${slug}"`);
    }
  });
  config.departments.forEach((d, i) => {
    if (d.floor !== null && !floors.has(d.floor))
      throw invalid(`departments.${i}.floor`, `no floor "${d.floor}"`);
  });
  const needDepartment = (slug: string, path: string) => {
    if (!departments.has(slug)) throw invalid(path, `no department "${slug}"`);
  };
  config.staff.forEach((s, i) => {
    needDepartment(s.department, `staff.${i}.department`);
    if (s.proxy !== null && !staff.has(s.proxy))
      throw invalid(`staff.${i}.proxy`, `no staff "${s.proxy}"`);
  });
  config.services.forEach((s, i) => needDepartment(s.department, `services.${i}.department`));
  config.counters.forEach((c, i) => {
    needDepartment(c.department, `counters.${i}.department`);
    c.services.forEach((code, j) => {
      if (!services.has(code)) throw invalid(`counters.${i}.services.${j}`, `no service ${code}`);
    });
  });
}

export function importHallConfig(
  deps: Deps,
  actor: Actor,
  hallId: number,
  raw: unknown,
): {
  floors: number;
  departments: number;
  staff: number;
  services: number;
  counters: number;
  infoPages: number;
} {
  const parsed = HallConfig.safeParse(raw);
  if (!parsed.success) {
    const details = issuesOf(parsed.error);
    const first = details[0];
    throw new CommandError(
      422,
      'config_invalid',
      first
        ? `The configuration file is not valid: ${first.path}: ${first.message}`
        : 'The configuration file is not valid.',
      details,
    );
  }
  const config = parsed.data;
  checkReferences(config);
  const { store } = deps;
  if (store.admin.configSize(hallId) > 0) {
    throw new CommandError(
      409,
      'hall_not_empty',
      'This hall already has floors, departments, staff, services, counters or information pages. ' +
        'A configuration imports into an empty hall only.',
    );
  }
  const now = deps.clock.now().toISOString();
  const counts = {
    floors: config.floors.length,
    departments: config.departments.length,
    staff: config.staff.length,
    services: config.services.length,
    counters: config.counters.length,
    infoPages: config.infoPages.length,
  };
  store.tx(() => {
    const floorIds = new Map<string, number>();
    for (const { areaDepartments: _areas, ...floor } of config.floors)
      floorIds.set(floor.code, store.places.addFloor(hallId, floor));
    const departmentIds = new Map<string, number>();
    for (const { floor, ...d } of config.departments) {
      departmentIds.set(
        d.slug,
        store.places.addDepartment(hallId, {
          ...d,
          floorId: floor === null ? null : (floorIds.get(floor) ?? null),
        }),
      );
    }
    const dept = (slug: string) => {
      const id = departmentIds.get(slug);
      if (id === undefined) throw invalid('department', slug);
      return id;
    };
    for (const floor of config.floors) {
      const floorId = floorIds.get(floor.code);
      if (floorId === undefined || Object.keys(floor.areaDepartments).length === 0) continue;
      store.places.setLayout(hallId, floorId, {
        ...floor.layout,
        areas: floor.layout.areas.map((a) => {
          const slug = floor.areaDepartments[a.id];
          return { ...a, departmentId: slug === undefined ? a.departmentId : dept(slug) };
        }),
      });
    }
    const staffIds = new Map<string, number>();
    for (const s of config.staff) {
      staffIds.set(
        s.key,
        store.staff.add(hallId, {
          departmentId: dept(s.department),
          name: s.name,
          team: s.team,
          position: s.position,
          grade: s.grade,
          duties: s.duties,
          extension: s.extension,
          photoFile: null,
          photoConsentAt: null,
          seat: s.seat,
          presence: 'in',
          presenceNote: '',
          returnAt: null,
          proxyId: null,
        }),
      );
    }
    for (const s of config.staff) {
      const id = staffIds.get(s.key);
      if (id !== undefined && s.proxy !== null) {
        store.staff.setProxy(hallId, id, staffIds.get(s.proxy) ?? null);
      }
    }
    const serviceIds = new Map<number, number>();
    for (const { department, ...s } of config.services) {
      serviceIds.set(s.code, store.services.add(hallId, { ...s, departmentId: dept(department) }));
    }
    for (const c of config.counters) {
      store.services.addCounter(hallId, {
        number: c.number,
        departmentId: dept(c.department),
        state: 'closed',
        serviceIds: c.services.map((code) => serviceIds.get(code) ?? -1),
      });
    }
    for (const page of config.infoPages) store.admin.addInfoPage(hallId, page);
    store.events.append(hallId, now, actor, 'hall:config-imported', counts);
  });
  pushHallConfig(deps, hallId);
  pushInfoPages(deps, hallId);
  return counts;
}

/** The hall's event log, newest first, with the names of the people who acted. */
export function auditLog(deps: Deps, hallId: number, limit: number): AuditEntry[] {
  const names = new Map<string, string>();
  const nameOf = (actor: string): string => {
    const cached = names.get(actor);
    if (cached !== undefined) return cached;
    const [kind, id] = actor.split(':');
    let name = actor;
    if (kind === 'account' && id) name = deps.store.accounts.get(Number(id))?.displayName ?? actor;
    if (kind === 'device' && id) name = deps.store.devices.get(hallId, Number(id))?.name ?? actor;
    names.set(actor, name);
    return name;
  };
  return deps.store.events.recent(hallId, limit).map((e) => ({
    seq: e.seq,
    at: e.at,
    actor: e.actor,
    actorName: nameOf(e.actor),
    type: e.type,
    payload: e.payload,
  }));
}
