/** The hall, its floors with their plans, departments, staff, services and counters. */
import { z } from 'zod';
import { ClockTime, Id } from './common';

export const HallInfo = z.object({
  id: Id,
  name: z.string(),
  nameEn: z.string(),
  open: ClockTime,
  close: ClockTime,
  lunch: z.object({ from: ClockTime, to: ClockTime }).nullable(),
  profileId: z.string(),
  demo: z.boolean(),
});
export type HallInfo = z.infer<typeof HallInfo>;

export const AreaKind = z.enum([
  'room',
  'lobby',
  'corridor',
  'elevator',
  'stairs',
  'toilet',
  'toilet-accessible',
  'exit',
  'ramp',
]);
export type AreaKind = z.infer<typeof AreaKind>;

/** A floor plan drawn from rectangles, with the route graph the kiosk's map walks. */
export const FloorLayout = z.object({
  width: z.number().positive(),
  height: z.number().positive(),
  areas: z.array(
    z.object({
      id: z.string(),
      kind: AreaKind,
      label: z.string(),
      labelEn: z.string(),
      x: z.number(),
      y: z.number(),
      w: z.number().positive(),
      h: z.number().positive(),
      departmentId: Id.nullable(),
    }),
  ),
  nodes: z.array(
    z.object({ id: z.string(), x: z.number(), y: z.number(), areaId: z.string().nullable() }),
  ),
  edges: z.array(z.object({ a: z.string(), b: z.string(), stepFree: z.boolean() })),
});
export type FloorLayout = z.infer<typeof FloorLayout>;

export const Floor = z.object({
  id: Id,
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  sort: z.number().int(),
  layout: FloorLayout,
});
export type Floor = z.infer<typeof Floor>;

export const Department = z.object({
  id: Id,
  slug: z.string(),
  name: z.string(),
  nameEn: z.string(),
  floorId: Id.nullable(),
  room: z.string(),
  phone: z.string(),
  hours: z.string(),
  tasks: z.array(z.string()),
  sort: z.number().int(),
});
export type Department = z.infer<typeof Department>;

/** The status vocabulary of the halls' electronic seat charts. */
export const Presence = z.enum([
  'in',
  'away',
  'trip',
  'training',
  'meeting',
  'leave',
  'field',
  'lunch',
  'counter',
]);
export type Presence = z.infer<typeof Presence>;

export const StaffMember = z.object({
  id: Id,
  departmentId: Id,
  name: z.string(),
  team: z.string(),
  position: z.string(),
  grade: z.string(),
  duties: z.array(z.string()),
  extension: z.string(),
  /** URL of the portrait, or null for the neutral silhouette. */
  photoUrl: z.string().nullable(),
  seat: z.object({ row: z.number().int(), col: z.number().int() }),
  presence: Presence,
  presenceNote: z.string(),
  returnAt: z.string().nullable(),
  proxyId: Id.nullable(),
});
export type StaffMember = z.infer<typeof StaffMember>;

export const Service = z.object({
  id: Id,
  code: z.number().int().min(0).max(99),
  name: z.string(),
  nameEn: z.string(),
  departmentId: Id,
  avgServiceMin: z.number().positive(),
  open: z.boolean(),
  /** Tickets a day at most; null for no cap. */
  dailyCap: z.number().int().positive().nullable(),
  sort: z.number().int(),
});
export type Service = z.infer<typeof Service>;

export const CounterState = z.enum(['open', 'closed', 'lunch', 'break']);
export type CounterState = z.infer<typeof CounterState>;

export const Counter = z.object({
  id: Id,
  number: z.number().int().min(0),
  departmentId: Id,
  state: CounterState,
  serviceIds: z.array(Id),
});
export type Counter = z.infer<typeof Counter>;
