/**
 * Call-bell commands: a kiosk asks for a helper; guides go on duty, accept (one winner), arrive,
 * escort and resolve; pages nobody accepts in time escalate to the counters; escorted visits
 * booked ahead remind the guides and become pages. Each is one transaction, then pushes.
 */
import { CommandError, notFound } from '../../shared/errors';
import { escortLeadOf, helpersOf } from '../../shared/help';
import { activeProfile } from '../../shared/profiles/active';
import {
  maskContact,
  type BookEscortBody,
  type EscortAppointment,
  type HelpKind,
  type HelpPage,
  type KioskHelpPage,
} from '../../shared/schemas/help';
import type { Actor, Deps } from '../context';
import { rooms } from '../realtime/rooms';
import type { HelpPageRow } from '../store/help';
import { guidesList, helpAlerts, toAppointment, toHelpPage, toKioskPage } from '../views/help';

function hallOrThrow(deps: Deps, hallId: number) {
  const hall = deps.store.halls.get(hallId);
  if (!hall) throw notFound('Hall');
  return hall;
}

function pageOrThrow(deps: Deps, hallId: number, pageId: number): HelpPageRow {
  const row = deps.store.help.get(hallId, pageId);
  if (!row) throw new CommandError(404, 'unknown_page', 'No such help request.');
  return row;
}

/** After any change to a page: guides, the calling kiosk and the counters get their delta. */
function pushPage(deps: Deps, hallId: number, pageId: number, isNew = false): void {
  const row = deps.store.help.get(hallId, pageId);
  const hall = deps.store.halls.get(hallId);
  if (!row || !hall) return;
  deps.hub.publish<'guides'>(rooms.guides(hallId), [
    {
      op: 'upsert',
      key: 'pages',
      items: [toHelpPage(deps, row)],
      ...(isNew ? { front: true } : {}),
    },
  ]);
  if (row.kiosk_id !== null) {
    deps.hub.publish<'help'>(rooms.kiosk(row.kiosk_id), [
      { op: 'set', key: 'page', value: toKioskPage(deps, hall, row) },
    ]);
  }
  if (row.escalated_at !== null) {
    deps.hub.publish<'counter'>(rooms.counters(hallId), [
      { op: 'set', key: 'helpAlerts', value: helpAlerts(deps, hallId) },
    ]);
  }
}

function pushAppointment(deps: Deps, hallId: number, id: number): void {
  const row = deps.store.help.appointment(hallId, id);
  if (!row) return;
  deps.hub.publish<'guides'>(rooms.guides(hallId), [
    { op: 'upsert', key: 'appointments', items: [toAppointment(row)] },
  ]);
}

/** A kiosk's call. One open request per kiosk: a second call returns the open one. */
export function requestHelp(
  deps: Deps,
  actor: Actor,
  hallId: number,
  kioskId: number,
  kind: HelpKind | undefined,
): KioskHelpPage {
  const hall = hallOrThrow(deps, hallId);
  const now = deps.clock.now().toISOString();
  const existing = deps.store.help.openOfKiosk(hallId, kioskId);
  if (existing) {
    if (kind && existing.kind === null)
      return chooseHelpKind(deps, actor, hallId, kioskId, existing.id, kind);
    return toKioskPage(deps, hall, existing);
  }
  const id = deps.store.tx(() => {
    const pageId = deps.store.help.insert(
      hallId,
      { kioskId, appointmentId: null, kind: kind ?? null },
      now,
    );
    deps.store.events.append(hallId, now, actor, 'help:requested', {
      pageId,
      kioskId,
      kind: kind ?? null,
    });
    return pageId;
  });
  pushPage(deps, hallId, id, true);
  return toKioskPage(deps, hall, pageOrThrow(deps, hallId, id));
}

function kioskPageOrThrow(deps: Deps, hallId: number, kioskId: number, pageId: number) {
  const row = pageOrThrow(deps, hallId, pageId);
  if (row.kiosk_id !== kioskId) {
    throw new CommandError(403, 'not_your_kiosk', 'This help request was made at another kiosk.');
  }
  return row;
}

/** The visitor's choice of help, after the call went out. */
export function chooseHelpKind(
  deps: Deps,
  actor: Actor,
  hallId: number,
  kioskId: number,
  pageId: number,
  kind: HelpKind,
): KioskHelpPage {
  const hall = hallOrThrow(deps, hallId);
  kioskPageOrThrow(deps, hallId, kioskId, pageId);
  const now = deps.clock.now().toISOString();
  deps.store.tx(() => {
    if (!deps.store.help.setKind(hallId, pageId, kind)) {
      throw new CommandError(409, 'page_closed', 'This help request is already finished.');
    }
    deps.store.events.append(hallId, now, actor, 'help:kind-chosen', { pageId, kind });
  });
  pushPage(deps, hallId, pageId);
  return toKioskPage(deps, hall, pageOrThrow(deps, hallId, pageId));
}

/** The visitor no longer needs help. Only the kiosk that called can cancel. */
export function cancelHelp(
  deps: Deps,
  actor: Actor,
  hallId: number,
  kioskId: number,
  pageId: number,
): KioskHelpPage {
  const hall = hallOrThrow(deps, hallId);
  kioskPageOrThrow(deps, hallId, kioskId, pageId);
  const now = deps.clock.now().toISOString();
  deps.store.tx(() => {
    if (!deps.store.help.cancel(hallId, pageId, now)) {
      throw new CommandError(409, 'page_closed', 'This help request is already finished.');
    }
    deps.store.events.append(hallId, now, actor, 'help:cancelled', { pageId });
  });
  pushPage(deps, hallId, pageId);
  return toKioskPage(deps, hall, pageOrThrow(deps, hallId, pageId));
}

function refusal(row: HelpPageRow, guideId: number): CommandError {
  if (row.status === 'cancelled') {
    return new CommandError(409, 'page_cancelled', 'The visitor cancelled this help request.');
  }
  if (row.status === 'resolved') {
    return new CommandError(409, 'page_closed', 'This help request is already finished.');
  }
  if (row.guide_id !== null && row.guide_id !== guideId) {
    return new CommandError(409, 'page_taken', 'Another helper has already accepted this request.');
  }
  if (row.guide_id === null) {
    return new CommandError(403, 'not_your_page', 'Accept this help request first.');
  }
  return new CommandError(409, 'wrong_step', 'This step does not fit the request’s state.');
}

export type GuideStep = 'accept' | 'arrive' | 'escort' | 'resolve';
export type GuideStepExtra = { departmentId?: number; note?: string | undefined };

/** One helper's step on a page; the store's conditional update is the referee of races. */
export function guideStep(
  deps: Deps,
  actor: Actor,
  hallId: number,
  guideId: number,
  pageId: number,
  step: GuideStep,
  extra: GuideStepExtra = {},
): HelpPage {
  const before = pageOrThrow(deps, hallId, pageId);
  if (step !== 'accept' && before.guide_id !== guideId && before.guide_id !== null) {
    throw new CommandError(403, 'not_your_page', 'Another helper took this request.');
  }
  if (step === 'escort') {
    const department = deps.store.places
      .departments(hallId)
      .find((d) => d.id === extra.departmentId);
    if (!department) throw new CommandError(404, 'unknown_department', 'No such department.');
  }
  const now = deps.clock.now().toISOString();
  deps.store.tx(() => {
    const { help } = deps.store;
    const done =
      step === 'accept'
        ? help.accept(hallId, pageId, guideId, now)
        : step === 'arrive'
          ? help.arrive(hallId, pageId, guideId, now)
          : step === 'escort'
            ? help.escort(hallId, pageId, guideId, extra.departmentId ?? 0, now)
            : help.resolve(hallId, pageId, guideId, extra.note?.trim() || null, now);
    if (!done) throw refusal(pageOrThrow(deps, hallId, pageId), guideId);
    const stepName = {
      accept: 'accepted',
      arrive: 'arrived',
      escort: 'escorting',
      resolve: 'resolved',
    }[step];
    deps.store.events.append(hallId, now, actor, `help:${stepName}`, {
      pageId,
      guideId,
      ...(step === 'escort' ? { departmentId: extra.departmentId } : {}),
    });
  });
  pushPage(deps, hallId, pageId);
  if (before.escalated_at !== null && step === 'accept') {
    deps.hub.publish<'counter'>(rooms.counters(hallId), [
      { op: 'set', key: 'helpAlerts', value: helpAlerts(deps, hallId) },
    ]);
  }
  return toHelpPage(deps, pageOrThrow(deps, hallId, pageId));
}

export function setDuty(
  deps: Deps,
  actor: Actor,
  hallId: number,
  accountId: number,
  onDuty: boolean,
): { onDuty: boolean } {
  const now = deps.clock.now().toISOString();
  deps.store.tx(() => {
    deps.store.help.setDuty(hallId, accountId, onDuty, now);
    deps.store.events.append(hallId, now, actor, onDuty ? 'guide:on-duty' : 'guide:break', {
      accountId,
    });
  });
  deps.hub.publish<'guides'>(rooms.guides(hallId), [
    { op: 'set', key: 'guides', value: guidesList(deps, hallId) },
  ]);
  return { onDuty };
}

export function bookEscort(
  deps: Deps,
  actor: Actor,
  hallId: number,
  input: BookEscortBody,
): EscortAppointment {
  hallOrThrow(deps, hallId);
  const now = deps.clock.now();
  const at = new Date(input.at);
  if (at.getTime() <= now.getTime()) {
    throw new CommandError(422, 'in_the_past', 'An escorted visit is booked for a later time.');
  }
  const id = deps.store.tx(() => {
    const appointmentId = deps.store.help.addAppointment(
      hallId,
      {
        at: at.toISOString(),
        entrance: input.entrance,
        need: input.need,
        contact: maskContact(input.contact),
      },
      actor,
      now.toISOString(),
    );
    deps.store.events.append(hallId, now.toISOString(), actor, 'help:escort-booked', {
      appointmentId,
      at: at.toISOString(),
    });
    return appointmentId;
  });
  pushAppointment(deps, hallId, id);
  const row = deps.store.help.appointment(hallId, id);
  if (!row) throw notFound('Appointment');
  return toAppointment(row);
}

/**
 * Staff call off an escorted visit (the visitor rang to cancel, or booked twice). Only a visit not
 * yet paged: once it is a page, the guide resolves that page instead.
 */
export function cancelEscort(
  deps: Deps,
  actor: Actor,
  hallId: number,
  id: number,
): EscortAppointment {
  hallOrThrow(deps, hallId);
  const now = deps.clock.now().toISOString();
  deps.store.tx(() => {
    const row = deps.store.help.appointment(hallId, id);
    if (!row) throw notFound('Appointment');
    if (row.status === 'cancelled') {
      throw new CommandError(409, 'already_cancelled', 'This escorted visit is already cancelled.');
    }
    if (row.status === 'paged') {
      throw new CommandError(
        409,
        'already_paged',
        'This escorted visit is already a page: resolve the page on the guide tablet.',
      );
    }
    if (!deps.store.help.cancelAppointment(hallId, id)) {
      throw new CommandError(409, 'appointment_moved', 'The visit changed meanwhile; try again.');
    }
    deps.store.events.append(hallId, now, actor, 'help:escort-cancelled', { appointmentId: id });
  });
  pushAppointment(deps, hallId, id);
  const row = deps.store.help.appointment(hallId, id);
  if (!row) throw notFound('Appointment');
  return toAppointment(row);
}

/**
 * What time alone changes, for every hall: open pages past the profile's limit escalate; booked
 * visits remind the guides twice the lead time ahead and become a page at the lead time, when
 * the helper should stand at the entrance. The server calls it every few seconds; tests call it
 * after moving their clock. Returns how many things changed.
 */
export function tickHelp(deps: Deps): number {
  const now = deps.clock.now();
  const iso = now.toISOString();
  let changed = 0;
  const rulesOf = new Map<number, ReturnType<typeof helpersOf>>();
  const rules = (hallId: number) => {
    let r = rulesOf.get(hallId);
    if (!r) {
      const hall = deps.store.halls.get(hallId);
      r = helpersOf(activeProfile(hall ?? { profileId: '' }));
      rulesOf.set(hallId, r);
    }
    return r;
  };
  // The earliest any hall escalates: the store query then checks each hall's own limit.
  for (const row of deps.store.help.dueForEscalation(iso)) {
    const limitMs = rules(row.hall_id).escalateAfterMin * 60_000;
    if (Date.parse(row.requested_at) + limitMs > now.getTime()) continue;
    const escalated = deps.store.tx(() => {
      if (!deps.store.help.escalate(row.hall_id, row.id, iso)) return false;
      deps.store.events.append(row.hall_id, iso, 'system', 'help:escalated', { pageId: row.id });
      return true;
    });
    if (escalated) {
      changed += 1;
      pushPage(deps, row.hall_id, row.id);
    }
  }
  const leadMs = (hallId: number) => escortLeadOf(rules(hallId)) * 60_000;
  for (const due of deps.store.help.appointmentsDue(
    'booked',
    new Date(now.getTime() + 60 * 60_000).toISOString(),
  )) {
    if (Date.parse(due.at) - 2 * leadMs(due.hall_id) > now.getTime()) continue;
    const moved = deps.store.tx(() => {
      if (!deps.store.help.moveAppointment(due.hall_id, due.id, 'booked', 'reminded')) return false;
      deps.store.events.append(due.hall_id, iso, 'system', 'help:escort-reminded', {
        appointmentId: due.id,
      });
      return true;
    });
    if (moved) {
      changed += 1;
      pushAppointment(deps, due.hall_id, due.id);
    }
  }
  for (const due of deps.store.help.appointmentsDue(
    'reminded',
    new Date(now.getTime() + 60 * 60_000).toISOString(),
  )) {
    if (Date.parse(due.at) - leadMs(due.hall_id) > now.getTime()) continue;
    const pageId = deps.store.tx(() => {
      const id = deps.store.help.insert(
        due.hall_id,
        { kioskId: null, appointmentId: due.id, kind: due.need },
        iso,
      );
      if (!deps.store.help.moveAppointment(due.hall_id, due.id, 'reminded', 'paged', id)) {
        throw new Error('appointment moved under the tick');
      }
      deps.store.events.append(due.hall_id, iso, 'system', 'help:requested', {
        pageId: id,
        appointmentId: due.id,
        kind: due.need,
      });
      return id;
    });
    changed += 1;
    pushAppointment(deps, due.hall_id, due.id);
    pushPage(deps, due.hall_id, pageId, true);
  }
  return changed;
}
