/** Staff presence, callback requests from the kiosk, photo upload and CSV import. */
import { z } from 'zod';
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
    note: z.string().trim().max(60).optional(),
  })
  .strict();
export type SetPresenceBody = z.infer<typeof SetPresenceBody>;

export const PhoneNumber = z
  .string()
  .trim()
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
    topic: z.string().trim().max(80).default(''),
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
export type ImportRowError = { row: number; message: string };
export type ImportResult = {
  dryRun: boolean;
  rows: number;
  imported: number;
  errors: ImportRowError[];
};
