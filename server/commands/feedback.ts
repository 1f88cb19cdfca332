/**
 * Visitors' voice: a kiosk files a complaint, praise or suggestion; the handler assigns,
 * investigates, answers and closes it against the active profile's deadlines (C9); contacts
 * and free text are purged after the profile's retention period (C15). Exit survey: one
 * answer per ticket (C10).
 */
import { feedbackDeadlines } from '../../shared/feedback-deadlines';
import { CommandError, notFound } from '../../shared/errors';
import { maskPhone, normalizeKoreanPhone } from '../../shared/phone';
import { activeProfile } from '../../shared/profiles/active';
import {
  maskName,
  type CreateFeedbackBody,
  type FeedbackItem,
  type FeedbackReceiptView,
  type SurveyBody,
} from '../../shared/schemas/feedback';
import { newPairingCode } from '../auth/secrets';
import type { Actor, Deps } from '../context';
import type { FeedbackRecord } from '../store/feedback';

const DAY_MS = 24 * 60 * 60 * 1000;

function profileOf(deps: Deps, hallId: number) {
  const hall = deps.store.halls.get(hallId);
  if (!hall) throw notFound('Hall');
  return activeProfile(hall);
}

/** The inbox's view of one item; `reveal` only for the handler's detail view. */
export function toFeedbackItem(
  deps: Deps,
  record: FeedbackRecord,
  reveal: boolean,
  now = deps.clock.now(),
): FeedbackItem {
  const profile = profileOf(deps, record.hallId);
  const deadlines = feedbackDeadlines(
    profile,
    record.kind,
    record.createdAt,
    {
      assignedAt: record.assignedAt,
      investigatedAt: record.investigatedAt,
      answeredAt: record.answeredAt,
    },
    now,
  );
  const department =
    record.departmentId === null
      ? undefined
      : deps.store.places.department(record.hallId, record.departmentId);
  return {
    id: record.id,
    receipt: record.receipt,
    kind: record.kind,
    status: record.status,
    departmentId: record.departmentId,
    departmentName: department?.name ?? null,
    officer: record.officer,
    text: record.text,
    anonymous: record.anonymous,
    contactName: reveal ? record.contactName : maskName(record.contactName),
    contactPhone: reveal
      ? record.contactPhone
      : record.contactPhone
        ? maskPhone(record.contactPhone)
        : null,
    masked: !reveal,
    assignee: record.assignee,
    answer: record.answer,
    createdAt: record.createdAt,
    closedAt: record.closedAt,
    purged: record.purgedAt !== null,
    deadlines,
    overdue: record.status !== 'closed' && deadlines.some((d) => d.overdue),
  };
}

export function fileFeedback(
  deps: Deps,
  actor: Actor,
  hallId: number,
  kioskId: number | null,
  input: CreateFeedbackBody,
): { receipt: string; anonymous: boolean; answerDueAt: string | null } {
  const now = deps.clock.now().toISOString();
  if (input.departmentId != null && !deps.store.places.department(hallId, input.departmentId)) {
    throw new CommandError(400, 'unknown_department', 'That department is not in this hall.');
  }
  const phone = input.contact ? normalizeKoreanPhone(input.contact.phone) : null;
  const receipt = newPairingCode();
  const id = deps.store.tx(() => {
    const feedbackId = deps.store.feedback.add(hallId, {
      receipt,
      kind: input.kind,
      departmentId: input.departmentId ?? null,
      officer: input.officer || null,
      // Stored as typed: the screens render it as text, never as markup.
      text: input.text,
      contactName: input.contact?.name || null,
      contactPhone: phone,
      kioskId,
      createdAt: now,
    });
    // The log keeps the facts, never the text or the contact.
    deps.store.events.append(hallId, now, actor, 'feedback:filed', {
      feedbackId,
      kind: input.kind,
      anonymous: phone === null,
    });
    // Praise reaches the officer it names, when the name is one officer's (within the
    // department, when one was chosen).
    const named = input.kind === 'praise' ? praisedOfficer(deps, hallId, input) : null;
    if (named && deps.store.petitions.addPraise(hallId, feedbackId, named, now)) {
      deps.store.events.append(hallId, now, actor, 'praise:forwarded', {
        feedbackId,
        staffId: named,
      });
    }
    return feedbackId;
  });
  const record = deps.store.feedback.get(hallId, id);
  if (!record) throw notFound('Feedback');
  const item = toFeedbackItem(deps, record, false);
  const answer = item.deadlines.find((d) => d.stage === 'answer');
  // Anyang, Pocheon: an anonymous complaint gets no reply, so its receipt promises no answer date.
  const noReply = record.anonymous && profileOf(deps, hallId).complaints.anonymousNoReply;
  return {
    receipt,
    anonymous: record.anonymous,
    answerDueAt: noReply ? null : (answer?.dueAt ?? null),
  };
}

/** The one serving officer a praise names, or null when the name is nobody's or several people's. */
export function praisedOfficer(
  deps: Deps,
  hallId: number,
  input: Pick<CreateFeedbackBody, 'officer' | 'departmentId'>,
): number | null {
  const name = input.officer?.replace(/\s+/g, '').replace(/(주무관|팀장|과장|님)$/, '');
  if (!name) return null;
  const matches = deps.store.staff
    .list(hallId)
    .filter(
      (s) =>
        s.name.replace(/\s+/g, '') === name &&
        (input.departmentId == null || s.departmentId === input.departmentId),
    );
  return matches.length === 1 ? (matches[0]?.id ?? null) : null;
}

/** Purges contacts and free text of items closed longer ago than the profile's retention. */
export function purgeExpiredFeedback(deps: Deps, hallId: number): number {
  const profile = profileOf(deps, hallId);
  const now = deps.clock.now();
  let purged = 0;
  const { complaintDays, surveyCommentDays, openMaxDays } = profile.retention;
  if (openMaxDays !== null) {
    const oldest = new Date(now.getTime() - openMaxDays * DAY_MS).toISOString();
    const expired = deps.store.tx(() => {
      const n = deps.store.feedback.expireOpen(hallId, oldest, now.toISOString());
      if (n > 0) {
        deps.store.events.append(hallId, now.toISOString(), 'system', 'feedback:expired', {
          count: n,
          maxDays: openMaxDays,
        });
      }
      return n;
    });
    purged += expired;
  }
  if (complaintDays !== null) {
    const before = new Date(now.getTime() - complaintDays * DAY_MS).toISOString();
    purged += deps.store.feedback.purge(hallId, before, now.toISOString());
  }
  if (surveyCommentDays !== null) {
    const before = new Date(now.getTime() - surveyCommentDays * DAY_MS).toISOString();
    purged += deps.store.feedback.purgeSurveyComments(hallId, before);
  }
  return purged;
}

export function listFeedback(deps: Deps, hallId: number): FeedbackItem[] {
  purgeExpiredFeedback(deps, hallId);
  const now = deps.clock.now();
  return deps.store.feedback.list(hallId).map((r) => toFeedbackItem(deps, r, false, now));
}

/** The handler's view, whole contact included; every look is logged (C15). */
export function revealFeedback(deps: Deps, actor: Actor, hallId: number, id: number): FeedbackItem {
  const record = deps.store.feedback.get(hallId, id);
  if (!record) throw notFound('Feedback');
  const now = deps.clock.now().toISOString();
  deps.store.tx(() => {
    deps.store.events.append(hallId, now, actor, 'feedback:contact-viewed', { feedbackId: id });
  });
  return toFeedbackItem(deps, record, true);
}

type Step = 'assign' | 'investigate' | 'answer' | 'close';

function step(
  deps: Deps,
  actor: Actor,
  hallId: number,
  id: number,
  which: Step,
  value?: string,
): FeedbackItem {
  const record = deps.store.feedback.get(hallId, id);
  if (!record) throw notFound('Feedback');
  if (record.status === 'closed') {
    throw new CommandError(409, 'feedback_closed', 'This item is already closed.');
  }
  const now = deps.clock.now().toISOString();
  deps.store.tx(() => {
    if (which === 'assign') deps.store.feedback.assign(hallId, id, value ?? '', now);
    if (which === 'investigate') {
      if (!record.assignedAt) deps.store.feedback.assign(hallId, id, actor, now);
      deps.store.feedback.investigated(hallId, id, now);
    }
    if (which === 'answer') deps.store.feedback.answer(hallId, id, value ?? '', now);
    if (which === 'close') deps.store.feedback.close(hallId, id, now);
    deps.store.events.append(hallId, now, actor, `feedback:${which}`, { feedbackId: id });
  });
  const after = deps.store.feedback.get(hallId, id);
  if (!after) throw notFound('Feedback');
  return toFeedbackItem(deps, after, true);
}

export const assignFeedback = (deps: Deps, a: Actor, h: number, id: number, assignee: string) =>
  step(deps, a, h, id, 'assign', assignee);
export const investigateFeedback = (deps: Deps, a: Actor, h: number, id: number) =>
  step(deps, a, h, id, 'investigate');
export const answerFeedback = (deps: Deps, a: Actor, h: number, id: number, answer: string) =>
  step(deps, a, h, id, 'answer', answer);
export const closeFeedback = (deps: Deps, a: Actor, h: number, id: number) =>
  step(deps, a, h, id, 'close');

/** What the phone shows for a receipt: the status and the answer, never text or contact. */
export function feedbackByReceipt(deps: Deps, receipt: string): FeedbackReceiptView {
  const record = deps.store.feedback.byReceipt(receipt.trim().toUpperCase());
  if (!record) throw notFound('Receipt');
  const item = toFeedbackItem(deps, record, false);
  return {
    receipt: record.receipt,
    kind: record.kind,
    status: record.status,
    createdAt: record.createdAt,
    answerDueAt: item.deadlines.find((d) => d.stage === 'answer')?.dueAt ?? null,
    answeredAt: record.answeredAt,
    answer: record.answer,
  };
}

/** One answer per served ticket (from the phone) or one anonymous answer from the kiosk home. */
export function answerSurvey(
  deps: Deps,
  actor: Actor,
  hallId: number | null,
  input: SurveyBody,
): { ok: true } {
  const now = deps.clock.now().toISOString();
  let ticketId: number | null = null;
  let hall = hallId;
  if (input.ticketCode !== undefined) {
    const ticket = deps.store.tickets.byCode(input.ticketCode);
    if (!ticket || (hallId !== null && ticket.hall_id !== hallId)) throw notFound('Ticket');
    if (ticket.status !== 'done') {
      throw new CommandError(409, 'ticket_not_served', 'The survey opens once you were served.');
    }
    ticketId = ticket.id;
    hall = ticket.hall_id;
  }
  if (hall === null) {
    throw new CommandError(400, 'ticket_required', 'A ticket code is needed for this survey.');
  }
  const hallFinal = hall;
  deps.store.tx(() => {
    if (ticketId !== null && deps.store.feedback.surveyAnswered(ticketId)) {
      throw new CommandError(409, 'survey_answered', 'This ticket’s survey is already answered.');
    }
    deps.store.feedback.addSurvey(hallFinal, {
      ticketId,
      source: ticketId === null ? 'kiosk' : 'phone',
      score: input.score,
      comment: input.comment || null,
      createdAt: now,
    });
    deps.store.events.append(hallFinal, now, actor, 'survey:answered', {
      ticketId,
      score: input.score,
    });
  });
  return { ok: true };
}
