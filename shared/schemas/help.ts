/** Guide helpers paged from the kiosk (안내벨), and escorted visits booked ahead. */
import { z } from 'zod';
import { line, multiline } from './text';
import { Id } from './common';

/** What kind of help; `come` is for a visitor who cannot choose, `null` before any choice. */
export const HelpKind = z.enum([
  'mobility',
  'vision',
  'hearing',
  'forms',
  'language',
  'other',
  'come',
]);
export type HelpKind = z.infer<typeof HelpKind>;

export const HelpStatus = z.enum([
  'open',
  'accepted',
  'arrived',
  'escorting',
  'resolved',
  'cancelled',
]);
export type HelpStatus = z.infer<typeof HelpStatus>;

/** A page as guides and the counters see it: place, kind, who took it and every time. */
export type HelpPage = {
  id: number;
  kind: HelpKind | null;
  status: HelpStatus;
  /** The kiosk that called, or null for an escorted visit. */
  kioskId: number | null;
  appointmentId: number | null;
  place: { name: string; floorId: number | null; floorName: string | null; x: number; y: number };
  guideId: number | null;
  guideName: string | null;
  departmentId: number | null;
  note: string | null;
  requestedAt: string;
  acceptedAt: string | null;
  arrivedAt: string | null;
  escortingAt: string | null;
  resolvedAt: string | null;
  cancelledAt: string | null;
  escalatedAt: string | null;
};

/** What the calling kiosk shows: no visitor data, only the state and who is coming. */
export type KioskHelpPage = {
  id: number;
  kind: HelpKind | null;
  status: HelpStatus;
  guideName: string | null;
  etaMin: number;
  requestedAt: string;
  escalated: boolean;
};

export type EscortAppointment = {
  id: number;
  at: string;
  entrance: string;
  need: HelpKind;
  /** Masked when booked: only the last four digits are ever kept. */
  contact: string;
  status: 'booked' | 'reminded' | 'paged' | 'cancelled';
  pageId: number | null;
};

export const RequestHelpBody = z.object({ kind: HelpKind.optional() }).strict();
export const HelpKindBody = z.object({ kind: HelpKind }).strict();
export const EscortBody = z.object({ departmentId: Id }).strict();
export const ResolveBody = z.object({ note: multiline().max(300).optional() }).strict();
export const DutyBody = z.object({ onDuty: z.boolean() }).strict();

export const BookEscortBody = z
  .object({
    at: z.string().datetime({ offset: true }),
    entrance: line().min(1).max(60),
    need: HelpKind,
    contact: z
      .string()
      .trim()
      .regex(/^[0-9+\- ]{4,20}$/, 'a phone number, digits only'),
  })
  .strict();
export type BookEscortBody = z.infer<typeof BookEscortBody>;

/** 010-1234-5678 → 010-****-5678; nothing but the last four digits is kept. */
export function maskContact(raw: string): string {
  const digits = raw.replace(/\D/g, '');
  return `***-****-${digits.slice(-4)}`;
}
