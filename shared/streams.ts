/**
 * Live streams: what each screen shows, as one snapshot and then numbered deltas.
 * A stream lives in one socket.io room; `applyDelta` is the only way a screen changes its state.
 */
import type { Account, AccountAdminRow } from './schemas/accounts';
import type { InfoPage } from './schemas/admin';
import type { Device, DeviceSettings } from './schemas/devices';
import type { Counter, Department, Floor, HallInfo, Service, StaffMember } from './schemas/hall';
import type { EscortAppointment, HelpPage, KioskHelpPage } from './schemas/help';
import type { HelperRules } from './help';
import type { Call, ConsoleTicket, PublicTicket, ServiceQueue } from './schemas/queue';
import type { SeatPlan, StaffAdminRow } from './schemas/staff';
import type { StreamRefSchema } from './schemas/stream-ref';
import type { z } from 'zod';

/** A kiosk's place on the floor plans: its "현재 위치" and the start of its routes. */
export type KioskPlace = {
  id: number;
  floorId: number | null;
  x: number;
  y: number;
  facing: number;
};

export type KioskState = {
  hall: HallInfo;
  device: { id: number; name: string; settings: DeviceSettings };
  floors: Floor[];
  departments: Department[];
  services: Service[];
  queues: ServiceQueue[];
  staff: StaffMember[];
  /** Published information pages (C14): counselling timetable, complaint channels, amenities, notices. */
  info?: InfoPage[];
  /** Where each kiosk stands (admin 층과 지도), so a moved kiosk shows its new place at once. */
  kioskPlaces?: KioskPlace[];
  /** The hall's voice rule: 음성 안내 uses the browser's own Korean voice only where allowed. */
  voice?: BoardVoice;
  /**
   * Offices' empty desks and walkways, by department id (only offices whose plan marks any), so
   * the directory's seat chart shows the room as the door display does; absent from an older server.
   */
  seatPlans?: DepartmentSeatPlan[];
};

/** One office's seat plan in the kiosk's stream: `id` is the department's. */
export type DepartmentSeatPlan = { id: number; plan: SeatPlan };

/** How the hall's boards speak: its voice pack (id and the clips it has) and the browser voice rule. */
export type BoardVoice = {
  pack: { id: number; clips: string[] } | null;
  allowBrowserVoice: boolean;
};

export type BoardState = {
  hall: HallInfo;
  device: { id: number; name: string; settings: DeviceSettings } | null;
  calls: Call[];
  queues: ServiceQueue[];
  /** The profile's spoken call, e.g. "딩동. {number} 번 고객님, {counter} 번 창구로 오십시오." */
  voiceLine: string;
  voiceLineEn: string;
  /** Absent from an older server: no pack, the browser voice allowed. */
  voice?: BoardVoice;
  /** Published information pages (C14), cycled in a calm panel beside the queues. */
  info?: InfoPage[];
  /** The server's clock at the snapshot: after a resync the board speaks calls under a minute old. */
  now?: string;
};

export type TicketState = { ticket: PublicTicket };

export type SeatsState = {
  hall: HallInfo;
  device: { id: number; name: string; settings: DeviceSettings } | null;
  department: Department;
  floor: Floor | null;
  staff: StaffMember[];
  /** Empty desks and walkways the administrator drew; absent from an older server. */
  plan?: SeatPlan;
};

export type GuidesState = {
  hall: HallInfo;
  guides: { id: number; name: string; onDuty: boolean }[];
  /** Open pages and today's finished ones, newest first. */
  pages: HelpPage[];
  appointments: EscortAppointment[];
  rules: HelperRules;
  /** The server's clock at the snapshot: waiting times count from it, not the tablet's clock. */
  now: string;
  floors: Floor[];
  departments: Department[];
};

/** The calling kiosk's own request, in its own room. */
export type HelpState = { page: KioskHelpPage | null };

export type CounterConsoleState = {
  hall: HallInfo;
  account: Account;
  counters: Counter[];
  services: Service[];
  queues: ServiceQueue[];
  tickets: ConsoleTicket[];
  recallsBeforeNoShow: number;
  /** Call-bell pages no helper accepted in time (escalated), for the counters to answer. */
  helpAlerts?: HelpPage[];
};

export type AdminState = {
  hall: HallInfo;
  devices: Device[];
  /** Every staff member, retired ones too, for the staff section. */
  staff?: StaffAdminRow[];
  /** Every sign-in account of the hall. */
  accounts?: AccountAdminRow[];
};

export interface StreamStates {
  kiosk: KioskState;
  board: BoardState;
  seats: SeatsState;
  guides: GuidesState;
  help: HelpState;
  counter: CounterConsoleState;
  admin: AdminState;
  ticket: TicketState;
}
export type StreamKind = keyof StreamStates;
/** The subscription request of one stream kind. */
export type RefOf<K extends StreamKind> = Extract<StreamRef, { kind: K }>;

/**
 * What a client asks for; the server decides the room from it and the principal's hall. Derived
 * from the schema the server checks it with (a type-only import: no zod in the screens' bundles).
 */
export type StreamRef = z.infer<typeof StreamRefSchema>;

type ElementOf<T> = T extends readonly (infer I)[] ? I : never;
type ListKeys<S> = {
  [K in keyof S]: ElementOf<S[K]> extends { id: number | string } ? K : never;
}[keyof S];

/**
 * One change to a stream's state. `upsert` replaces items with the same id in place and appends
 * new ones, or (`front: true`, for newest-first lists) puts all of them at the top;
 * `keep` trims the list to that many items afterwards.
 */
export type DeltaOp<S> =
  | { [K in keyof S]: { op: 'set'; key: K; value: S[K] } }[keyof S]
  | {
      [K in ListKeys<S>]: {
        op: 'upsert';
        key: K;
        items: ElementOf<S[K]>[];
        front?: boolean;
        keep?: number;
      };
    }[ListKeys<S>]
  | {
      [K in ListKeys<S>]: {
        op: 'remove';
        key: K;
        ids: (ElementOf<S[K]> extends { id: infer I } ? I : never)[];
      };
    }[ListKeys<S>];

export type StreamSnapshot<K extends StreamKind = StreamKind> = {
  room: string;
  kind: K;
  seq: number;
  data: StreamStates[K];
};

export type StreamDelta = {
  room: string;
  seq: number;
  ops: DeltaOp<Record<string, unknown>>[];
};

type Identified = { id: number | string };

/** Applies ops to a state without mutating it. Pure, shared by every screen and by tests. */
export function applyDelta<S extends object>(state: S, ops: readonly DeltaOp<S>[]): S {
  const next = { ...state } as Record<string, unknown>;
  for (const op of ops) {
    const key = op.key as string;
    if (op.op === 'set') {
      next[key] = op.value;
      continue;
    }
    const list = (next[key] as Identified[] | undefined) ?? [];
    if (op.op === 'remove') {
      const gone = new Set<unknown>(op.ids as unknown[]);
      next[key] = list.filter((item) => !gone.has(item.id));
      continue;
    }
    const items = op.items as Identified[];
    const incoming = new Map(items.map((item) => [item.id, item]));
    let merged: Identified[];
    if (op.front) {
      // Newest-first lists: an item seen again (a recalled number) moves to the top.
      merged = [...items, ...list.filter((item) => !incoming.has(item.id))];
    } else {
      const known = new Set(list.map((item) => item.id));
      merged = [
        ...list.map((item) => incoming.get(item.id) ?? item),
        ...items.filter((item) => !known.has(item.id)),
      ];
    }
    if (op.keep !== undefined) merged = merged.slice(0, op.keep);
    next[key] = merged;
  }
  return next as S;
}
