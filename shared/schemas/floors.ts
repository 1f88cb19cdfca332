/** The floor and map editor's commands: a floor's layout, a kiosk's place, a floor plan upload. */
import { z } from 'zod';
import { line } from './text';
import { Id } from './common';
import { AreaKind, type Floor } from './hall';

/** Ids of rooms and graph nodes: short, plain, safe in a URL. */
const PlaceId = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_.:-]{1,60}$/, 'use 1–60 letters, digits, or - _ . :');
/** Plan units; the demo's canvases are about 1000 × 700. */
const Coord = z.number().finite().min(-10_000).max(10_000);

export const AreaInput = z
  .object({
    id: PlaceId,
    kind: AreaKind,
    label: line().max(40),
    labelEn: line().max(60),
    x: Coord,
    y: Coord,
    w: z.number().finite().positive().max(10_000),
    h: z.number().finite().positive().max(10_000),
    departmentId: Id.nullable(),
  })
  .strict();
export type AreaInput = z.infer<typeof AreaInput>;

export const NodeInput = z
  .object({ id: PlaceId, x: Coord, y: Coord, areaId: PlaceId.nullable() })
  .strict();

export const EdgeInput = z.object({ a: PlaceId, b: PlaceId, stepFree: z.boolean() }).strict();

/** A whole floor's layout as the editor saves it: all of it or nothing. */
export const FloorLayoutInput = z
  .object({
    width: z.number().finite().positive().max(10_000),
    height: z.number().finite().positive().max(10_000),
    areas: z.array(AreaInput).max(500),
    nodes: z.array(NodeInput).max(2000),
    edges: z.array(EdgeInput).max(4000),
  })
  .strict();
export type FloorLayoutInput = z.infer<typeof FloorLayoutInput>;

/** Where a kiosk stands and the way its screen faces (degrees, 0 = up the plan). */
export const KioskPlacementInput = z
  .object({
    floorId: Id.nullable(),
    x: Coord,
    y: Coord,
    facing: z.number().int().min(0).max(359),
  })
  .strict();
export type KioskPlacementInput = z.infer<typeof KioskPlacementInput>;

export const FloorPlanKind = z.enum(['svg', 'png', 'jpeg']);
export type FloorPlanKind = z.infer<typeof FloorPlanKind>;

/** What the public route page may know: the plans and where departments are, nothing of staff. */
export type PublicPlaces = {
  hall: { id: number; name: string; nameEn: string };
  floors: Floor[];
  departments: {
    id: number;
    slug: string;
    name: string;
    nameEn: string;
    floorId: number | null;
    room: string;
  }[];
  /** The node a visitor starts from when the link names none: the main entrance. */
  entranceNode: string | null;
};

/** The route hand-over link's query: /route/?hall=1&to=passport&from=n-1f-kiosk&stepfree=1 */
export const RouteLinkQuery = z.object({
  hall: z.coerce.number().int().positive(),
  to: line().max(60).optional(),
  from: line().max(40).optional(),
  stepfree: z.enum(['0', '1']).optional(),
});
