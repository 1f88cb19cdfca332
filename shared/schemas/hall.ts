/** The hall, its floors with their plans, departments, staff, services and counters. */
import { z } from 'zod';
import { line } from './text';
import { ClockTime, Id, Lang } from './common';

/** One lunch shift of the rotation (C13): the first half of the staff goes first, then the next. */
export const LunchShift = z.object({ from: ClockTime, to: ClockTime }).strict();
export type LunchShift = z.infer<typeof LunchShift>;

/** "YYYY-MM-DD", a day on the hall's calendar. */
export const HallDate = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected YYYY-MM-DD');

export const HallInfo = z.object({
  id: Id,
  name: z.string(),
  nameEn: z.string(),
  open: ClockTime,
  close: ClockTime,
  lunch: z.object({ from: ClockTime, to: ClockTime }).nullable(),
  profileId: z.string(),
  demo: z.boolean(),
  address: z.string(),
  /** Days the hall is closed (public holidays, the hall's own). */
  holidays: z.array(HallDate),
  /** The languages the visitor's screens offer; Korean always first. */
  languages: z.array(Lang),
  /** The lunch rotation: staff and counters take turns in these shifts. Empty: no rotation. */
  lunchShifts: z.array(LunchShift),
  /** Single values of the profile this hall changes, by dotted path ("callback.callbackDeadlineMin"). */
  profileOverrides: z.record(z.string(), z.unknown()),
});
export type HallInfo = z.infer<typeof HallInfo>;

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** What the admin console sends to change the hall's settings (the whole set, every time). */
export const HallSettingsInput = z
  .object({
    name: line().min(1, 'a hall needs a name').max(60),
    nameEn: line().max(80).default(''),
    address: line().max(200).default(''),
    open: ClockTime,
    close: ClockTime,
    lunch: z.object({ from: ClockTime, to: ClockTime }).strict().nullable(),
    lunchShifts: z.array(LunchShift).max(4).default([]),
    holidays: z.array(HallDate).max(400).default([]),
    languages: z.array(Lang).min(1, 'at least one language').max(2),
    profileId: line().min(1).max(40),
    profileOverrides: z.record(z.string().max(80), z.unknown()).default({}),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (minutesOf(v.open) >= minutesOf(v.close))
      ctx.addIssue({ code: 'custom', path: ['close'], message: 'closing must come after opening' });
    if (v.lunch && minutesOf(v.lunch.from) >= minutesOf(v.lunch.to))
      ctx.addIssue({
        code: 'custom',
        path: ['lunch', 'to'],
        message: 'lunch must end after it starts',
      });
    v.lunchShifts.forEach((s, i) => {
      if (minutesOf(s.from) >= minutesOf(s.to))
        ctx.addIssue({
          code: 'custom',
          path: ['lunchShifts', i, 'to'],
          message: 'a shift must end after it starts',
        });
    });
  });
export type HallSettingsInput = z.infer<typeof HallSettingsInput>;

/** How a service orders its priority tickets: the profile's rule, or its own. */
export const ServicePriorityPolicy = z.enum(['profile', 'strict', 'ratio', 'none']);
export type ServicePriorityPolicy = z.infer<typeof ServicePriorityPolicy>;

export const ServiceRules = z
  .object({
    priorityPolicy: ServicePriorityPolicy.default('profile'),
    /** For `ratio`: one priority ticket after this many normal ones. */
    ratioNormal: z.number().int().min(1).max(20).nullable().default(null),
    /** Stop issuing this many minutes before closing; null: the profile's rule. */
    stopBeforeCloseMin: z.number().int().min(0).max(240).nullable().default(null),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.priorityPolicy === 'ratio' && v.ratioNormal === null)
      ctx.addIssue({ code: 'custom', path: ['ratioNormal'], message: 'a ratio needs its number' });
  });
export type ServiceRules = z.infer<typeof ServiceRules>;

/** Scheduled presence: 교육 14:00–16:00, 휴가 the whole day; it takes effect and reverts by itself. */
export const PresenceScheduleInput = z
  .object({
    staffId: Id,
    presence: z.enum(['away', 'trip', 'training', 'meeting', 'leave', 'field', 'lunch']),
    note: line().max(80).default(''),
    startsAt: z.string().datetime({ offset: true }),
    endsAt: z.string().datetime({ offset: true }),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (Date.parse(v.endsAt) <= Date.parse(v.startsAt))
      ctx.addIssue({
        code: 'custom',
        path: ['endsAt'],
        message: 'the period must end after it starts',
      });
    if (Date.parse(v.endsAt) - Date.parse(v.startsAt) > 31 * 24 * 3600 * 1000)
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'at most 31 days at a time' });
  });
export type PresenceScheduleInput = z.infer<typeof PresenceScheduleInput>;

export const PresenceSchedule = z.object({
  id: Id,
  staffId: Id,
  presence: z.string(),
  note: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  createdBy: z.string(),
});
export type PresenceSchedule = z.infer<typeof PresenceSchedule>;

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
  /** The uploaded floor plan drawn under the rooms (admin 층과 지도), or none. */
  planUrl: z.string().nullable().optional(),
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
  /** The name in Latin letters for the English screens, when recorded. */
  nameEn: z.string().optional(),
  /** A team leader sits at the head of the office's seat chart. */
  leader: z.boolean().optional(),
});
export type StaffMember = z.infer<typeof StaffMember>;

/** A task within a service that the kiosk offers (e.g. 등본 within 제증명); `name` is its key. */
export const ServiceTask = z.object({ name: z.string(), nameEn: z.string() });
export type ServiceTask = z.infer<typeof ServiceTask>;

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
  /** What the kiosk asks after the service; empty: it does not ask. */
  tasks: z.array(ServiceTask),
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
  /** On lunch or break: the return the officer announced (ISO), or null when unknown. */
  returnsAt: z.string().nullable().optional(),
  /** When the counter entered its state (ISO); null for counters set before it was recorded. */
  stateSince: z.string().nullable().optional(),
});
export type Counter = z.infer<typeof Counter>;
