/**
 * The charter sections of a profile beyond the queue: complaints (C9), complex petitions (C8),
 * compensation (C12), surveys (C10), retention (C15), lunch (C13) and greetings. Every number is
 * nullable because a charter may be silent; a silent charter is null, never a guess. Every key is
 * required, so a profile file that forgets one fails with the key's path.
 */
import { z } from 'zod';

const Days = z.number().int().min(0).max(3650);

export const ComplaintsSection = z
  .object({
    /** C9: the complaint is reviewed and the result notified within this many days. */
    answerDays: Days.nullable(),
    /** Pocheon's three stages: assign (1 d), investigate (3 d), notify (7 d). Null: one deadline. */
    stages: z
      .object({ assignDays: Days, investigateDays: Days, notifyDays: Days })
      .strict()
      .nullable(),
    /** Whether the charter says anonymous reports get no reply (Anyang, Pocheon). */
    anonymousNoReply: z.boolean().nullable(),
  })
  .strict();
export type ComplaintsSection = z.infer<typeof ComplaintsSection>;

export const ComplexPetitionSection = z
  .object({
    /** C8: a petition touching at least this many departments or agencies (Mapo: 2). */
    minDepartments: z.number().int().min(1).nullable(),
    /** … with a legal processing time of at least this many days (Mapo: 7, Anyang: 10). */
    minDays: Days.nullable(),
    /** The guardian tells the visitor the progress within this many days of receipt (Mapo: 3). */
    noticeWithinDays: Days.nullable(),
    /** The guardian's minimum civil-service grade, e.g. 6 for 6급 이상 (Anyang). */
    guardianGrade: z.number().int().min(1).max(9).nullable(),
  })
  .strict();
export type ComplexPetitionSection = z.infer<typeof ComplexPetitionSection>;

export const CompensationSection = z
  .object({
    /** C12: a document delayed this many minutes or more is compensated (Gwangjin: 60). */
    thresholdMin: z.number().nonnegative().nullable(),
    /** The amount, in won (Gwangjin: 10,000 cash; Pocheon: a 10,000-won voucher). */
    amountWon: z.number().int().nonnegative().nullable(),
    /** A visitor who had to come again because of a staff error is compensated. */
    secondVisit: z.boolean().nullable(),
    /** A document or permit later than its legal deadline is compensated. */
    lateDecision: z.boolean().nullable(),
    /** … once it is this many days late (Gwangjin: 1 day for permits). Null: any delay. */
    permitDelayDays: Days.nullable(),
  })
  .strict();
export type CompensationSection = z.infer<typeof CompensationSection>;

export const SurveySection = z
  .object({
    /** C10: how often the satisfaction survey runs. */
    cadence: z.enum(['yearly', 'as-needed']).nullable(),
    /** Whether the charter names an exit survey of visitors (Gwangjin). */
    exitSurvey: z.boolean().nullable(),
    /** Results published within this many months (Mokpo: 1). */
    publishWithinMonths: z.number().int().min(0).nullable(),
    /** Action plan published within this many months of the results (Mapo, Pocheon: 3). */
    actionPlanWithinMonths: z.number().int().min(0).nullable(),
  })
  .strict();
export type SurveySection = z.infer<typeof SurveySection>;

export const RetentionSection = z
  .object({
    /** C15: days a complaint's contact and free text are kept after it is closed. */
    complaintDays: Days.nullable(),
    /** Days a callback request's phone number is kept after it is done. */
    callbackDays: Days.nullable(),
    /** Days an exit survey's free comment is kept. */
    surveyCommentDays: Days.nullable(),
    /**
     * A callback or complaint still open this many days after it was taken is closed and its
     * contact purged, with a log line: an open record must not keep a phone number for ever.
     */
    openMaxDays: Days.nullable(),
  })
  .strict();
export type RetentionSection = z.infer<typeof RetentionSection>;

export const LunchSection = z
  .object({
    /** C13: counters rotate at lunch so service never stops (Mapo). Null: the charter is silent. */
    noGap: z.boolean().nullable(),
    /** What the rotation excludes, in the charter's words (Mapo: the health centre's clinic). */
    exceptions: z.string().nullable(),
  })
  .strict();
export type LunchSection = z.infer<typeof LunchSection>;

export const GreetingsSection = z
  .object({
    /** The charter's words when a visitor arrives, e.g. "어서 오십시오". */
    welcome: z.string().nullable(),
    /** When the officer is busy: "잠시만 기다려 주십시오". */
    pleaseWait: z.string().nullable(),
    /** When the visitor leaves: "안녕히 가십시오". */
    farewell: z.string().nullable(),
    /** How visitors are addressed, "○○○님". */
    address: z.string().nullable(),
  })
  .strict();
export type GreetingsSection = z.infer<typeof GreetingsSection>;

/**
 * Numbered promises of the charters that the kiosk, the displays and the counters do not keep
 * (yet): the profile records each with its seed line so that nothing a charter states is lost,
 * and the charter report lists each as kept, measured or not measurable with its reason.
 */
export const OtherPromisesSection = z
  .object({
    /** Mokpo: the visitor finds the place they look for within this many minutes (C1). */
    findPlaceMin: z.number().nonnegative().nullable(),
    /** Mokpo, Anyang: the visitor finds the responsible officer within this many minutes (C2). */
    findOfficerMin: z.number().nonnegative().nullable(),
    /** Gwangjin 10, Mokpo 5: an officer at other work stops for a visitor within seconds. */
    stopWorkSec: z.number().nonnegative().nullable(),
    /** Mapo, Gwangjin, Anyang: a phone message for an absent officer is called back within. */
    phoneMessageCallbackMin: z.number().nonnegative().nullable(),
    /** Mapo, Gwangjin, Pocheon: mail, fax and internet petitions reach the officer within. */
    petitionHandoverMin: z.number().nonnegative().nullable(),
    /** Mapo, Gwangjin: the officer contacts the petitioner about the procedure within. */
    procedureContactMin: z.number().nonnegative().nullable(),
    /** Gwangjin 3, Pocheon 7 (simple questions): internet inquiries answered within. */
    inquiryAnswerDays: Days.nullable(),
    /** Pocheon: questions of law answered within this many days. */
    lawInquiryDays: Days.nullable(),
    /** Gwangjin: certificates applied for on the internet issued within this many minutes. */
    certificateMin: z.number().nonnegative().nullable(),
    /** Mapo, Gwangjin, Mokpo: a complaint about staff conduct answered or corrected within. */
    conductAnswerDays: Days.nullable(),
    /** Mapo, Mokpo: after this many conduct complaints the officer faces a personnel measure. */
    conductStrikes: z.number().int().positive().nullable(),
    /** Mapo: a petition with no interim contact for this many days may be complained about. */
    noContactDays: Days.nullable(),
    /** Mapo: the reason for a delay past the legal deadline is told within this many minutes. */
    delayNoticeMin: z.number().nonnegative().nullable(),
    /** Anyang: a grievance taking this many days or more gets an interim notice. */
    interimNoticeDays: Days.nullable(),
    /** Mapo, Gwangjin: disclosure of administrative information decided within this many days. */
    disclosureDays: Days.nullable(),
    /** Every charter: the phone is answered before it rings this many times. */
    phoneRings: z.number().int().positive().nullable(),
    /** Gwangjin, Mokpo: a call transferred to a colleague within this many seconds. */
    phoneTransferSec: z.number().nonnegative().nullable(),
  })
  .strict();
export type OtherPromisesSection = z.infer<typeof OtherPromisesSection>;
