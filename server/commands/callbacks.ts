/**
 * Callback requests (C3): a visitor at the kiosk leaves a phone number for an away officer; the
 * responsible officer sees it with its deadline and calls back. The number is shown in full only
 * to whoever must call; everyone else sees 010-1234-****. Numbers are erased after retention.
 */
import { CommandError, forbidden, notFound } from '../../shared/errors';
import type { Principal } from '../../shared/events';
import { maskPhone } from '../../shared/phone';
import { activeProfile } from '../../shared/profiles/active';
import type { StaffMember } from '../../shared/schemas/hall';
import type { CallbackOutcome, CallbackReceipt, CallbackView } from '../../shared/schemas/staff';
import type { Deps } from '../context';
import { atHallTime } from '../../shared/hall-time';
import { actorOf, hallOf } from '../http/env';
import type { CallbackRow } from '../store/callbacks';
import { isPresent, staffOfPrincipal } from './presence';

const DAY_MS = 24 * 3600 * 1000;

function profileOf(deps: Deps, hallId: number) {
  const hall = deps.store.halls.get(hallId);
  if (!hall) throw notFound('Hall');
  return activeProfile(hall);
}

/** The deadline the charter promises for a request made at `now`; null when it promises none. */
export function callbackDeadline(deps: Deps, hallId: number, now: Date): Date | null {
  const minutes = profileOf(deps, hallId).callback.callbackDeadlineMin;
  return minutes === null ? null : new Date(now.getTime() + minutes * 60_000);
}

/**
 * Who calls back: the officer when present or back before the deadline, else the stand-in when
 * present, else the department's inbox (null).
 */
export function assigneeFor(
  member: StaffMember,
  proxy: StaffMember | undefined,
  now: Date,
  deadline: Date,
): number | null {
  if (isPresent(member)) return member.id;
  if (member.returnAt && atHallTime(now, member.returnAt) <= deadline) return member.id;
  if (proxy && isPresent(proxy)) return proxy.id;
  return null;
}

/** Erases the phone of every request done longer ago than the profile's retention period. */
export function purgeCallbackPhones(deps: Deps, hallId: number): number {
  const days = profileOf(deps, hallId).retention.callbackDays ?? 0;
  const now = deps.clock.now();
  const before = new Date(now.getTime() - days * DAY_MS).toISOString();
  const maxDays = profileOf(deps, hallId).retention.openMaxDays;
  return deps.store.tx(() => {
    if (maxDays !== null) {
      const oldest = new Date(now.getTime() - maxDays * DAY_MS).toISOString();
      const expired = deps.store.callbacks.expireOpen(hallId, oldest, now.toISOString());
      if (expired > 0) {
        deps.store.events.append(hallId, now.toISOString(), 'system', 'callback:expired', {
          count: expired,
          maxDays,
        });
      }
    }
    const purged = deps.store.callbacks.purgePhones(hallId, before, now.toISOString());
    if (purged > 0) {
      deps.store.events.append(hallId, now.toISOString(), 'system', 'callback:purged', {
        count: purged,
      });
    }
    return purged;
  });
}

export function createCallback(
  deps: Deps,
  principal: Principal,
  input: { staffId: number; phone: string; topic: string },
): CallbackReceipt {
  const hallId = hallOf(principal);
  const member = deps.store.staff.get(hallId, input.staffId);
  if (!member) throw notFound('Staff member');
  const now = deps.clock.now();
  const deadline = callbackDeadline(deps, hallId, now);
  const { mode, callbackDeadlineMin: minutes } = profileOf(deps, hallId).callback;
  // A charter that promises a phone connection (Pocheon) takes no callback requests.
  if (mode !== 'callback' || !deadline || minutes === null) {
    throw new CommandError(
      409,
      'callback_not_offered',
      'This hall does not take callback requests at the kiosk. Please call the department.',
    );
  }
  const proxy = member.proxyId ? deps.store.staff.get(hallId, member.proxyId) : undefined;
  const assigneeId = assigneeFor(member, proxy, now, deadline);
  const id = deps.store.tx(() => {
    const callbackId = deps.store.callbacks.add(hallId, {
      staffId: member.id,
      departmentId: member.departmentId,
      assigneeId,
      phone: input.phone,
      topic: input.topic,
      createdAt: now.toISOString(),
      deadlineAt: deadline.toISOString(),
    });
    // The log keeps who and when, never the number.
    deps.store.events.append(hallId, now.toISOString(), actorOf(principal), 'callback:created', {
      callbackId,
      staffId: member.id,
      assigneeId,
      deadlineAt: deadline.toISOString(),
    });
    return callbackId;
  });
  purgeCallbackPhones(deps, hallId);
  const assignee = assigneeId === null ? undefined : deps.store.staff.get(hallId, assigneeId);
  return {
    id,
    deadlineAt: deadline.toISOString(),
    deadlineMin: minutes,
    phoneMasked: maskPhone(input.phone),
    assigneeName: assignee ? `${assignee.name} ${assignee.position}` : null,
  };
}

/** Whether this reader is the one who must call: the assignee, or any officer of the department when it is the department's. */
function isResponsible(row: CallbackRow, me: StaffMember | undefined): boolean {
  if (!me) return false;
  if (row.assignee_id !== null) return row.assignee_id === me.id;
  return row.department_id === me.departmentId;
}

function toView(
  deps: Deps,
  hallId: number,
  row: CallbackRow,
  me: StaffMember | undefined,
  now: Date,
): CallbackView {
  const responsible = isResponsible(row, me);
  return {
    id: row.id,
    staffId: row.staff_id,
    staffName: deps.store.staff.get(hallId, row.staff_id)?.name ?? '',
    departmentId: row.department_id,
    assigneeId: row.assignee_id,
    phone: responsible && row.phone ? row.phone : maskPhone(row.phone),
    masked: !(responsible && row.phone),
    topic: row.topic,
    createdAt: row.created_at,
    deadlineAt: row.deadline_at,
    overdue: row.status === 'open' && row.deadline_at < now.toISOString(),
    status: row.status,
    outcome: row.outcome,
  };
}

/**
 * The requests a signed-in reader sees: an officer, those they must call and those left for them;
 * the head of a department (seat row 0) also every overdue one of the department; an admin, all.
 */
export function callbackInbox(deps: Deps, principal: Principal): CallbackView[] {
  const hallId = hallOf(principal);
  purgeCallbackPhones(deps, hallId);
  const now = deps.clock.now();
  const me = staffOfPrincipal(deps, principal);
  if (principal.account?.role === 'admin') {
    return deps.store.callbacks.open(hallId).map((row) => toView(deps, hallId, row, me, now));
  }
  if (!me) return [];
  const head = me.seat.row === 0;
  return deps.store.callbacks
    .openOfDepartment(hallId, me.departmentId)
    .concat(
      deps.store.callbacks
        .open(hallId)
        .filter((row) => row.department_id !== me.departmentId && row.assignee_id === me.id),
    )
    .map((row) => toView(deps, hallId, row, me, now))
    .filter(
      (view) =>
        !view.masked ||
        view.staffId === me.id ||
        view.assigneeId === me.id ||
        (head && view.overdue),
    )
    .sort((a, b) => a.deadlineAt.localeCompare(b.deadlineAt));
}

function responsibleRow(deps: Deps, principal: Principal, id: number): CallbackRow {
  const hallId = hallOf(principal);
  const row = deps.store.callbacks.get(hallId, id);
  if (!row) throw notFound('Callback request');
  if (principal.account?.role === 'admin') return row;
  if (!isResponsible(row, staffOfPrincipal(deps, principal))) {
    throw forbidden('Only the officer responsible for this request can mark it.');
  }
  return row;
}

export function markCallbackCalled(
  deps: Deps,
  principal: Principal,
  id: number,
  outcome: CallbackOutcome,
): CallbackView {
  const row = responsibleRow(deps, principal, id);
  if (row.status === 'done') {
    throw new CommandError(409, 'callback_done', 'This request is already done.');
  }
  const hallId = hallOf(principal);
  const now = deps.clock.now();
  deps.store.tx(() => {
    deps.store.callbacks.markCalled(hallId, id, outcome, now.toISOString());
    deps.store.events.append(hallId, now.toISOString(), actorOf(principal), 'callback:called', {
      callbackId: id,
      outcome,
      late: row.deadline_at < now.toISOString(),
    });
  });
  const updated = deps.store.callbacks.get(hallId, id);
  if (!updated) throw notFound('Callback request');
  return toView(deps, hallId, updated, staffOfPrincipal(deps, principal), now);
}

export function markCallbackDone(deps: Deps, principal: Principal, id: number): CallbackView {
  const row = responsibleRow(deps, principal, id);
  const hallId = hallOf(principal);
  const now = deps.clock.now();
  if (row.status !== 'done') {
    deps.store.tx(() => {
      deps.store.callbacks.markDone(hallId, id, now.toISOString());
      deps.store.events.append(hallId, now.toISOString(), actorOf(principal), 'callback:done', {
        callbackId: id,
      });
    });
  }
  purgeCallbackPhones(deps, hallId);
  const updated = deps.store.callbacks.get(hallId, id);
  if (!updated) throw notFound('Callback request');
  return toView(deps, hallId, updated, staffOfPrincipal(deps, principal), now);
}
