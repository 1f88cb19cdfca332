/** Visitors' voice: complaints (불편 신고), praise (칭찬), suggestions, and the exit survey. */
import { z } from 'zod';
import { line, multiline } from './text';
import { FEEDBACK_TEXT_MAX } from '../feedback-limits';
import { normalizeKoreanPhone } from '../phone';
import { Id } from './common';

export const FeedbackKind = z.enum(['complaint', 'praise', 'suggestion']);
export type FeedbackKind = z.infer<typeof FeedbackKind>;

export const FeedbackStatus = z.enum([
  'received',
  'assigned',
  'investigated',
  'answered',
  'closed',
]);
export type FeedbackStatus = z.infer<typeof FeedbackStatus>;

// In a zod-free module so the kiosk form can read it without loading zod.
export { FEEDBACK_TEXT_MAX } from '../feedback-limits';

const Phone = line()
  .max(20)
  .refine((v) => normalizeKoreanPhone(v) !== null, 'expected a Korean phone number');

export const CreateFeedbackBody = z
  .object({
    kind: FeedbackKind,
    departmentId: Id.nullable().optional(),
    /** The officer the visitor names, as typed (praise reaches them). */
    officer: line().max(40).nullable().optional(),
    text: multiline().min(1).max(FEEDBACK_TEXT_MAX),
    /** Absent: anonymous, no reply possible. */
    contact: z
      .object({ name: line().min(1).max(40).nullable().optional(), phone: Phone })
      .strict()
      .nullable()
      .optional(),
  })
  .strict();
export type CreateFeedbackBody = z.infer<typeof CreateFeedbackBody>;

/**
 * An administrator assigns: a name to show, and (optionally) the officer's account that may then
 * read and work this one item; without it only administrators handle the item.
 */
export const AssignFeedbackBody = z
  .object({
    assignee: line().min(1).max(60).optional(),
    handlerAccountId: Id.nullable().optional(),
  })
  .strict()
  .refine((b) => b.assignee !== undefined || b.handlerAccountId != null, {
    message: 'name the assignee or the handler account',
    path: ['assignee'],
  });
export type AssignFeedbackBody = z.infer<typeof AssignFeedbackBody>;
export const AnswerFeedbackBody = z.object({ answer: multiline().min(1).max(2000) }).strict();

export const FeedbackStage = z.enum(['assign', 'investigate', 'answer']);
export type FeedbackStage = z.infer<typeof FeedbackStage>;

export const StageDeadline = z.object({
  stage: FeedbackStage,
  /** When the stage must be done by, from the active profile; null when the charter is silent. */
  dueAt: z.string().nullable(),
  doneAt: z.string().nullable(),
  overdue: z.boolean(),
});
export type StageDeadline = z.infer<typeof StageDeadline>;

export const FeedbackItem = z.object({
  id: Id,
  receipt: z.string(),
  kind: FeedbackKind,
  status: FeedbackStatus,
  departmentId: Id.nullable(),
  departmentName: z.string().nullable(),
  officer: z.string().nullable(),
  /** Null once purged after the retention period. */
  text: z.string().nullable(),
  anonymous: z.boolean(),
  /** Masked in the inbox list (홍*동, 010-1234-****); whole only in the handler's detail view. */
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  masked: z.boolean(),
  assignee: z.string().nullable(),
  /** The officer's account that handles this item besides the administrators. */
  handlerAccountId: Id.nullable(),
  answer: z.string().nullable(),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
  purged: z.boolean(),
  deadlines: z.array(StageDeadline),
  overdue: z.boolean(),
});
export type FeedbackItem = z.infer<typeof FeedbackItem>;

/** What a visitor sees when following a receipt: no contact, no text. */
export type FeedbackReceiptView = {
  receipt: string;
  kind: FeedbackKind;
  status: FeedbackStatus;
  createdAt: string;
  answerDueAt: string | null;
  answeredAt: string | null;
  answer: string | null;
};

export const SurveyBody = z
  .object({
    /** The phone page's ticket code; absent on the kiosk home (one anonymous answer). */
    ticketCode: line().min(4).max(64).optional(),
    score: z.number().int().min(1).max(5),
    comment: multiline().max(500).nullable().optional(),
  })
  .strict();
export type SurveyBody = z.infer<typeof SurveyBody>;

/** 홍길동 → 홍*동, 김철 → 김*, a single letter → *. */
export function maskName(name: string | null): string | null {
  if (!name) return null;
  const chars = [...name];
  if (chars.length <= 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}
