/**
 * The floor and map editor's commands (admin 층과 지도): save a floor's rooms and route graph,
 * place a kiosk, upload or remove a floor plan. Each checks first (rooms on the canvas, known
 * departments, a sound graph across all floors, a clean image), then one transaction with its
 * event, then a push to every screen that draws maps: kiosks, guide tablets, office doors.
 */
import sharp from 'sharp';
import { CommandError, notFound } from '../../shared/errors';
import { validateGraph } from '../../shared/route-graph';
import type {
  FloorLayoutInput,
  FloorPlanKind,
  KioskPlacementInput,
} from '../../shared/schemas/floors';
import type { Device } from '../../shared/schemas/devices';
import type { Floor } from '../../shared/schemas/hall';
import type { KioskPlace } from '../../shared/streams';
import type { Actor, Deps } from '../context';
import { sanitizeSvg, SvgRefused } from '../domain/svg-sanitize';
import { rooms } from '../realtime/rooms';
import { pushDevice, toPublicDevice } from './devices';

/** Largest floor plan accepted, in bytes: an architect's PDF export as PNG fits easily. */
export const FLOOR_PLAN_MAX_BYTES = 5 * 1024 * 1024;
/**
 * Largest plan accepted, in pixels (25 megapixels, an A1 drawing at 150 dpi): checked from the
 * header, before decoding, since a few kilobytes of PNG can claim far more.
 */
export const FLOOR_PLAN_MAX_PIXELS = 25_000_000;
/** A raster plan is scaled down to fit this many pixels a side; more is not legible anyway. */
export const FLOOR_PLAN_MAX_SIDE = 4000;

/** Tells every screen that draws maps the hall's floors and where departments are. */
export function pushFloors(deps: Deps, hallId: number): void {
  const { store } = deps;
  const floors = store.places.floors(hallId);
  const departments = store.places.departments(hallId);
  deps.hub.publish<'kiosk'>(rooms.kiosks(hallId), [
    { op: 'set', key: 'floors', value: floors },
    { op: 'set', key: 'departments', value: departments },
  ]);
  deps.hub.publish<'guides'>(rooms.guides(hallId), [
    { op: 'set', key: 'floors', value: floors },
    { op: 'set', key: 'departments', value: departments },
  ]);
  for (const department of departments) {
    deps.hub.publish<'seats'>(rooms.department(hallId, department.id), [
      { op: 'set', key: 'department', value: department },
      {
        op: 'set',
        key: 'floor',
        value: floors.find((f) => f.id === department.floorId) ?? null,
      },
    ]);
  }
}

const floorOrThrow = (deps: Deps, hallId: number, floorId: number): Floor => {
  const floor = deps.store.places.floor(hallId, floorId);
  if (!floor) throw notFound('Floor');
  return floor;
};

const unprocessable = (
  code: string,
  message: string,
  details?: { path: string; message: string }[],
) => new CommandError(422, code, message, details);

/** The rules of one floor's layout that the schema cannot see. */
function checkLayout(deps: Deps, hallId: number, floor: Floor, input: FloorLayoutInput): void {
  const areaIds = new Set<string>();
  const placed = new Map<number, string>();
  const departments = new Map(deps.store.places.departments(hallId).map((d) => [d.id, d]));
  input.areas.forEach((a, i) => {
    if (areaIds.has(a.id))
      throw unprocessable('area_duplicate', `Two rooms have the id "${a.id}". Give each its own.`, [
        { path: `areas.${i}.id`, message: 'used twice' },
      ]);
    areaIds.add(a.id);
    if (a.x < 0 || a.y < 0 || a.x + a.w > input.width || a.y + a.h > input.height)
      throw unprocessable(
        'area_outside',
        `The room "${a.label || a.id}" reaches outside the floor (${input.width} × ${input.height}). Move or shrink it.`,
        [{ path: `areas.${i}`, message: 'outside the canvas' }],
      );
    if (a.departmentId !== null) {
      const department = departments.get(a.departmentId);
      if (!department)
        throw unprocessable('department_unknown', `Department ${a.departmentId} does not exist.`, [
          { path: `areas.${i}.departmentId`, message: 'no such department' },
        ]);
      const other = placed.get(a.departmentId);
      if (other !== undefined)
        throw unprocessable(
          'department_placed_twice',
          `${department.name} is placed in two rooms ("${other}" and "${a.label || a.id}"). A department has one room on the map.`,
          [{ path: `areas.${i}.departmentId`, message: 'placed twice' }],
        );
      placed.set(a.departmentId, a.label || a.id);
    }
  });
  for (const [i, n] of input.nodes.entries())
    if (n.x < 0 || n.y < 0 || n.x > input.width || n.y > input.height)
      throw unprocessable('node_outside', `The route point "${n.id}" lies outside the floor.`, [
        { path: `nodes.${i}`, message: 'outside the canvas' },
      ]);
  // The graph is one across floors: check it with this floor's new layout in place.
  const all = deps.store.places
    .floors(hallId)
    .map((f) => (f.id === floor.id ? { ...f, layout: input } : f));
  const problems = validateGraph(all);
  if (problems.length > 0)
    throw unprocessable(
      'graph_invalid',
      `The route graph cannot be saved: ${problems.slice(0, 3).join('; ')}${problems.length > 3 ? ` (and ${problems.length - 3} more)` : ''}. Connect each line to two existing points.`,
      problems.map((message) => ({ path: 'edges', message })),
    );
}

/** Saves a floor's rooms, department places and route graph together, then redraws every map. */
export function saveFloorLayout(
  deps: Deps,
  actor: Actor,
  hallId: number,
  floorId: number,
  input: FloorLayoutInput,
): Floor {
  const floor = floorOrThrow(deps, hallId, floorId);
  checkLayout(deps, hallId, floor, input);
  const placedHere = new Set(
    input.areas.flatMap((a) => (a.departmentId === null ? [] : [a.departmentId])),
  );
  const now = deps.clock.now().toISOString();
  deps.store.tx(() => {
    // A department placed here leaves the room it had on another floor.
    for (const other of deps.store.places.floors(hallId)) {
      if (other.id === floorId) continue;
      if (
        !other.layout.areas.some((a) => a.departmentId !== null && placedHere.has(a.departmentId))
      )
        continue;
      deps.store.places.setLayout(hallId, other.id, {
        ...other.layout,
        areas: other.layout.areas.map((a) =>
          a.departmentId !== null && placedHere.has(a.departmentId)
            ? { ...a, departmentId: null }
            : a,
        ),
      });
    }
    deps.store.places.setLayout(hallId, floorId, input);
    for (const id of placedHere) deps.store.places.setDepartmentFloor(hallId, id, floorId);
    deps.store.events.append(hallId, now, actor, 'floor:layout-saved', {
      floorId,
      code: floor.code,
      areas: input.areas.length,
      nodes: input.nodes.length,
      edges: input.edges.length,
      departments: [...placedHere],
    });
  });
  pushFloors(deps, hallId);
  return floorOrThrow(deps, hallId, floorId);
}

/** Every kiosk's place, for the kiosks' own "현재 위치" (KioskState.kioskPlaces). */
export function kioskPlaces(deps: Deps, hallId: number): KioskPlace[] {
  return deps.store.devices
    .list(hallId)
    .filter((d) => d.kind === 'kiosk')
    .map((d) => ({
      id: d.id,
      floorId: d.settings.floorId,
      x: d.settings.x,
      y: d.settings.y,
      facing: d.settings.facing,
    }));
}

/** Where a kiosk stands and which way it faces: its "현재 위치" and the start of its routes. */
export function placeKiosk(
  deps: Deps,
  actor: Actor,
  hallId: number,
  deviceId: number,
  input: KioskPlacementInput,
): Device {
  const device = deps.store.devices.get(hallId, deviceId);
  if (!device) throw notFound('Device');
  if (device.kind !== 'kiosk')
    throw unprocessable(
      'not_a_kiosk',
      `${device.name} is not a kiosk: only kiosks stand on the map.`,
    );
  if (input.floorId !== null) {
    const floor = floorOrThrow(deps, hallId, input.floorId);
    const { width, height } = floor.layout;
    if (input.x < 0 || input.y < 0 || input.x > width || input.y > height)
      throw unprocessable(
        'kiosk_outside',
        `The kiosk's place (${input.x}, ${input.y}) is outside ${floor.name} (${width} × ${height}).`,
        [{ path: 'x', message: 'outside the canvas' }],
      );
  }
  const now = deps.clock.now().toISOString();
  deps.store.tx(() => {
    deps.store.admin.updateDevice(hallId, deviceId, device.name, { ...device.settings, ...input });
    deps.store.events.append(hallId, now, actor, 'kiosk:placed', { deviceId, ...input });
  });
  pushDevice(deps, hallId, deviceId);
  deps.hub.publish<'kiosk'>(rooms.kiosks(hallId), [
    { op: 'set', key: 'kioskPlaces', value: kioskPlaces(deps, hallId) },
  ]);
  const updated = deps.store.devices.get(hallId, deviceId);
  if (!updated) throw notFound('Device');
  return toPublicDevice(deps, updated);
}

const notAPlan = () =>
  new CommandError(
    400,
    'not_a_floor_plan',
    'This file is not a floor plan: send an SVG, PNG or JPEG image.',
  );

export const planTooLarge = () =>
  new CommandError(
    413,
    'floor_plan_too_large',
    `The floor plan is larger than ${FLOOR_PLAN_MAX_BYTES / 1024 / 1024} MB. Export it smaller (or as SVG) and try again.`,
  );

type PreparedPlan = {
  kind: FloorPlanKind;
  bytes: Buffer;
  width: number;
  height: number;
  removed: string[];
};

const looksLikeSvg = (bytes: Uint8Array): boolean => {
  const head = Buffer.from(bytes.subarray(0, 2048))
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE|<svg[\s>])/i.test(head);
};

/** Cleans an SVG or re-encodes a PNG/JPEG (no metadata, size-limited); nothing is stored here. */
export async function prepareFloorPlan(bytes: Uint8Array): Promise<PreparedPlan> {
  if (bytes.byteLength > FLOOR_PLAN_MAX_BYTES) throw planTooLarge();
  if (bytes.byteLength === 0) throw notAPlan();
  const options = { limitInputPixels: FLOOR_PLAN_MAX_PIXELS, failOn: 'error' as const };
  if (looksLikeSvg(bytes)) {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new CommandError(400, 'svg_refused', 'The SVG is not UTF-8 text.');
    }
    let clean: { svg: string; removed: string[] };
    try {
      clean = sanitizeSvg(text);
    } catch (error) {
      if (error instanceof SvgRefused)
        throw new CommandError(
          400,
          'svg_refused',
          `This SVG cannot be used as a floor plan: ${error.reason}. Save it again as plain SVG.`,
        );
      throw error;
    }
    const svg = Buffer.from(clean.svg, 'utf8');
    // The cleaned file must still draw: sharp (librsvg) reads its size or it is refused.
    let meta: sharp.Metadata;
    try {
      meta = await sharp(svg, options).metadata();
    } catch {
      throw new CommandError(
        400,
        'svg_refused',
        'This SVG cannot be drawn. Save it again as plain SVG.',
      );
    }
    if (meta.format !== 'svg' || !meta.width || !meta.height) throw notAPlan();
    return {
      kind: 'svg',
      bytes: svg,
      width: meta.width,
      height: meta.height,
      removed: clean.removed,
    };
  }
  const tooManyPixels = () =>
    new CommandError(
      413,
      'floor_plan_too_many_pixels',
      'The floor plan has too many pixels (more than 25 megapixels). Export it smaller.',
    );
  let meta: sharp.Metadata;
  try {
    // Reads the header only: the pixel limit is checked before anything is decoded.
    meta = await sharp(bytes, options).metadata();
  } catch (error) {
    if (error instanceof Error && /pixel limit/i.test(error.message)) throw tooManyPixels();
    throw notAPlan();
  }
  if (meta.format !== 'png' && meta.format !== 'jpeg') throw notAPlan();
  if ((meta.width ?? 0) * (meta.height ?? 0) > FLOOR_PLAN_MAX_PIXELS) throw tooManyPixels();
  try {
    const pipeline = sharp(bytes, options)
      .rotate()
      .resize(FLOOR_PLAN_MAX_SIDE, FLOOR_PLAN_MAX_SIDE, {
        fit: 'inside',
        withoutEnlargement: true,
      });
    // sharp writes no metadata unless asked: EXIF, GPS and embedded profiles are gone.
    const { data, info } = await (
      meta.format === 'png'
        ? pipeline.png({ compressionLevel: 9 })
        : pipeline.jpeg({ quality: 85, mozjpeg: true })
    ).toBuffer({ resolveWithObject: true });
    return { kind: meta.format, bytes: data, width: info.width, height: info.height, removed: [] };
  } catch {
    throw new CommandError(
      400,
      'floor_plan_unreadable',
      'The floor plan could not be read. It may be damaged.',
    );
  }
}

/** Puts a plan under a floor's rooms. The file is cleaned fully before anything is stored. */
export async function uploadFloorPlan(
  deps: Deps,
  actor: Actor,
  hallId: number,
  floorId: number,
  bytes: Uint8Array,
): Promise<{ floor: Floor; removed: string[] }> {
  floorOrThrow(deps, hallId, floorId);
  const plan = await prepareFloorPlan(bytes);
  const now = deps.clock.now().toISOString();
  deps.store.tx(() => {
    deps.store.places.setPlan(
      hallId,
      floorId,
      { kind: plan.kind, bytes: plan.bytes, width: plan.width, height: plan.height },
      now,
    );
    deps.store.events.append(hallId, now, actor, 'floor:plan-uploaded', {
      floorId,
      kind: plan.kind,
      bytes: plan.bytes.byteLength,
      width: plan.width,
      height: plan.height,
      removed: plan.removed,
    });
  });
  pushFloors(deps, hallId);
  return { floor: floorOrThrow(deps, hallId, floorId), removed: plan.removed };
}

export function removeFloorPlan(deps: Deps, actor: Actor, hallId: number, floorId: number): Floor {
  floorOrThrow(deps, hallId, floorId);
  if (!deps.store.places.plan(hallId, floorId)) throw notFound('Floor plan');
  const now = deps.clock.now().toISOString();
  deps.store.tx(() => {
    deps.store.places.removePlan(hallId, floorId);
    deps.store.events.append(hallId, now, actor, 'floor:plan-removed', { floorId });
  });
  pushFloors(deps, hallId);
  return floorOrThrow(deps, hallId, floorId);
}
