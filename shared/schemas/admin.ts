/** The administrator's console: departments, services, counters, information pages, and a hall's configuration file. */
import { z } from 'zod';
import { line, multiline } from './text';
import { FloorLayout } from './hall';
import { Id } from './common';
import { DeviceSettings } from './devices';

const Name = line().min(1).max(80);

export const DepartmentInput = z.object({
  slug: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{1,40}$/, 'lowercase letters, digits and hyphens'),
  name: Name,
  nameEn: line().max(80).default(''),
  floorId: Id.nullable().default(null),
  room: line().max(40).default(''),
  phone: line().max(40).default(''),
  hours: line().max(80).default(''),
  tasks: z.array(line().min(1).max(40)).max(60).default([]),
  sort: z.number().int().default(0),
});
export type DepartmentInput = z.infer<typeof DepartmentInput>;

export const ServiceInput = z.object({
  /** The ticket prefix: 1 makes numbers 1001, 1002, …; unique in a hall. */
  code: z.number().int().min(0).max(99),
  name: Name,
  nameEn: line().max(80).default(''),
  departmentId: Id,
  avgServiceMin: z.number().positive().max(240).default(5),
  open: z.boolean().default(true),
  dailyCap: z.number().int().positive().nullable().default(null),
  sort: z.number().int().default(0),
  /** Tasks the kiosk asks after the service, in the order shown; names unique in the service. */
  tasks: z
    .array(
      z.object({
        name: line()
          .min(1, 'A task needs a name.')
          .max(30, 'A task name has at most 30 characters.'),
        nameEn: line().max(60).default(''),
      }),
    )
    .max(12)
    .default([])
    .refine((tasks) => new Set(tasks.map((t) => t.name)).size === tasks.length, {
      message: 'Two tasks have the same name.',
    }),
});
export type ServiceInput = z.infer<typeof ServiceInput>;

export const CounterInput = z.object({
  number: z.number().int().min(0).max(999),
  departmentId: Id,
  /** The services it calls from, in order of preference: at least one. */
  serviceIds: z.array(Id).min(1, 'a counter serves at least one service'),
});
export type CounterInput = z.infer<typeof CounterInput>;

export const InfoKind = z.enum(['timetable', 'channels', 'amenities', 'notice']);
export type InfoKind = z.infer<typeof InfoKind>;

/** One line of an information page: "월 14:00–17:00 · 무료 법률상담", "민원 팩스 · 031-000-0000". */
export const InfoItem = z.object({
  label: line().min(1).max(80),
  labelEn: line().max(80).default(''),
  value: line().max(200).default(''),
  valueEn: line().max(200).default(''),
});
export type InfoItem = z.infer<typeof InfoItem>;

export const InfoPageInput = z.object({
  kind: InfoKind,
  title: Name,
  titleEn: line().max(80).default(''),
  body: multiline().max(2000).default(''),
  bodyEn: multiline().max(2000).default(''),
  items: z.array(InfoItem).max(40).default([]),
  sort: z.number().int().default(0),
  published: z.boolean().default(true),
});
export type InfoPageInput = z.infer<typeof InfoPageInput>;

export const InfoPage = InfoPageInput.extend({ id: Id });
export type InfoPage = z.infer<typeof InfoPage>;

export const AuditEntry = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: z.string(),
  /** The account's display name when the actor is a person. */
  actorName: z.string(),
  type: z.string(),
  payload: z.unknown(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

/**
 * A hall's configuration as one file: what a city copies from its first hall to its second.
 * Records refer to each other by keys that survive the copy (floor code, department slug,
 * service code, staff key), never by database ids. No photos, no accounts, no visitors.
 */
export const HallConfig = z.object({
  format: z.literal('annae-hall-config'),
  version: z.literal(1),
  floors: z.array(
    z.object({
      code: z.string().min(1),
      name: line(),
      nameEn: line(),
      sort: z.number().int(),
      /** The plan, its areas' department ids cleared: `areaDepartments` names them by slug. */
      layout: FloorLayout,
      areaDepartments: z.record(z.string(), z.string()).default({}),
    }),
  ),
  departments: z.array(
    DepartmentInput.omit({ floorId: true }).extend({ floor: z.string().nullable() }),
  ),
  staff: z.array(
    z.object({
      key: z.string(),
      department: z.string(),
      name: line().min(1),
      team: line(),
      position: line(),
      grade: line(),
      duties: z.array(line()),
      extension: line(),
      seat: z.object({ row: z.number().int(), col: z.number().int() }),
      proxy: z.string().nullable(),
    }),
  ),
  services: z.array(ServiceInput.omit({ departmentId: true }).extend({ department: z.string() })),
  counters: z.array(
    z.object({
      number: z.number().int().min(0),
      department: z.string(),
      services: z.array(z.number().int()).min(1, 'a counter serves at least one service'),
    }),
  ),
  infoPages: z.array(InfoPageInput),
});
export type HallConfig = z.infer<typeof HallConfig>;

/** Renaming a device and placing it: floor, position, mounting height, screen density. */
export const DeviceUpdateInput = z.object({
  name: line().min(1).max(60),
  settings: DeviceSettings,
});
export type DeviceUpdateInput = z.infer<typeof DeviceUpdateInput>;

/** Pixels per millimetre from a screen's diagonal (inches) and resolution. */
export const pxPerMmOf = (diagonalInch: number, widthPx: number, heightPx: number): number =>
  Math.round((Math.hypot(widthPx, heightPx) / (diagonalInch * 25.4)) * 100) / 100;
