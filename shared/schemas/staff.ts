/** Staff presence, callback requests from the kiosk, photo upload and CSV import. */
import { z } from 'zod';
import { line } from './text';
import { ClockTime, Id } from './common';
import { Presence } from './hall';
import { normalizeKoreanPhone } from '../phone';

/** One tap from the counter console: the status, and optionally when back and who stands in. */
export const SetPresenceBody = z
  .object({
    presence: Presence,
    /** Expected return, as the hall's local time of day (HH:MM), or null when not known. */
    returnAt: ClockTime.nullable().optional(),
    proxyId: Id.nullable().optional(),
    note: line().max(60).optional(),
  })
  .strict();
export type SetPresenceBody = z.infer<typeof SetPresenceBody>;

export const PhoneNumber = line()
  .max(20)
  .transform((value, ctx) => {
    const phone = normalizeKoreanPhone(value);
    if (!phone) {
      ctx.addIssue({
        code: 'custom',
        message: 'Enter a Korean mobile or landline number, e.g. 010-1234-5678 or 02-123-4567',
      });
      return z.NEVER;
    }
    return phone;
  });

export const CreateCallbackBody = z
  .object({
    staffId: Id,
    phone: PhoneNumber,
    topic: line().max(80).default(''),
  })
  .strict();
export type CreateCallbackBody = z.input<typeof CreateCallbackBody>;

export const CallbackOutcome = z.enum(['reached', 'no-answer', 'left-message']);
export type CallbackOutcome = z.infer<typeof CallbackOutcome>;

export const CallbackCalledBody = z.object({ outcome: CallbackOutcome }).strict();

export const CallbackStatus = z.enum(['open', 'called', 'done']);
export type CallbackStatus = z.infer<typeof CallbackStatus>;

/** A callback as the inbox shows it; `phone` is masked unless the reader is responsible. */
export type CallbackView = {
  id: number;
  staffId: number;
  staffName: string;
  departmentId: number;
  /** The officer who should call: the requested one, the stand-in, or null for the department. */
  assigneeId: number | null;
  phone: string;
  masked: boolean;
  topic: string;
  createdAt: string;
  deadlineAt: string;
  overdue: boolean;
  status: CallbackStatus;
  outcome: CallbackOutcome | null;
};

/** What the kiosk shows after a request: the deadline and the masked number, nothing more. */
export type CallbackReceipt = {
  id: number;
  deadlineAt: string;
  deadlineMin: number;
  phoneMasked: string;
  assigneeName: string | null;
};

/** CSV import: one row per staff member; the header names the columns. */
export const ImportStaffQuery = z.object({ dryRun: z.enum(['0', '1']).default('0') });
/** What is wrong with a field of a row, for the console to say in the reader's language. */
export type ImportRowIssue = {
  kind: 'fields' | 'name' | 'team' | 'position' | 'duties' | 'department' | 'extension' | 'text';
  value: string;
};
export type ImportRowError = { row: number; message: string; issues?: ImportRowIssue[] };
export type ImportResult = {
  dryRun: boolean;
  rows: number;
  imported: number;
  errors: ImportRowError[];
};

/** Largest seat grid an office is drawn on: rows 0 (the head) to 30, columns 1 to 12. */
export const SEAT_MAX_ROW = 30;
export const SEAT_MAX_COL = 12;
export const SeatPosition = z
  .object({
    row: z.number().int().min(0).max(SEAT_MAX_ROW),
    col: z.number().int().min(1).max(SEAT_MAX_COL),
  })
  .strict();
export type SeatPosition = z.infer<typeof SeatPosition>;

/**
 * What an office's seat plan holds besides its people: desks with nobody at them (빈 자리) and
 * walkways (통로) — a column of the team rows, or a whole row, with no desk. The ranges are checked
 * by the command, so an out-of-range mark gets its own error code rather than a generic one.
 */
export const SeatPlan = z
  .object({
    emptyDesks: z
      .array(z.object({ row: z.number().int(), col: z.number().int() }).strict())
      .max(SEAT_MAX_ROW * SEAT_MAX_COL),
    aisleCols: z.array(z.number().int()).max(SEAT_MAX_COL),
    aisleRows: z.array(z.number().int()).max(SEAT_MAX_ROW),
  })
  .strict();
export type SeatPlan = z.infer<typeof SeatPlan>;
export const EMPTY_SEAT_PLAN: SeatPlan = { emptyDesks: [], aisleCols: [], aisleRows: [] };

/** Adding or editing a staff member in the admin console; the seat is optional (the foot of the office). */
export const StaffBody = z
  .object({
    name: line().min(1).max(40),
    nameEn: line().max(60).default(''),
    departmentId: Id,
    team: line().max(40).default(''),
    position: line().min(1).max(40),
    duties: z.array(line().min(1).max(60)).max(5).default([]),
    extension: z
      .string()
      .trim()
      .regex(/^[0-9][0-9-]{1,19}$/, 'digits and dashes, e.g. 02-0000-1234'),
    leader: z.boolean().default(false),
    seat: SeatPosition.optional(),
  })
  .strict();
export type StaffBody = z.input<typeof StaffBody>;

export const ListStaffQuery = z.object({ retired: z.enum(['0', '1']).default('0') });

/** A photo's crop, in the pixels of the upright source image, sent with the upload. */
export const PhotoCrop = z
  .object({
    x: z.coerce.number().int().min(0),
    y: z.coerce.number().int().min(0),
    w: z.coerce.number().int().min(16),
    h: z.coerce.number().int().min(16),
  })
  .strict();
export type PhotoCrop = z.infer<typeof PhotoCrop>;

/** A staff member as the admin console lists them: retired ones too, with their consent date. */
export type StaffAdminRow = {
  id: number;
  departmentId: number;
  name: string;
  nameEn: string;
  team: string;
  position: string;
  duties: string[];
  extension: string;
  leader: boolean;
  seat: SeatPosition;
  photoUrl: string | null;
  photoConsentAt: string | null;
  retiredAt: string | null;
};
