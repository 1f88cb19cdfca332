// Discrete-event simulation of one day in a 민원실: arrivals, calls, services, no-shows, away periods.
import {
  createRng,
  exponential,
  lognormal,
  pickWeighted,
  piecewisePoisson,
  volumeFactor,
} from './random';
import type { Scenario } from './scenario';

/** A ticket as the simulation knows it; `patienceMin`, `serviceMin` and `noShow` stay hidden from predictors. */
export interface SimTicket {
  id: number;
  service: number;
  priority: boolean;
  issuedAt: number;
  task: number;
  serviceMin: number;
  patienceMin: number;
  calledAt: number;
  counter: number;
  noShow: boolean;
  /** Cancels on the phone when patience runs out, instead of leaving silently. */
  cancels: boolean;
  /** When the visitor cancelled before being called, else NaN. */
  cancelledAt: number;
}

export type SimEvent =
  | { kind: 'issue'; t: number; ticket: number }
  | { kind: 'call'; t: number; ticket: number; counter: number }
  | {
      kind: 'done';
      t: number;
      ticket: number;
      counter: number;
      noShow: boolean;
      durationMin: number;
    }
  | { kind: 'cancel'; t: number; ticket: number }
  | { kind: 'away'; t: number; counter: number; until: number; announced: boolean }
  | { kind: 'back'; t: number; counter: number };

export interface Period {
  from: number;
  to: number;
  announced: boolean;
}

export interface DayLog {
  day: number;
  volumeFactor: number;
  tickets: SimTicket[];
  /** In time order; at equal times in the order they took effect. */
  events: SimEvent[];
  /** Per counter, the away periods that happen today (announced ones are known at opening). */
  periods: Period[][];
  /** When the last visitor was called and served (overtime after closing included). */
  endAt: number;
}

// Event kinds in the heap; at equal times a finished service or a return frees a counter
// before an arrival is queued, so a visitor arriving at that instant can be called at once.
const DONE = 0;
const BACK = 1;
const AWAY = 2;
const ARRIVAL = 3;
const CANCEL = 4;

interface HeapItem {
  t: number;
  kind: number;
  seq: number;
  ref: number;
  extra: number;
}

class EventHeap {
  private items: HeapItem[] = [];
  private seq = 0;

  get size(): number {
    return this.items.length;
  }

  push(t: number, kind: number, ref: number, extra = 0): void {
    const item = { t, kind, seq: this.seq++, ref, extra };
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(item, items[parent]!)) break;
      items[i] = items[parent]!;
      i = parent;
    }
    items[i] = item;
  }

  pop(): HeapItem {
    const items = this.items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= items.length) break;
        const r = l + 1;
        const child = r < items.length && before(items[r]!, items[l]!) ? r : l;
        if (!before(items[child]!, last)) break;
        items[i] = items[child]!;
        i = child;
      }
      items[i] = last;
    }
    return top;
  }
}

function before(a: HeapItem, b: HeapItem): boolean {
  if (a.t !== b.t) return a.t < b.t;
  if (a.kind !== b.kind) return a.kind < b.kind;
  return a.seq < b.seq;
}

/** Today's away periods of each counter, drawn by `dayShare`, overlapping ones merged. */
export function drawPeriods(scenario: Scenario, day: number): Period[][] {
  const rng = createRng(scenario.seed, day, 3);
  return scenario.counters.map((counter) => {
    const today = counter.away
      .filter((p) => rng() < p.dayShare || p.dayShare >= 1)
      .map((p) => ({ from: p.from, to: p.to, announced: p.announced }))
      .sort((a, b) => a.from - b.from);
    const merged: Period[] = [];
    for (const p of today) {
      const last = merged[merged.length - 1];
      if (last && p.from <= last.to) last.to = Math.max(last.to, p.to);
      else merged.push(p);
    }
    return merged;
  });
}

/** Draws a day's tickets (with their hidden durations and patience) and away periods, then plays it. */
export function simulateDay(scenario: Scenario, day: number): DayLog {
  const volume = volumeFactor(createRng(scenario.seed, day, 1), scenario.dailyVolumeCv);
  const tickets: SimTicket[] = [];
  scenario.services.forEach((spec, s) => {
    const rng = createRng(scenario.seed, day, 2, s);
    // Who leaves and who cancels: a stream of its own, so the other draws stay as they were.
    const leaving = createRng(scenario.seed, day, 4, s);
    const shares = spec.tasks.map((task) => task.share);
    for (const t of piecewisePoisson(
      rng,
      spec.arrivalsPerHour,
      scenario.open,
      scenario.close,
      volume,
    )) {
      const task = pickWeighted(rng, shares);
      const taskSpec = spec.tasks[task]!;
      const priority = rng() < spec.priorityShare;
      const serviceMin = lognormal(rng, taskSpec.medianMin, taskSpec.sigma);
      const patienceMin = exponential(rng, spec.patienceMeanMin);
      const leaves = spec.leaveShare >= 1 || leaving() < spec.leaveShare;
      const cancels = spec.cancelShare > 0 && leaving() < spec.cancelShare;
      tickets.push({
        id: 0,
        service: s,
        priority,
        issuedAt: t,
        task,
        serviceMin,
        patienceMin: leaves ? patienceMin : Infinity,
        calledAt: NaN,
        counter: -1,
        noShow: false,
        cancels,
        cancelledAt: NaN,
      });
    }
  });
  // Number tickets in issue order, as the kiosk does.
  const order = tickets
    .map((_, i) => i)
    .sort((a, b) => tickets[a]!.issuedAt - tickets[b]!.issuedAt);
  const sorted = order.map((i, id) => ({ ...tickets[i]!, id }));
  return playDay(scenario, day, volume, sorted, drawPeriods(scenario, day));
}

/**
 * Plays a day of given tickets (numbered 0… in issue order) and away periods. Fills in each
 * ticket's `calledAt`, `counter` and `noShow`.
 */
export function playDay(
  scenario: Scenario,
  day: number,
  volume: number,
  sorted: SimTicket[],
  periods: Period[][],
): DayLog {
  const heap = new EventHeap();
  for (const ticket of sorted) {
    heap.push(ticket.issuedAt, ARRIVAL, ticket.id);
    if (ticket.cancels && Number.isFinite(ticket.patienceMin)) {
      heap.push(ticket.issuedAt + ticket.patienceMin, CANCEL, ticket.id);
    }
  }
  periods.forEach((list, c) => list.forEach((p, j) => heap.push(p.from, AWAY, c, j)));

  const serviceCount = scenario.services.length;
  const serviceIndex = new Map(scenario.services.map((s, i) => [s.id, i]));
  const serves = scenario.counters.map((c) => c.serves.map((id) => serviceIndex.get(id)!));
  const priorityQueue: number[][] = Array.from({ length: serviceCount }, () => []);
  const normalQueue: number[][] = Array.from({ length: serviceCount }, () => []);
  const heads = {
    priority: new Array<number>(serviceCount).fill(0),
    normal: new Array<number>(serviceCount).fill(0),
  };
  const busy = new Array<boolean>(scenario.counters.length).fill(false);
  const away = new Array<boolean>(scenario.counters.length).fill(false);
  // An away period that began while the counter was busy: it leaves when the service ends.
  const pendingAway = new Array<number>(scenario.counters.length).fill(-1);
  const events: SimEvent[] = [];
  let endAt = scenario.close;

  const goAway = (c: number, j: number, t: number): void => {
    const p = periods[c]![j]!;
    if (t >= p.to) return;
    away[c] = true;
    events.push({ kind: 'away', t, counter: c, until: p.to, announced: p.announced });
    heap.push(p.to, BACK, c);
  };

  const dispatch = (t: number): void => {
    for (let c = 0; c < busy.length; c++) {
      if (busy[c] || away[c]) continue;
      for (const s of serves[c]!) {
        let ticketId = -1;
        if (heads.priority[s]! < priorityQueue[s]!.length) {
          ticketId = priorityQueue[s]![heads.priority[s]!++]!;
        } else if (heads.normal[s]! < normalQueue[s]!.length) {
          ticketId = normalQueue[s]![heads.normal[s]!++]!;
        }
        if (ticketId < 0) continue;
        const ticket = sorted[ticketId]!;
        const spec = scenario.services[s]!;
        ticket.calledAt = t;
        ticket.counter = c;
        ticket.noShow = ticket.patienceMin < t - ticket.issuedAt;
        const duration = ticket.noShow ? spec.noShowCostMin : ticket.serviceMin;
        events.push({ kind: 'call', t, ticket: ticketId, counter: c });
        busy[c] = true;
        heap.push(t + duration, DONE, c, ticketId);
        break;
      }
    }
  };

  while (heap.size > 0) {
    const ev = heap.pop();
    const t = ev.t;
    switch (ev.kind) {
      case ARRIVAL: {
        const ticket = sorted[ev.ref]!;
        (ticket.priority ? priorityQueue : normalQueue)[ticket.service]!.push(ticket.id);
        events.push({ kind: 'issue', t, ticket: ticket.id });
        break;
      }
      case DONE: {
        const ticket = sorted[ev.extra]!;
        busy[ev.ref] = false;
        events.push({
          kind: 'done',
          t,
          ticket: ticket.id,
          counter: ev.ref,
          noShow: ticket.noShow,
          durationMin: t - ticket.calledAt,
        });
        endAt = Math.max(endAt, t);
        if (pendingAway[ev.ref]! >= 0) {
          goAway(ev.ref, pendingAway[ev.ref]!, t);
          pendingAway[ev.ref] = -1;
        }
        break;
      }
      case CANCEL: {
        const ticket = sorted[ev.ref]!;
        // Called already (patience ran out at the very moment of the call): no cancel.
        if (!Number.isNaN(ticket.calledAt)) break;
        const queue = (ticket.priority ? priorityQueue : normalQueue)[ticket.service]!;
        const head = (ticket.priority ? heads.priority : heads.normal)[ticket.service]!;
        const at = queue.indexOf(ticket.id, head);
        if (at >= 0) queue.splice(at, 1);
        ticket.cancelledAt = t;
        events.push({ kind: 'cancel', t, ticket: ticket.id });
        break;
      }
      case AWAY:
        if (busy[ev.ref]) pendingAway[ev.ref] = ev.extra;
        else goAway(ev.ref, ev.extra, t);
        break;
      case BACK:
        away[ev.ref] = false;
        events.push({ kind: 'back', t, counter: ev.ref });
        break;
    }
    dispatch(t);
  }
  return { day, volumeFactor: volume, tickets: sorted, events, periods, endAt };
}
