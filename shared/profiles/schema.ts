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
  OtherPromisesSection,
  RetentionSection,
  SurveySection,
} from './sections';

const Minutes = z.number().nonnegative();

/**
 * Where one value of a profile stands in its seed charter: the file under shared/seeds/, the
 * 1-based line and the words of that line the value is read from. tests/shared/profile-seeds
 * checks that the line holds the words and that the words state the value.
 */
export const SeedRef = z
  .object({
    seed: z.enum(['000', '001', '002', '003', '004']),
    line: z.number().int().positive(),
    quote: z.string().min(1),
  })
  .strict();
export type SeedRef = z.infer<typeof SeedRef>;

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
    /**
     * The seed line behind each charter value, by dotted path ("callback.callbackDeadlineMin").
     * Every non-null charter number of a seed profile has one; the demo hall's fictional profile
     * has none. Operating settings no charter states (recalls, escalation, walk) are not cited.
     */
    sources: z.record(z.string(), SeedRef),
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
        /**
         * C3: what the charter promises when the officer is away. 'callback': the officer calls
         * the visitor back (within `callbackDeadlineMin`); 'connect': the visitor is put through
         * to the officer by phone at once (Pocheon: "찾으시는 직원과 통화가 가능하도록").
         */
        mode: z.enum(['callback', 'connect']),
        /** C3: an away officer calls the visitor back within this many minutes (Mapo: 60). */
        callbackDeadlineMin: z.number().int().positive().nullable(),
      })
      .strict(),
    /** C4: guide helpers (민원안내도우미) paged from the kiosk's call bell. */
    helpers: z
      .object({
        /** A helper reaches the visitor and calls the officer within this (Mapo: 10). */
        responseLimitMin: Minutes.nullable(),
        /**
         * Not a charter number: no helper accepted within this, alert louder, then the counters
         * and the admin. An operating setting of the hall (Annae's default 2 minutes).
         */
        escalateAfterMin: Minutes,
        /** At least this many helpers on duty (Gwangjin, Anyang: 2; Mokpo: 1). */
        minOnDuty: z.number().int().min(0).max(20).nullable(),
        /** For an agreed visit the helper waits at the entrance this early (Mapo: 5). */
        escortLeadMin: Minutes.nullable(),
        /** Not a charter number: the hall's usual walk from the desk to a kiosk, shown as "about". */
        walkMin: Minutes,
      })
      .strict(),
    otherPromises: OtherPromisesSection,
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
