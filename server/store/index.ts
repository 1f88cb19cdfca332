/** Every store module over one database: the only place SQL lives. */
import { createAccountStore } from './accounts';
import { createAdminStore } from './admin';
import { createCallbackStore } from './callbacks';
import { createCharterReportStore } from './charter-report';
import { createCompensationStore } from './compensation';
import type { Db } from './db';
import { createDemoHistoryStore } from './demo-history';
import { createDeviceStore } from './devices';
import { createEventStore } from './events';
import { createFeedbackStore } from './feedback';
import { createHallStore } from './halls';
import { createHelpStore } from './help';
import { createPetitionStore } from './petitions';
import { createPlaceStore } from './places';
import { createPresenceScheduleStore } from './presence-schedule';
import { createSeatPlanStore } from './seat-plans';
import { createServiceStore } from './services';
import { createStaffStore } from './staff';
import { createTicketStore } from './tickets';
import { createVoicePackStore } from './voice-packs';

export function createStore(db: Db) {
  const tickets = createTicketStore(db);
  return {
    db,
    halls: createHallStore(db),
    places: createPlaceStore(db),
    staff: createStaffStore(db),
    seatPlans: createSeatPlanStore(db),
    presenceSchedules: createPresenceScheduleStore(db),
    services: createServiceStore(db),
    devices: createDeviceStore(db),
    tickets,
    accounts: createAccountStore(db),
    events: createEventStore(db),
    help: createHelpStore(db),
    callbacks: createCallbackStore(db),
    feedback: createFeedbackStore(db),
    charterReport: createCharterReportStore(db),
    admin: createAdminStore(db),
    demoHistory: createDemoHistoryStore(db),
    petitions: createPetitionStore(db),
    compensation: createCompensationStore(db),
    voicePacks: createVoicePackStore(db),
    /** Runs `fn` in one transaction; `fn` must be synchronous (never await inside). */
    tx<T>(fn: () => T): T {
      try {
        return db.transaction(fn)();
      } catch (err) {
        // What the transaction wrote is undone; so must be what the caches learnt from it.
        tickets.forgetOpen();
        throw err;
      }
    },
  };
}
export type Store = ReturnType<typeof createStore>;
