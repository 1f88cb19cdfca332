/**
 * A charter profile: every number of a hall's 행정서비스헌장 that Annae keeps or measures.
 * A value the charter does not state is null, never invented.
 */
import { z } from 'zod';

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
  })
  .strict();
export type CharterProfile = z.infer<typeof CharterProfile>;
