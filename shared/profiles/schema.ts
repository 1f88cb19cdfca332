/**
 * A charter profile: every number of a hall's 행정서비스헌장 that Annae keeps or measures.
 * A value the charter does not state is null, never invented.
 */
import { z } from 'zod';
import {
  ComplaintsSection,
  CompensationSection,
  ComplexPetitionSection,
  GreetingsSection,
  LunchSection,
  RetentionSection,
  SurveySection,
} from './sections';

const Minutes = z.number().nonnegative();

export const PriorityClass = z.enum(['disabled', 'elderly', 'pregnant', 'infant']);
export type PriorityClass = z.infer<typeof PriorityClass>;

export const CallPolicy = z.discriminatedUnion('kind', [
  /** Every priority ticket before any normal one. */
  z.object({ kind: z.literal('strict') }).strict(),
  /** One priority ticket after every `normal` normal ones, so neither line starves. */
  z.object({ kind: z.literal('ratio'), normal: z.number().int().min(1).max(20) }).strict(),
]);
export type CallPolicy = z.infer<typeof CallPolicy>;

export const CharterProfile = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string(),
    nameEn: z.string(),
    /** Where the numbers come from (the charter's title and year). */
    source: z.string(),
    queue: z
      .object({
        /** C5: nobody waits longer than this many minutes (Gwangjin: 5). */
        waitTargetMin: Minutes.nullable(),
        priorityClasses: z.array(PriorityClass),
        callPolicy: CallPolicy,
        /** Recalls before the officer may mark a no-show. */
        recallsBeforeNoShow: z.number().int().min(0).max(10),
        /** Whether the kiosk stops issuing during the lunch hour (most charters rotate instead). */
        closedAtLunch: z.boolean(),
        /** Stop issuing this many minutes before closing, so every ticket is served today. */
        lastTicketBeforeCloseMin: Minutes,
        /** The board's spoken call; {number} and {counter} are read as Sino-Korean numerals. */
        voiceLine: z.string(),
        voiceLineEn: z.string(),
      })
      .strict(),
    complaints: ComplaintsSection,
    complexPetition: ComplexPetitionSection,
    compensation: CompensationSection,
    survey: SurveySection,
    retention: RetentionSection,
    lunch: LunchSection,
    greetings: GreetingsSection,
    callback: z
      .object({
        /** C3: an away officer calls the visitor back within this many minutes (Mapo: 60). */
        callbackDeadlineMin: z.number().int().positive().nullable(),
      })
      .strict(),
    /** C4: guide helpers (민원안내도우미) paged from the kiosk's call bell. */
    helpers: z
      .object({
        /** A helper reaches the visitor and takes them to the officer within this (Mapo: 10). */
        responseLimitMin: Minutes.nullable(),
        /** No helper accepted within this: alert louder, then the counters and the admin. */
        escalateAfterMin: Minutes,
        /** At least this many helpers on duty (Gwangjin, Anyang: 2). */
        minOnDuty: z.number().int().min(0).max(20),
        /** For an agreed visit the helper waits at the entrance this early (Mapo: 5). */
        escortLeadMin: Minutes,
        /** Not a charter number: the hall's usual walk from the desk to a kiosk, shown as "about". */
        walkMin: Minutes,
      })
      .strict()
      // Optional until every seed profile states it; `helpersOf()` (shared/help.ts) fills the gap.
      .optional(),
    /** C7: the kiosk's idle reset (kiosk/a11y/idle.ts fills the gap for profiles without it). */
    kiosk: z
      .object({
        /** With no touch for this long the kiosk clears the visit and returns home. */
        idleTimeoutSec: z.number().int().min(30).max(1800),
        /** The warning with its countdown shows this long before the reset (the standard: ≥ 20). */
        idleWarningSec: z.number().int().min(20).max(300),
      })
      .strict()
      .optional(),
  })
  .strict();
export type CharterProfile = z.infer<typeof CharterProfile>;
