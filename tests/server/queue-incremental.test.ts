/**
 * The line kept incrementally (the ticket store's sorted lists, each ticket's place found by
 * `placeInLine`, the consoles' list pushed as deltas) equals a full recomputation from the
 * database after any sequence of issues, calls, finishes, cancels and transfers, under strict
 * and ratio policies, with a counter shared by two services.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyDelta, type CounterConsoleState, type StreamDelta } from '../../shared/streams';
import { issueTicket, callNext, finishServing, transferTicket } from '../../server/commands/queue';
import { cancelTicketByCode } from '../../server/commands/ticket-cancel';
import { peopleAheadAll, placeInLine, callOrder } from '../../server/domain/queue';
import { servicePolicy } from '../../server/domain/service-rules';
import { activeProfile } from '../../shared/profiles/active';
import { rooms } from '../../server/realtime/rooms';
import type { TicketRow } from '../../server/store/tickets';
import { snapshotOf } from '../../server/views/snapshots';
import { queueView } from '../../server/views/queues';
import { createTestApp } from '../helpers/fixture';

let now = new Date('2026-11-23T01:30:00Z');
let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp({ now: () => now });
});
afterAll(() => t.close());

const day = () => now.toISOString().slice(0, 10);
const settle = () => new Promise((resolve) => setImmediate(resolve));

/** The day's open tickets as the database has them, in line order. */
const fromDb = () =>
  t.deps.store.db
    .prepare(
      `SELECT * FROM tickets WHERE hall_id = ? AND day = ? AND status IN ('waiting', 'called')
       ORDER BY queued_at, id`,
    )
    .all(t.hall.hallId, day()) as TicketRow[];

describe('placeInLine', () => {
  it('is the index in callOrder for every ticket, class count and ratio state', () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { maxLength: 40 }),
        fc.oneof(
          fc.constant({ kind: 'strict' } as const),
          fc.integer({ min: 1, max: 6 }).map((normal) => ({ kind: 'ratio', normal }) as const),
        ),
        fc.integer({ min: 0, max: 8 }),
        (classes, policy, since) => {
          const line = classes.map((priority, i) => ({
            id: i + 1,
            serviceId: 1,
            class: priority ? ('priority' as const) : ('normal' as const),
            queuedAt: `2026-11-23T01:${String(i).padStart(2, '0')}:00.000Z`,
          }));
          const order = callOrder(line, policy, since);
          const counts = {
            priority: line.filter((x) => x.class === 'priority').length,
            normal: line.filter((x) => x.class === 'normal').length,
          };
          const seen = { priority: 0, normal: 0 };
          for (const ticket of line) {
            const index = seen[ticket.class]++;
            expect(placeInLine(ticket.class, index, counts, policy, since)).toBe(
              order.indexOf(ticket),
            );
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('the incremental line', () => {
  it('equals a full recomputation after random issues, calls, finishes, cancels and transfers', async () => {
    const { general, tax } = t.hall.services;
    const [counter1, counter2] = t.hall.counters as [number, number];
    const policy = fc.oneof(
      fc.constant({ priorityPolicy: 'strict' as const, ratioNormal: null }),
      fc
        .integer({ min: 1, max: 4 })
        .map((n) => ({ priorityPolicy: 'ratio' as const, ratioNormal: n })),
    );
    // Issues outnumber the rest, so lines grow long enough for the ratio to interleave.
    const step = fc.oneof(
      {
        arbitrary: fc.record({
          kind: fc.constant('issue' as const),
          service: fc.constantFrom(general, tax),
          priority: fc.boolean(),
        }),
        weight: 5,
      },
      fc.record({
        kind: fc.constant('call' as const),
        counter: fc.constantFrom(counter1, counter2),
      }),
      fc.record({
        kind: fc.constant('done' as const),
        counter: fc.constantFrom(counter1, counter2),
      }),
      fc.record({ kind: fc.constant('cancel' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('transfer' as const), pick: fc.nat() }),
    );
    let key = 0;
    await fc.assert(
      fc.asyncProperty(
        policy,
        policy,
        fc.array(step, { minLength: 1, maxLength: 40 }),
        async (generalRules, taxRules, steps) => {
          // Each run is a new day: numbers, lines and ratio counts start again.
          now = new Date(now.getTime() + 86_400_000);
          now.setUTCHours(1, 0, 0, 0);
          const hallId = t.hall.hallId;
          t.deps.store.halls.setServiceRules(hallId, general, {
            ...generalRules,
            stopBeforeCloseMin: null,
          });
          t.deps.store.halls.setServiceRules(hallId, tax, {
            ...taxRules,
            stopBeforeCloseMin: null,
          });
          // The counter console's list, kept from its snapshot by the deltas pushed to it.
          const principal = {
            hallId,
            device: null,
            account: { id: t.hall.accounts.counter!, role: 'counter' as const, sessionId: 'test' },
          };
          await settle();
          let consoleState = snapshotOf(t.deps, principal, { kind: 'counter' })
            .data as CounterConsoleState;
          const publish = t.deps.hub.publish.bind(t.deps.hub);
          t.deps.hub.publish = ((room: string, ops: StreamDelta['ops']) => {
            if (room === rooms.counters(hallId))
              consoleState = applyDelta(consoleState, ops as never);
            publish(room, ops as never);
          }) as typeof t.deps.hub.publish;
          try {
            for (const s of steps) {
              now = new Date(now.getTime() + 20_000);
              const waiting = fromDb().filter((r) => r.status === 'waiting');
              const pick = (n: number) => waiting[n % Math.max(1, waiting.length)];
              try {
                if (s.kind === 'issue') {
                  issueTicket(t.deps, 'test', hallId, null, {
                    serviceId: s.service,
                    priority: s.priority,
                    idempotencyKey: `incremental-${++key}-key`,
                  });
                } else if (s.kind === 'call') callNext(t.deps, 'test', hallId, s.counter);
                else if (s.kind === 'done') finishServing(t.deps, 'test', hallId, s.counter);
                else if (s.kind === 'cancel') {
                  const row = pick(s.pick);
                  if (row) cancelTicketByCode(t.deps, row.code);
                } else {
                  const row = pick(s.pick);
                  if (row)
                    transferTicket(
                      t.deps,
                      'test',
                      hallId,
                      row.id,
                      row.service_id === general ? tax : general,
                    );
                }
              } catch (error) {
                // An empty line or nothing called: refused, and nothing changed.
                if (!(error instanceof Error) || !('status' in error)) throw error;
              }
              await settle();
              const rows = fromDb();
              // The store's lists are the database's, in the same order.
              expect(t.deps.store.tickets.open(hallId, day()).map((r) => r.id)).toEqual(
                rows.map((r) => r.id),
              );
              for (const serviceId of [general, tax]) {
                const line = t.deps.store.tickets.waitingLine(hallId, day(), serviceId);
                const ofClass = (c: string) =>
                  rows
                    .filter(
                      (r) => r.status === 'waiting' && r.service_id === serviceId && r.class === c,
                    )
                    .map((r) => r.id);
                expect(line.priority.map((r) => r.id)).toEqual(ofClass('priority'));
                expect(line.normal.map((r) => r.id)).toEqual(ofClass('normal'));
              }
              // Each ticket's place is its index in the full call order of its line.
              const profile = activeProfile(t.deps.store.halls.get(hallId)!);
              const rules = t.deps.store.halls.serviceRules(hallId);
              const full = peopleAheadAll(
                rows
                  .filter((r) => r.status === 'waiting')
                  .map((r) => ({
                    id: r.id,
                    serviceId: r.service_id,
                    class: r.class,
                    queuedAt: r.queued_at,
                  })),
                (id) => servicePolicy(profile.queue.callPolicy, rules.get(id)),
                (id) => t.deps.store.tickets.normalSincePriority(hallId, day(), id),
              );
              const view = queueView(t.deps, hallId);
              for (const row of rows) {
                expect(view.live(row.id)?.peopleAhead).toBe(full.get(row.id));
              }
              for (const queue of view.queues) {
                expect(queue.waiting).toBe(
                  rows.filter((r) => r.status === 'waiting' && r.service_id === queue.serviceId)
                    .length,
                );
              }
              // The console's list, snapshot plus deltas, is the one a new snapshot would give.
              const fresh = snapshotOf(t.deps, principal, { kind: 'counter' })
                .data as CounterConsoleState;
              expect(consoleState.tickets).toEqual(fresh.tickets);
            }
          } finally {
            t.deps.hub.publish = publish;
          }
        },
      ),
      { numRuns: 25 },
    );
  }, 240_000);
});
