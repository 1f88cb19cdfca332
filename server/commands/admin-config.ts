/**
 * The administrator's edits to a hall: departments, services, counters and information pages.
 * Each checks the hall's rules first (a floor that exists, a unique ticket prefix, a counter with a
 * service), then one transaction with its event, then a push to every screen that shows it.
 */
import { CommandError, notFound } from '../../shared/errors';
import type {
  CounterInput,
  DepartmentInput,
  DeviceUpdateInput,
  InfoPage,
  InfoPageInput,
  ServiceInput,
} from '../../shared/schemas/admin';
import type { Counter, Department, Service } from '../../shared/schemas/hall';
import type { Device } from '../../shared/schemas/devices';
import type { Actor, Deps } from '../context';
import { rooms } from '../realtime/rooms';
import { pushDevice, toPublicDevice } from './devices';
import { pushQueue } from '../realtime/queue-push';

/** Tells the kiosks, counters, board and admin consoles the hall's new departments, services and counters. */
export function pushHallConfig(deps: Deps, hallId: number): void {
  const { store } = deps;
  const departments = store.places.departments(hallId);
  const services = store.services.list(hallId);
  deps.hub.publish<'kiosk'>(rooms.kiosks(hallId), [
    { op: 'set', key: 'departments', value: departments },
    { op: 'set', key: 'services', value: services },
  ]);
  deps.hub.publish<'counter'>(rooms.counters(hallId), [
    { op: 'set', key: 'services', value: services },
  ]);
  // Queues (kiosk, board, counters) and counters (counter consoles) follow the new services.
  pushQueue(deps, hallId);
  for (const department of departments) {
    deps.hub.publish<'seats'>(rooms.department(hallId, department.id), [
      { op: 'set', key: 'department', value: department },
    ]);
  }
}

export function pushInfoPages(deps: Deps, hallId: number): void {
  const info = deps.store.admin.infoPages(hallId).filter((p) => p.published);
  deps.hub.publish<'kiosk'>(rooms.kiosks(hallId), [{ op: 'set', key: 'info', value: info }]);
  deps.hub.publish<'board'>(rooms.board(hallId), [{ op: 'set', key: 'info', value: info }]);
}

function checkDepartment(
  deps: Deps,
  hallId: number,
  input: DepartmentInput,
  selfId: number | null,
): void {
  if (input.floorId !== null && !deps.store.places.floor(hallId, input.floorId)) {
    throw new CommandError(
      422,
      'floor_unknown',
      `Floor ${input.floorId} does not exist in this hall. Choose one of its floors, or none.`,
      [{ path: 'floorId', message: 'no such floor' }],
    );
  }
  const same = deps.store.places.departmentBySlug(hallId, input.slug);
  if (same && same.id !== selfId) {
    throw new CommandError(
      409,
      'department_slug_taken',
      `The address "${input.slug}" is already used by ${same.name}. Choose another.`,
      [{ path: 'slug', message: 'already used' }],
    );
  }
}

const departmentOrThrow = (deps: Deps, hallId: number, id: number): Department => {
  const department = deps.store.places.department(hallId, id);
  if (!department) {
    throw new CommandError(422, 'department_unknown', `Department ${id} does not exist.`, [
      { path: 'departmentId', message: 'no such department' },
    ]);
  }
  return department;
};

export function createDepartment(
  deps: Deps,
  actor: Actor,
  hallId: number,
  input: DepartmentInput,
): Department {
  checkDepartment(deps, hallId, input, null);
  const now = deps.clock.now().toISOString();
  const id = deps.store.tx(() => {
    const id = deps.store.places.addDepartment(hallId, input);
    deps.store.events.append(hallId, now, actor, 'department:created', { id, ...input });
    return id;
  });
  pushHallConfig(deps, hallId);
  return departmentOrThrow(deps, hallId, id);
}

export function updateDepartment(
  deps: Deps,
  actor: Actor,
  hallId: number,
  id: number,
  input: DepartmentInput,
): Department {
  const before = deps.store.places.department(hallId, id);
  if (!before) throw notFound('Department');
  checkDepartment(deps, hallId, input, id);
  const now = deps.clock.now().toISOString();
  deps.store.tx(() => {
    deps.store.admin.updateDepartment(hallId, id, input);
    deps.store.events.append(hallId, now, actor, 'department:updated', { id, ...input });
  });
  pushHallConfig(deps, hallId);
  return departmentOrThrow(deps, hallId, id);
}

function checkService(deps: Deps, hallId: number, input: ServiceInput, selfId: number | null) {
  departmentOrThrow(deps, hallId, input.departmentId);
  const other = deps.store.admin.serviceIdByCode(hallId, input.code);
  if (other !== undefined && other !== selfId) {
    const name = deps.store.services.list(hallId).find((s) => s.id === other)?.name ?? '';
    throw new CommandError(
      409,
      'ticket_prefix_taken',
      `Ticket prefix ${input.code} is already used by "${name}". Each service needs its own prefix.`,
      [{ path: 'code', message: 'already used' }],
    );
  }
}

const serviceOrThrow = (deps: Deps, hallId: number, id: number): Service => {
  const service = deps.store.services.list(hallId).find((s) => s.id === id);
  if (!service) throw notFound('Service');
  return service;
};

export function createService(
  deps: Deps,
  actor: Actor,
  hallId: number,
  input: ServiceInput,
): Service {
  checkService(deps, hallId, input, null);
  const now = deps.clock.now().toISOString();
  const id = deps.store.tx(() => {
    const id = deps.store.services.add(hallId, input);
    deps.store.events.append(hallId, now, actor, 'service:created', { id, ...input });
    return id;
  });
  pushHallConfig(deps, hallId);
  return serviceOrThrow(deps, hallId, id);
}

export function updateService(
  deps: Deps,
  actor: Actor,
  hallId: number,
  id: number,
  input: ServiceInput,
): Service {
  serviceOrThrow(deps, hallId, id);
  checkService(deps, hallId, input, id);
  const now = deps.clock.now().toISOString();
  deps.store.tx(() => {
    deps.store.admin.updateService(hallId, id, input);
    deps.store.events.append(hallId, now, actor, 'service:updated', { id, ...input });
  });
  pushHallConfig(deps, hallId);
  return serviceOrThrow(deps, hallId, id);
}

function checkCounter(deps: Deps, hallId: number, input: CounterInput, selfId: number | null) {
  departmentOrThrow(deps, hallId, input.departmentId);
  if (input.serviceIds.length === 0) {
    throw new CommandError(
      422,
      'counter_without_service',
      'A counter serves at least one service.',
      [{ path: 'serviceIds', message: 'choose at least one service' }],
    );
  }
  const known = new Set(deps.store.services.list(hallId).map((s) => s.id));
  const unknown = input.serviceIds.find((id) => !known.has(id));
  if (unknown !== undefined) {
    throw new CommandError(422, 'service_unknown', `Service ${unknown} does not exist.`, [
      { path: 'serviceIds', message: 'no such service' },
    ]);
  }
  if (new Set(input.serviceIds).size !== input.serviceIds.length) {
    throw new CommandError(422, 'service_repeated', 'A service is listed twice for this counter.', [
      { path: 'serviceIds', message: 'listed twice' },
    ]);
  }
  const other = deps.store.admin.counterIdByNumber(hallId, input.number);
  if (other !== undefined && other !== selfId) {
    throw new CommandError(
      409,
      'counter_number_taken',
      `Counter ${input.number} already exists. Choose another number.`,
      [{ path: 'number', message: 'already used' }],
    );
  }
}

const counterOrThrow = (deps: Deps, hallId: number, id: number): Counter => {
  const counter = deps.store.services.counters(hallId).find((c) => c.id === id);
  if (!counter) throw notFound('Counter');
  return counter;
};

export function createCounter(
  deps: Deps,
  actor: Actor,
  hallId: number,
  input: CounterInput,
): Counter {
  checkCounter(deps, hallId, input, null);
  const now = deps.clock.now().toISOString();
  const id = deps.store.tx(() => {
    const id = deps.store.services.addCounter(hallId, { ...input, state: 'closed' });
    deps.store.events.append(hallId, now, actor, 'counter:created', { id, ...input });
    return id;
  });
  pushHallConfig(deps, hallId);
  return counterOrThrow(deps, hallId, id);
}

export function updateCounter(
  deps: Deps,
  actor: Actor,
  hallId: number,
  id: number,
  input: CounterInput,
): Counter {
  counterOrThrow(deps, hallId, id);
  checkCounter(deps, hallId, input, id);
  const now = deps.clock.now().toISOString();
  deps.store.tx(() => {
    deps.store.admin.updateCounter(hallId, id, input);
    deps.store.events.append(hallId, now, actor, 'counter:updated', { id, ...input });
  });
  pushHallConfig(deps, hallId);
  return counterOrThrow(deps, hallId, id);
}

export function createInfoPage(
  deps: Deps,
  actor: Actor,
  hallId: number,
  input: InfoPageInput,
): InfoPage {
  const now = deps.clock.now().toISOString();
  const id = deps.store.tx(() => {
    const id = deps.store.admin.addInfoPage(hallId, input);
    deps.store.events.append(hallId, now, actor, 'info:created', {
      id,
      kind: input.kind,
      title: input.title,
    });
    return id;
  });
  pushInfoPages(deps, hallId);
  const page = deps.store.admin.infoPage(hallId, id);
  if (!page) throw notFound('Information page');
  return page;
}

export function updateInfoPage(
  deps: Deps,
  actor: Actor,
  hallId: number,
  id: number,
  input: InfoPageInput,
): InfoPage {
  if (!deps.store.admin.infoPage(hallId, id)) throw notFound('Information page');
  const now = deps.clock.now().toISOString();
  deps.store.tx(() => {
    deps.store.admin.updateInfoPage(hallId, id, input);
    deps.store.events.append(hallId, now, actor, 'info:updated', {
      id,
      kind: input.kind,
      title: input.title,
    });
  });
  pushInfoPages(deps, hallId);
  const page = deps.store.admin.infoPage(hallId, id);
  if (!page) throw notFound('Information page');
  return page;
}

export function deleteInfoPage(deps: Deps, actor: Actor, hallId: number, id: number): void {
  const page = deps.store.admin.infoPage(hallId, id);
  if (!page) throw notFound('Information page');
  const now = deps.clock.now().toISOString();
  deps.store.tx(() => {
    deps.store.admin.deleteInfoPage(hallId, id, now);
    deps.store.events.append(hallId, now, actor, 'info:deleted', { id, title: page.title });
  });
  pushInfoPages(deps, hallId);
}

/** Renames and places a device; the screen applies new settings on its next connection. */
export function updateDevice(
  deps: Deps,
  actor: Actor,
  hallId: number,
  id: number,
  input: DeviceUpdateInput,
): Device {
  if (!deps.store.devices.get(hallId, id)) throw notFound('Device');
  const { floorId, departmentId } = input.settings;
  if (floorId !== null && !deps.store.places.floor(hallId, floorId)) {
    throw new CommandError(422, 'floor_unknown', `Floor ${floorId} does not exist in this hall.`, [
      { path: 'settings.floorId', message: 'no such floor' },
    ]);
  }
  if (departmentId !== null) departmentOrThrow(deps, hallId, departmentId);
  const now = deps.clock.now().toISOString();
  deps.store.tx(() => {
    deps.store.admin.updateDevice(hallId, id, input.name, input.settings);
    deps.store.events.append(hallId, now, actor, 'device:updated', { deviceId: id, ...input });
  });
  pushDevice(deps, hallId, id);
  const device = deps.store.devices.get(hallId, id);
  if (!device) throw notFound('Device');
  return toPublicDevice(deps, device);
}
