/**
 * Visitors' voice: a kiosk files a complaint, praise or suggestion; an administrator assigns it
 * (optionally to an officer, who then handles that item too), the handler investigates, answers
 * and closes it against the active profile's deadlines (C9); contacts
 * and free text are purged after the profile's retention period (C15). Exit survey: one
 * answer per ticket (C10).
 */
import { feedbackDeadlines, fixDeadlines } from '../../shared/feedback-deadlines';
import { CommandError, notFound } from '../../shared/errors';
import { maskPhone, normalizeKoreanPhone } from '../../shared/phone';
import { activeProfile } from '../../shared/profiles/active';
import type { Principal } from '../../shared/events';
import {
  maskName,
  type AssignFeedbackBody,
  type CreateFeedbackBody,
  type FeedbackItem,
  type FeedbackReceiptView,
  type SurveyBody,
} from '../../shared/schemas/feedback';
import { newPairingCode } from '../auth/secrets';
import type { Actor, Deps } from '../context';
import { actorOf, hallOf } from '../http/env';
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
    record.due,
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
    handlerAccountId: record.handlerAccountId,
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
      // Fixed now: the charter in force when it was filed sets its deadlines.
      due: input.kind === 'praise' ? undefined : fixDeadlines(profileOf(deps, hallId), now),
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

/** A name as a visitor types it, without spaces or a title (주무관, 팀장, 과장, 님). */
const bareName = (name: string | null | undefined): string =>
  (name ?? '').replace(/\s+/g, '').replace(/(주무관|팀장|과장|님)$/, '');

/**
 * Whether a complaint or suggestion names the person of this account (by the account's name or its
 * staff member's, in any department: a namesake is kept out rather than the subject let in).
 * Nobody reads or handles an item about themselves. Praise is not kept from the officer it names.
 */
export function isAbout(deps: Deps, record: FeedbackRecord, accountId: number): boolean {
  if (record.kind === 'praise') return false;
  const named = bareName(record.officer);
  if (!named) return false;
  const account = deps.store.accounts.get(accountId);
  if (!account) return false;
  if (bareName(account.displayName) === named) return true;
  const staff =
    account.staffId === null
      ? undefined
      : deps.store.staff.adminRow(record.hallId, account.staffId);
  return staff !== undefined && bareName(staff.name) === named;
}

/**
 * Administrators handle every item; an officer only the items an administrator made them the
 * handler of; nobody an item about themselves.
 */
function handles(deps: Deps, principal: Principal, record: FeedbackRecord): boolean {
  const account = principal.account;
  if (!account || isAbout(deps, record, account.id)) return false;
  return account.role === 'admin' || record.handlerAccountId === account.id;
}

/** The item, if this caller handles it; otherwise it does not exist for them (404, not 403). */
function handledRecord(deps: Deps, principal: Principal, id: number): FeedbackRecord {
  const record = deps.store.feedback.get(hallOf(principal), id);
  if (!record || !handles(deps, principal, record)) throw notFound('Feedback');
  return record;
}

export function listFeedback(deps: Deps, principal: Principal): FeedbackItem[] {
  const hallId = hallOf(principal);
  purgeExpiredFeedback(deps, hallId);
  const now = deps.clock.now();
  return deps.store.feedback
    .list(hallId)
    .filter((r) => handles(deps, principal, r))
    .map((r) => toFeedbackItem(deps, r, false, now));
}

/** The handler's view, whole contact included; every look is logged (C15). */
export function revealFeedback(deps: Deps, principal: Principal, id: number): FeedbackItem {
  const record = handledRecord(deps, principal, id);
  const hallId = hallOf(principal);
  const now = deps.clock.now().toISOString();
  deps.store.tx(() => {
    deps.store.events.append(hallId, now, actorOf(principal), 'feedback:contact-viewed', {
      feedbackId: id,
    });
  });
  return toFeedbackItem(deps, record, true);
}

type Step = 'investigate' | 'answer' | 'close';

function openRecord(deps: Deps, principal: Principal, id: number): FeedbackRecord {
  const record = handledRecord(deps, principal, id);
  if (record.status === 'closed') {
    throw new CommandError(409, 'feedback_closed', 'This item is already closed.');
  }
  return record;
}

/** Masked: the whole contact comes only from the logged look (revealFeedback), never with a step. */
function afterStep(deps: Deps, hallId: number, id: number): FeedbackItem {
  const after = deps.store.feedback.get(hallId, id);
  if (!after) throw notFound('Feedback');
  return toFeedbackItem(deps, after, false);
}

function step(
  deps: Deps,
  principal: Principal,
  id: number,
  which: Step,
  value?: string,
): FeedbackItem {
  const record = openRecord(deps, principal, id);
  const hallId = hallOf(principal);
  const actor = actorOf(principal);
  const now = deps.clock.now().toISOString();
  deps.store.tx(() => {
    if (which === 'investigate') {
      if (!record.assignedAt) {
        deps.store.feedback.assign(hallId, id, actor, record.handlerAccountId, now);
      }
      deps.store.feedback.investigated(hallId, id, now);
    }
    if (which === 'answer') deps.store.feedback.answer(hallId, id, value ?? '', now);
    if (which === 'close') deps.store.feedback.close(hallId, id, now);
    deps.store.events.append(hallId, now, actor, `feedback:${which}`, { feedbackId: id });
  });
  return afterStep(deps, hallId, id);
}

/**
 * An administrator names who handles the item; with an officer's account, that officer may then
 * read and work this item (and no other). Assigning by name only leaves it to administrators.
 */
export function assignFeedback(
  deps: Deps,
  principal: Principal,
  id: number,
  input: AssignFeedbackBody,
): FeedbackItem {
  const record = openRecord(deps, principal, id);
  const hallId = hallOf(principal);
  const handlerId = input.handlerAccountId ?? null;
  let assignee = input.assignee;
  if (handlerId !== null) {
    const handler = deps.store.accounts.get(handlerId);
    if (!handler || handler.hallId !== hallId || handler.role === 'guide') {
      throw new CommandError(
        400,
        'handler_not_officer',
        'The handler must be an enabled counter or administrator account of this hall.',
      );
    }
    if (isAbout(deps, record, handlerId)) {
      throw new CommandError(
        409,
        'handler_is_subject',
        'This item is about that officer: assign someone else.',
      );
    }
    assignee ??= handler.displayName;
  }
  const now = deps.clock.now().toISOString();
  deps.store.tx(() => {
    deps.store.feedback.assign(hallId, id, assignee ?? '', handlerId, now);
    deps.store.events.append(hallId, now, actorOf(principal), 'feedback:assign', {
      feedbackId: id,
      handlerAccountId: handlerId,
    });
  });
  return afterStep(deps, hallId, id);
}

export const investigateFeedback = (deps: Deps, p: Principal, id: number) =>
  step(deps, p, id, 'investigate');
export const answerFeedback = (deps: Deps, p: Principal, id: number, answer: string) =>
  step(deps, p, id, 'answer', answer);
export const closeFeedback = (deps: Deps, p: Principal, id: number) => step(deps, p, id, 'close');

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
