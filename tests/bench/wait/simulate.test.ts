import { describe, expect, it } from 'vitest';
import { simulateDay, type DayLog } from '../../../bench/wait/simulate';
import { ServerView } from '../../../bench/wait/view';
import { scenario, scenarioFile } from './fixtures';

function days(s: ReturnType<typeof scenario>, n: number): DayLog[] {
  return Array.from({ length: n }, (_, d) => simulateDay(s, d));
}

describe('wait simulator', () => {
  it('issues tickets at the hourly rates of the profile', () => {
    const s = scenario();
    const logs = days(s, 60);
    const rates = s.services[0]!.arrivalsPerHour;
    rates.forEach((rate, h) => {
      const count = logs.reduce(
        (sum, log) =>
          sum +
          log.tickets.filter(
            (t) => t.issuedAt >= s.open + 60 * h && t.issuedAt < s.open + 60 * (h + 1),
          ).length,
        0,
      );
      // Poisson: four standard errors of the mean over 60 days.
      expect(Math.abs(count / logs.length - rate)).toBeLessThan(4 * Math.sqrt(rate / logs.length));
    });
    const priority = logs.flatMap((l) => l.tickets).filter((t) => t.priority).length;
    const all = logs.reduce((a, l) => a + l.tickets.length, 0);
    expect(priority / all).toBeGreaterThan(0.07);
    expect(priority / all).toBeLessThan(0.13);
  });

  it('scales a day by its volume factor, which averages 1', () => {
    const s = scenario({ dailyVolumeCv: 0.3 });
    const factors = days(s, 200).map((l) => l.volumeFactor);
    const mean = factors.reduce((a, b) => a + b, 0) / factors.length;
    const sd = Math.sqrt(factors.reduce((a, b) => a + (b - mean) ** 2, 0) / factors.length);
    expect(mean).toBeGreaterThan(0.93);
    expect(mean).toBeLessThan(1.07);
    expect(sd).toBeGreaterThan(0.22);
    expect(sd).toBeLessThan(0.38);
  });

  it("obeys Little's law: time-average queue = arrival rate × mean wait", () => {
    const s = scenario();
    for (const log of days(s, 5)) {
      // Queue length from the event log alone; waits from the tickets.
      let length = 0;
      let area = 0;
      let last = s.open;
      for (const event of log.events) {
        area += length * (event.t - last);
        last = event.t;
        if (event.kind === 'issue') length++;
        if (event.kind === 'call') length--;
      }
      expect(length).toBe(0);
      const horizon = log.endAt - s.open;
      const lambda = log.tickets.length / horizon;
      const meanWait =
        log.tickets.reduce((a, t) => a + (t.calledAt - t.issuedAt), 0) / log.tickets.length;
      expect(area / horizon).toBeCloseTo(lambda * meanWait, 6);
      expect(meanWait).toBeGreaterThan(0);
    }
  });

  it('is deterministic by seed', () => {
    const s = scenario();
    expect(simulateDay(s, 3)).toEqual(simulateDay(s, 3));
    expect(simulateDay(scenario({ seed: 8 }), 3).tickets).not.toEqual(simulateDay(s, 3).tickets);
    expect(simulateDay(s, 4).tickets).not.toEqual(simulateDay(s, 3).tickets);
  });

  it('serves no one from a closed pool', () => {
    const file = scenarioFile();
    file.services.push({ ...file.services[0]!, id: 'P' });
    // P's only counter is away all day; it comes back at closing to clear the queue.
    file.counters.push({
      id: 'P1',
      serves: ['P'],
      away: [{ from: '09:00', to: '12:00', announced: true }],
    });
    const log = simulateDay(scenario(file), 1);
    const p = log.tickets.filter((t) => t.service === 1);
    expect(p.length).toBeGreaterThan(20);
    for (const t of p) expect(t.calledAt).toBeGreaterThanOrEqual(720);

    // A pool with no counter at all is never served.
    const orphan = scenarioFile();
    orphan.services.push({ ...orphan.services[0]!, id: 'P' });
    const orphanLog = simulateDay(scenario(orphan), 1);
    const never = orphanLog.tickets.filter((t) => t.service === 1);
    expect(never.length).toBeGreaterThan(20);
    for (const t of never) expect(Number.isNaN(t.calledAt)).toBe(true);
  });

  it('calls priority first within a queue, never pre-empting, and charges no-shows their cost', () => {
    for (const log of days(scenario(), 5)) {
      const calls = log.tickets.filter((t) => !Number.isNaN(t.calledAt));
      for (const t of calls) {
        if (t.priority) continue;
        // No priority ticket that was already waiting when t was called is called after t.
        const overtaken = calls.some(
          (p) => p.priority && p.issuedAt < t.calledAt && p.calledAt > t.calledAt,
        );
        expect(overtaken).toBe(false);
      }
      for (const e of log.events) {
        if (e.kind === 'done' && e.noShow) expect(e.durationMin).toBeCloseTo(0.5, 9);
        if (e.kind === 'done' && !e.noShow) {
          expect(e.durationMin).toBeCloseTo(log.tickets[e.ticket]!.serviceMin, 9);
        }
      }
      expect(log.tickets.some((t) => t.noShow)).toBe(true);
    }
  });

  it('keeps counters away during their periods and honours shared counters’ preference', () => {
    const file = scenarioFile();
    file.services.push({ ...file.services[0]!, id: 'P', arrivalsPerHour: [10, 10, 10] });
    file.counters = [
      { id: 'G1', serves: ['G'] },
      { id: 'X', serves: ['P', 'G'], away: [{ from: '10:00', to: '10:30', announced: true }] },
    ];
    for (const log of days(scenario(file), 5)) {
      for (const e of log.events) {
        if (e.kind !== 'call' || e.counter !== 1) continue;
        // X starts no call while away…
        expect(e.t < 600 || e.t >= 630).toBe(true);
        // …and calls from G only when no P ticket is waiting.
        if (log.tickets[e.ticket]!.service === 0) {
          const pWaiting = log.tickets.some(
            (t) => t.service === 1 && t.issuedAt <= e.t && t.calledAt > e.t,
          );
          expect(pWaiting).toBe(false);
        }
      }
    }
  });

  it('shows the server the task the kiosk asked, unless the hall does not ask', () => {
    const s = scenario(scenarioFile());
    const log = simulateDay(s, 1);
    const asked = new ServerView(s, log);
    const blind = new ServerView(s, log, { tasks: false });
    const issue = log.events.find((e) => e.kind === 'issue')!;
    asked.apply(issue, log);
    blind.apply(issue, log);
    const sim = log.tickets[issue.ticket]!;
    const [seen] = asked.waiting(sim.service);
    expect(seen!.task).toBe(s.services[sim.service]!.tasks[sim.task]!.name);
    expect(blind.waiting(sim.service)[0]!.task).toBeUndefined();
  });

  it('shows the server an unannounced absence only once it starts, with no return time', () => {
    const file = scenarioFile();
    file.counters[0]!.away = [{ from: '09:30', to: '10:15', announced: false }];
    const s = scenario(file);
    const log = simulateDay(s, 2);
    const view = new ServerView(s, log);
    expect(view.counters[0]!.planned).toEqual([]);
    expect(view.counters[1]!.planned).toEqual([{ from: 600, to: 630 }]);
    let sawAway = false;
    for (const e of log.events) {
      view.apply(e, log);
      if (e.kind === 'away' && e.counter === 0) {
        sawAway = true;
        expect(view.counters[0]!.status).toBe('away');
        expect(view.counters[0]!.returnsAt).toBeNull();
      }
      if (e.kind === 'away' && e.counter === 1) expect(view.counters[1]!.returnsAt).toBe(630);
    }
    expect(sawAway).toBe(true);
    expect(view.absencesMin).toHaveLength(1);
  });

  it('lets visitors who cancel leave the line, uncalled, and leaves others as they were', () => {
    const base = scenario();
    const withCancels = (cancelShare: number, leaveShare = 1) =>
      scenario({
        services: scenarioFile().services.map((svc) => ({
          ...svc,
          patienceMeanMin: 10,
          cancelShare,
          leaveShare,
        })),
      });
    const plain = simulateDay(
      scenario({
        services: scenarioFile().services.map((svc) => ({ ...svc, patienceMeanMin: 10 })),
      }),
      0,
    );
    // Default fields: the same day as a scenario that does not state them.
    expect(simulateDay(withCancels(0), 0).events).toEqual(plain.events);
    const all = simulateDay(withCancels(1), 0);
    const cancelled = all.tickets.filter((t) => !Number.isNaN(t.cancelledAt));
    expect(cancelled.length).toBeGreaterThan(5);
    expect(all.tickets.some((t) => t.noShow)).toBe(false);
    for (const t of cancelled) {
      expect(Number.isNaN(t.calledAt)).toBe(true);
      expect(t.cancelledAt).toBeCloseTo(t.issuedAt + t.patienceMin, 9);
    }
    // The server's view drops a cancelled ticket from the line at once.
    const view = new ServerView(withCancels(1), all);
    const first = all.events.findIndex((e) => e.kind === 'cancel');
    all.events.slice(0, first + 1).forEach((e) => view.apply(e, all));
    const gone = all.events[first]!;
    expect(gone.kind === 'cancel' && view.waiting(0).some((t) => t.id === gone.ticket)).toBe(false);
    expect(view.today[0]!.cancels).toBe(1);
    // Nobody leaves when no one's patience runs out.
    const stay = simulateDay(withCancels(1, 0), 0);
    expect(stay.tickets.every((t) => !t.noShow && Number.isNaN(t.cancelledAt))).toBe(true);
    expect(base.services[0]!.cancelShare).toBe(0);
  });
});
