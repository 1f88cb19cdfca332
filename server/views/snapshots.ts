/** What each stream's snapshot holds, read from the store for one hall. */
import { CommandError, forbidden, notFound } from '../../shared/errors';
import type { Principal } from '../../shared/events';
import type { StreamRef, StreamStates } from '../../shared/streams';
import { allows, streamPolicy } from '../auth/policy';
import { toPublicDevice } from '../commands/devices';
import type { Deps } from '../context';
import { rooms } from '../realtime/rooms';
import { activeProfile } from '../../shared/profiles/active';
import { toConsoleTicket } from '../store/tickets';
import { lastCalls, publicTicket, sharedQueueView } from './queues';
import { guidesView, helpAlerts, toKioskPage } from './help';
import { kioskPlaces } from '../commands/floors';
import { boardVoice } from '../commands/voice-packs';

type Snapshot = {
  [K in keyof StreamStates]: { kind: K; room: string; data: StreamStates[K] };
}[keyof StreamStates];

function deviceView(deps: Deps, principal: Principal) {
  if (!principal.device || principal.hallId === null) return null;
  const device = deps.store.devices.get(principal.hallId, principal.device.id);
  return device ? { id: device.id, name: device.name, settings: device.settings } : null;
}

export function snapshotOf(deps: Deps, principal: Principal, ref: StreamRef): Snapshot {
  if (ref.kind === 'ticket') {
    const row = deps.store.tickets.byCode(ref.code);
    if (!row) throw new CommandError(404, 'unknown_ticket', 'No ticket has this code.');
    return {
      kind: 'ticket',
      room: rooms.ticket(row.code),
      data: { ticket: publicTicket(row, sharedQueueView(deps, row.hall_id)) },
    };
  }
  if (!allows(streamPolicy[ref.kind], principal)) {
    throw principal.hallId === null
      ? new CommandError(401, 'unauthorized', 'Pair this screen or sign in first.')
      : forbidden();
  }
  const hallId = principal.hallId;
  if (hallId === null) throw forbidden();
  const hall = deps.store.halls.get(hallId);
  if (!hall) throw notFound('Hall');
  const { store } = deps;
  const view = sharedQueueView(deps, hallId);
  const profile = activeProfile(hall);

  switch (ref.kind) {
    case 'kiosk': {
      const device = deviceView(deps, principal);
      if (!device) throw forbidden();
      return {
        kind: 'kiosk',
        room: rooms.kiosks(hallId),
        data: {
          hall,
          device,
          floors: store.places.floors(hallId),
          departments: store.places.departments(hallId),
          services: store.services.list(hallId),
          queues: view.queues,
          staff: store.staff.list(hallId),
          info: store.admin.infoPages(hallId).filter((p) => p.published),
          kioskPlaces: kioskPlaces(deps, hallId),
          voice: boardVoice(deps, hallId),
          seatPlans: store.seatPlans.ofHall(hallId),
        },
      };
    }
    case 'board':
      return {
        kind: 'board',
        room: rooms.board(hallId),
        data: {
          hall,
          device: deviceView(deps, principal),
          calls: lastCalls(deps, hallId, view.day),
          queues: view.queues,
          voiceLine: profile.queue.voiceLine,
          voiceLineEn: profile.queue.voiceLineEn,
          voice: boardVoice(deps, hallId),
          info: store.admin.infoPages(hallId).filter((p) => p.published),
          now: deps.clock.now().toISOString(),
        },
      };
    case 'seats': {
      const department = store.places.departmentBySlug(hallId, ref.department);
      if (!department) throw notFound(`Department "${ref.department}"`);
      return {
        kind: 'seats',
        room: rooms.department(hallId, department.id),
        data: {
          hall,
          device: deviceView(deps, principal),
          department,
          floor:
            department.floorId === null
              ? null
              : (store.places.floor(hallId, department.floorId) ?? null),
          staff: store.staff.ofDepartment(hallId, department.id),
          plan: store.seatPlans.get(hallId, department.id),
        },
      };
    }
    case 'guides':
      return { kind: 'guides', room: rooms.guides(hallId), data: guidesView(deps, hall) };
    case 'help': {
      const device = deviceView(deps, principal);
      if (!device) throw forbidden();
      const row = store.help.openOfKiosk(hallId, device.id);
      return {
        kind: 'help',
        room: rooms.kiosk(device.id),
        data: { page: row ? toKioskPage(deps, hall, row) : null },
      };
    }
    case 'counter': {
      const account = principal.account && store.accounts.get(principal.account.id);
      if (!account) throw forbidden();
      return {
        kind: 'counter',
        room: rooms.counters(hallId),
        data: {
          hall,
          account,
          counters: store.services.counters(hallId),
          services: store.services.list(hallId),
          queues: view.queues,
          tickets: view.open.map(toConsoleTicket),
          recallsBeforeNoShow: profile.queue.recallsBeforeNoShow,
          helpAlerts: helpAlerts(deps, hallId),
        },
      };
    }
    case 'admin':
      return {
        kind: 'admin',
        room: rooms.admin(hallId),
        data: {
          hall,
          devices: store.devices.list(hallId).map((d) => toPublicDevice(deps, d)),
          staff: store.staff.adminList(hallId),
          accounts: store.accounts.adminList(hallId),
        },
      };
  }
}
