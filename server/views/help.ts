/** What guides, counters and the calling kiosk see of call-bell pages. */
import { helpersOf } from '../../shared/help';
import { activeProfile } from '../../shared/profiles/active';
import type { EscortAppointment, HelpPage, KioskHelpPage } from '../../shared/schemas/help';
import type { HallInfo } from '../../shared/schemas/hall';
import type { GuidesState } from '../../shared/streams';
import type { Deps } from '../context';
import { atHallTime } from '../../shared/hall-time';
import type { AppointmentRow, HelpPageRow } from '../store/help';

/** How many pages the guide tablet lists: every open one and the most recent finished. */
export const RECENT_PAGES = 50;

export function toHelpPage(deps: Deps, row: HelpPageRow): HelpPage {
  const kiosk =
    row.kiosk_id === null ? undefined : deps.store.devices.get(row.hall_id, row.kiosk_id);
  const appointment =
    row.appointment_id === null
      ? undefined
      : deps.store.help.appointment(row.hall_id, row.appointment_id);
  const floorId = kiosk?.settings.floorId ?? null;
  const floor = floorId === null ? undefined : deps.store.places.floor(row.hall_id, floorId);
  const guide = row.guide_id === null ? undefined : deps.store.accounts.get(row.guide_id);
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    kioskId: row.kiosk_id,
    appointmentId: row.appointment_id,
    place: {
      name: kiosk?.name ?? appointment?.entrance ?? '',
      floorId,
      floorName: floor?.name ?? null,
      x: kiosk?.settings.x ?? 0,
      y: kiosk?.settings.y ?? 0,
    },
    guideId: row.guide_id,
    guideName: guide?.displayName ?? null,
    departmentId: row.department_id,
    note: row.note,
    requestedAt: row.requested_at,
    acceptedAt: row.accepted_at,
    arrivedAt: row.arrived_at,
    escortingAt: row.escorting_at,
    resolvedAt: row.resolved_at,
    cancelledAt: row.cancelled_at,
    escalatedAt: row.escalated_at,
  };
}

export function toKioskPage(deps: Deps, hall: HallInfo, row: HelpPageRow): KioskHelpPage {
  const guide = row.guide_id === null ? undefined : deps.store.accounts.get(row.guide_id);
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    guideName: guide?.displayName ?? null,
    etaMin: helpersOf(activeProfile(hall)).walkMin,
    requestedAt: row.requested_at,
    escalated: row.escalated_at !== null,
  };
}

export function toAppointment(row: AppointmentRow): EscortAppointment {
  return {
    id: row.id,
    at: row.at,
    entrance: row.entrance,
    need: row.need,
    contact: row.contact_masked,
    status: row.status,
    pageId: row.page_id,
  };
}

/** Open pages and today's (hall day) finished ones, newest first. */
export function recentPages(deps: Deps, hallId: number): HelpPageRow[] {
  const since = atHallTime(deps.clock.now(), '00:00').toISOString();
  return deps.store.help.recent(hallId, since, RECENT_PAGES);
}

export function guidesList(deps: Deps, hallId: number): GuidesState['guides'] {
  const onDuty = deps.store.help.onDuty(hallId);
  return deps.store.accounts.ofRole(hallId, 'guide').map((account) => ({
    id: account.id,
    name: account.displayName,
    onDuty: onDuty.has(account.id),
  }));
}

/** Escalated pages nobody has accepted yet: what the counter consoles must answer. */
export function helpAlerts(deps: Deps, hallId: number): HelpPage[] {
  return recentPages(deps, hallId)
    .filter((row) => row.status === 'open' && row.escalated_at !== null)
    .map((row) => toHelpPage(deps, row));
}

export function guidesView(deps: Deps, hall: HallInfo): GuidesState {
  const now = deps.clock.now();
  return {
    hall,
    guides: guidesList(deps, hall.id),
    pages: recentPages(deps, hall.id).map((row) => toHelpPage(deps, row)),
    appointments: deps.store.help
      .appointmentsFrom(hall.id, atHallTime(now, '00:00').toISOString())
      .map(toAppointment),
    rules: helpersOf(activeProfile(hall)),
    now: now.toISOString(),
    floors: deps.store.places.floors(hall.id),
    departments: deps.store.places.departments(hall.id),
  };
}
