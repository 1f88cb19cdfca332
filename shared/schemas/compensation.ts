/**
 * 행정사무착오보상 (C12) cases an officer records at the counter: a visitor who had to come again
 * because of a staff error, or a document or permit decided later than its legal deadline.
 * Which of the two a hall compensates, and how much, is its charter's (profile.compensation).
 */
import { z } from 'zod';
import { Id } from './common';
import { multiline } from './text';

export const CompensationKind = z.enum(['secondVisit', 'lateDecision']);
export type CompensationKind = z.infer<typeof CompensationKind>;

export const RecordCompensationBody = z
  .object({
    kind: CompensationKind,
    /** The ticket being served when the officer records it; null for a case without one. */
    ticketId: Id.nullable(),
    /** What happened, in the officer's words (never the visitor's name or phone). */
    note: multiline().min(1).max(500),
    /** A late decision: how many days past its legal deadline (the charter may set a minimum). */
    daysLate: z.number().int().min(0).max(3650).nullable().optional(),
  })
  .strict();
export type RecordCompensationBody = z.infer<typeof RecordCompensationBody>;

export const CompensationView = z.object({
  id: Id,
  kind: CompensationKind,
  ticketNumber: z.string().nullable(),
  note: z.string(),
  amountWon: z.number().nullable(),
  daysLate: z.number().nullable(),
  recordedAt: z.string(),
});
export type CompensationView = z.infer<typeof CompensationView>;

/** What the counter console needs: which cases this hall's charter compensates, and today's. */
export const CompensationDesk = z.object({
  kinds: z.array(CompensationKind),
  amountWon: z.number().nullable(),
  /** A late decision is compensated once it is this many days late; null: any delay. */
  permitDelayDays: z.number().nullable(),
  today: z.array(CompensationView),
});
export type CompensationDesk = z.infer<typeof CompensationDesk>;
