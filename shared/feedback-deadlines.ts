/**
 * The deadlines of a complaint or suggestion, per stage, from the active profile (C9): Pocheon's
 * three stages (assign 1 d, investigate 3 d, notify 7 d) or a single answer deadline. Days are
 * calendar days from receipt. Praise has no deadline. Pure: the server and the inbox share it.
 */
import type { CharterProfile } from './profiles/schema';
import type { FeedbackKind, FeedbackStage, StageDeadline } from './schemas/feedback';

const DAY_MS = 24 * 60 * 60 * 1000;

export type StageTimes = {
  assignedAt: string | null;
  investigatedAt: string | null;
  answeredAt: string | null;
};

const addDays = (iso: string, days: number) =>
  new Date(new Date(iso).getTime() + days * DAY_MS).toISOString();

export function stageDays(
  profile: CharterProfile,
): { stage: FeedbackStage; days: number | null }[] {
  const { stages, answerDays } = profile.complaints;
  if (stages) {
    return [
      { stage: 'assign', days: stages.assignDays },
      { stage: 'investigate', days: stages.investigateDays },
      { stage: 'answer', days: stages.notifyDays },
    ];
  }
  return [{ stage: 'answer', days: answerDays }];
}

/** Each stage's due time, fixed when the item is filed: a later profile never moves it. */
export type FixedDeadlines = Partial<Record<FeedbackStage, string | null>>;

export function fixDeadlines(profile: CharterProfile, createdAt: string): FixedDeadlines {
  return Object.fromEntries(
    stageDays(profile).map(({ stage, days }) => [
      stage,
      days === null ? null : addDays(createdAt, days),
    ]),
  );
}

/** `due`: the deadlines fixed at filing; without them (older items) the profile's days apply. */
export function feedbackDeadlines(
  profile: CharterProfile,
  kind: FeedbackKind,
  createdAt: string,
  times: StageTimes,
  now: Date,
  due: FixedDeadlines | null = null,
): StageDeadline[] {
  if (kind === 'praise') return [];
  const fixed = due ?? fixDeadlines(profile, createdAt);
  const doneOf: Record<FeedbackStage, string | null> = {
    assign: times.assignedAt,
    investigate: times.investigatedAt,
    answer: times.answeredAt,
  };
  const stages = (['assign', 'investigate', 'answer'] as const).filter((s) => s in fixed);
  return stages.map((stage) => {
    const dueAt = fixed[stage] ?? null;
    const doneAt = doneOf[stage];
    const overdue =
      dueAt !== null &&
      (doneAt === null
        ? now.getTime() > Date.parse(dueAt)
        : Date.parse(doneAt) > Date.parse(dueAt));
    return { stage, dueAt, doneAt, overdue };
  });
}
