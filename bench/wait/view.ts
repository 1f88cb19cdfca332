// What the server knows during a simulated day, rebuilt from the day's observable events only.
import type { Scenario } from './scenario';
import type { DayLog, SimEvent } from './simulate';

export interface ViewTicket {
  id: number;
  service: number;
  priority: boolean;
  issuedAt: number;
  /** The task chosen at the kiosk, when the kiosk asks for it. */
  task?: string;
}

export interface ViewCounter {
  serves: number[];
  status: 'open' | 'away';
  /** Planned return of an away counter, or null when it left unannounced. */
  returnsAt: number | null;
  awaySince: number;
  busy: { service: number; since: number; ticketWaitMin: number; task?: string } | null;
  /** Announced away periods today (the lunch rota), known from opening. */
  planned: { from: number; to: number }[];
}

export interface ServiceToday {
  /** Waits (issue → call) of the tickets called so far, in call order. */
  waits: number[];
  served: number;
  servedMinSum: number;
  calls: number;
  noShows: number;
  /** Visitors who cancelled on the phone (대기 취소) before their call. */
  cancels: number;
  arrivals: number;
  arrivalTimes: number[];
  /** Completed calls: the wait at the call and whether the visitor had left. */
  outcomes: { waitMin: number; noShow: boolean }[];
}

/** What the kiosk asks a visitor besides the service. */
export interface ViewOptions {
  /**
   * The task within the service (등본, 인감, …), as Annae's kiosk asks it; false for a hall
   * whose kiosk issues by service alone (`--task-blind`).
   */
  tasks: boolean;
}

/**
 * The server's state at `now`: queues with classes, issue times and (when the kiosk asks) the
 * visitor's task, counters and their announced schedule, and today's observations. It never
 * sees patience, true service durations, who will not show up, or an unannounced absence
 * before it starts.
 */
export class ServerView {
  now: number;
  readonly tickets = new Map<number, ViewTicket>();
  readonly priority: number[][];
  readonly normal: number[][];
  readonly counters: ViewCounter[];
  readonly today: ServiceToday[];
  /** Unannounced absences that ended today: their lengths. */
  readonly absencesMin: number[] = [];
  private readonly priorityHead: number[];
  private readonly waitAtCall = new Map<number, number>();
  private readonly normalHead: number[];

  constructor(
    readonly scenario: Scenario,
    log: Pick<DayLog, 'periods'>,
    readonly options: ViewOptions = { tasks: true },
  ) {
    const n = scenario.services.length;
    const index = new Map(scenario.services.map((s, i) => [s.id, i]));
    this.now = scenario.open;
    this.priority = Array.from({ length: n }, () => []);
    this.normal = Array.from({ length: n }, () => []);
    this.priorityHead = new Array<number>(n).fill(0);
    this.normalHead = new Array<number>(n).fill(0);
    this.today = Array.from({ length: n }, () => ({
      waits: [],
      served: 0,
      servedMinSum: 0,
      calls: 0,
      noShows: 0,
      cancels: 0,
      arrivals: 0,
      arrivalTimes: [],
      outcomes: [],
    }));
    this.counters = scenario.counters.map((c, i) => ({
      serves: c.serves.map((id) => index.get(id)!),
      status: 'open',
      returnsAt: null,
      awaySince: 0,
      busy: null,
      planned: (log.periods[i] ?? [])
        .filter((p) => p.announced)
        .map((p) => ({ from: p.from, to: p.to })),
    }));
  }

  /** Waiting tickets of a service in call order (priority first, then by issue time). */
  waiting(service: number): ViewTicket[] {
    const out: ViewTicket[] = [];
    const p = this.priority[service]!;
    for (let i = this.priorityHead[service]!; i < p.length; i++) out.push(this.tickets.get(p[i]!)!);
    const q = this.normal[service]!;
    for (let i = this.normalHead[service]!; i < q.length; i++) out.push(this.tickets.get(q[i]!)!);
    return out;
  }

  waitingCount(service: number): number {
    return (
      this.priority[service]!.length -
      this.priorityHead[service]! +
      this.normal[service]!.length -
      this.normalHead[service]!
    );
  }

  /** Applies one event; `log` supplies the issued ticket's visible fields. */
  apply(event: SimEvent, log: Pick<DayLog, 'tickets'>): void {
    this.now = event.t;
    switch (event.kind) {
      case 'issue': {
        const sim = log.tickets[event.ticket]!;
        const ticket: ViewTicket = {
          id: sim.id,
          service: sim.service,
          priority: sim.priority,
          issuedAt: sim.issuedAt,
          ...(this.options.tasks
            ? { task: this.scenario.services[sim.service]!.tasks[sim.task]!.name }
            : {}),
        };
        this.tickets.set(ticket.id, ticket);
        (ticket.priority ? this.priority : this.normal)[ticket.service]!.push(ticket.id);
        const today = this.today[ticket.service]!;
        today.arrivals++;
        today.arrivalTimes.push(ticket.issuedAt);
        break;
      }
      case 'call': {
        const ticket = this.tickets.get(event.ticket)!;
        this.remove(ticket);
        const wait = event.t - ticket.issuedAt;
        const today = this.today[ticket.service]!;
        today.waits.push(wait);
        this.waitAtCall.set(ticket.id, wait);
        today.calls++;
        this.counters[event.counter]!.busy = {
          service: ticket.service,
          since: event.t,
          ticketWaitMin: wait,
          ...(ticket.task !== undefined ? { task: ticket.task } : {}),
        };
        break;
      }
      case 'done': {
        const ticket = this.tickets.get(event.ticket)!;
        const today = this.today[ticket.service]!;
        today.outcomes.push({ waitMin: this.waitAtCall.get(ticket.id)!, noShow: event.noShow });
        if (event.noShow) today.noShows++;
        else {
          today.served++;
          today.servedMinSum += event.durationMin;
        }
        this.counters[event.counter]!.busy = null;
        break;
      }
      case 'cancel': {
        // The line moves up at once, as on the server (server/commands/ticket-cancel.ts).
        const ticket = this.tickets.get(event.ticket)!;
        this.remove(ticket);
        this.today[ticket.service]!.cancels++;
        break;
      }
      case 'away': {
        const counter = this.counters[event.counter]!;
        counter.status = 'away';
        counter.awaySince = event.t;
        counter.returnsAt = event.announced ? event.until : null;
        break;
      }
      case 'back': {
        const counter = this.counters[event.counter]!;
        if (counter.returnsAt === null) this.absencesMin.push(event.t - counter.awaySince);
        counter.status = 'open';
        counter.returnsAt = null;
        break;
      }
    }
  }

  private remove(ticket: ViewTicket): void {
    const list = (ticket.priority ? this.priority : this.normal)[ticket.service]!;
    const heads = ticket.priority ? this.priorityHead : this.normalHead;
    const head = heads[ticket.service]!;
    if (list[head] === ticket.id) {
      heads[ticket.service] = head + 1;
      return;
    }
    const at = list.indexOf(ticket.id, head);
    if (at >= 0) list.splice(at, 1);
  }
}
