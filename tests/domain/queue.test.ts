import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoProfile } from '../../shared/profiles/demo';
import { hallDay, hallMinutes } from '../../shared/hall-time';
import {
  issueRefusal,
  callOrder,
  peopleAheadAll,
  pickNext,
  ticketNumber,
  type WaitingTicket,
} from '../../server/domain/queue';

const ticket = (
  id: number,
  serviceId: number,
  cls: 'normal' | 'priority',
  minute: number,
): WaitingTicket => ({
  id,
  serviceId,
  class: cls,
  queuedAt: `2026-11-23T01:${String(minute).padStart(2, '0')}:00.000Z`,
});

describe('ticket numbers and days', () => {
  it('formats {code}{seq:03d}', () => {
    expect(ticketNumber(1, 23)).toBe('1023');
    expect(ticketNumber(9, 1)).toBe('9001');
    expect(ticketNumber(4, 1234)).toBe('41234');
  });

  it('restarts the day at midnight in Korea, not UTC', () => {
    expect(hallDay(new Date('2026-11-23T14:59:00Z'))).toBe('2026-11-23');
    expect(hallDay(new Date('2026-11-23T15:00:00Z'))).toBe('2026-11-24');
    expect(hallMinutes(new Date('2026-11-23T01:30:00Z'))).toBe(10 * 60 + 30);
  });
});

describe('who is called next', () => {
  const waiting = [
    ticket(1, 1, 'normal', 1),
    ticket(2, 1, 'normal', 2),
    ticket(3, 1, 'priority', 3),
    ticket(4, 2, 'normal', 0),
  ];

  it('strict: every priority ticket first', () => {
    expect(pickNext(waiting, [1], { kind: 'strict' }, () => 0)?.id).toBe(3);
  });

  it('ratio: one priority after N normal ones', () => {
    const policy = { kind: 'ratio', normal: 3 } as const;
    expect(pickNext(waiting, [1], policy, () => 0)?.id).toBe(1);
    expect(pickNext(waiting, [1], policy, () => 2)?.id).toBe(1);
    expect(pickNext(waiting, [1], policy, () => 3)?.id).toBe(3);
  });

  it('takes the other class when one line is empty', () => {
    expect(
      pickNext([ticket(5, 1, 'priority', 5)], [1], { kind: 'ratio', normal: 3 }, () => 0)?.id,
    ).toBe(5);
  });

  it('tries the counter’s services in its order of preference', () => {
    expect(pickNext(waiting, [2, 1], { kind: 'strict' }, () => 0)?.id).toBe(4);
    expect(pickNext(waiting, [3, 1], { kind: 'strict' }, () => 0)?.id).toBe(3);
    expect(pickNext(waiting, [3], { kind: 'strict' }, () => 0)).toBeNull();
  });

  it('keeps a transferred ticket’s place by its original issue time', () => {
    const line = [
      ticket(10, 2, 'normal', 10),
      ticket(11, 2, 'normal', 20),
      ticket(1, 2, 'normal', 5),
    ];
    expect(pickNext(line, [2], { kind: 'strict' }, () => 0)?.id).toBe(1);
  });

  it('counts people ahead under strict order: priority tickets ahead of normal ones', () => {
    const ahead = peopleAheadAll(
      waiting,
      () => ({ kind: 'strict' }),
      () => 0,
    );
    expect(ahead.get(2)).toBe(2);
    expect(ahead.get(3)).toBe(0);
    expect(ahead.get(4)).toBe(0);
  });

  it('counts people ahead under a ratio: the priority ticket waits its turn', () => {
    // One priority after 3 normal ones, 1 normal called since the last priority: two more
    // normals go first, then the priority ticket, then the last normal.
    const line = [
      ticket(1, 1, 'normal', 1),
      ticket(2, 1, 'normal', 2),
      ticket(3, 1, 'normal', 3),
      ticket(4, 1, 'priority', 4),
    ];
    const ahead = peopleAheadAll(
      line,
      () => ({ kind: 'ratio', normal: 3 }),
      () => 1,
    );
    expect([1, 2, 3, 4].map((id) => ahead.get(id))).toEqual([0, 1, 3, 2]);
  });

  it('people ahead equal the place in the order that calling next over and over produces', () => {
    const arbitraryLine = fc
      .array(
        fc.record({
          serviceId: fc.integer({ min: 1, max: 2 }),
          priority: fc.boolean(),
          minute: fc.integer({ min: 0, max: 59 }),
        }),
        { maxLength: 30 },
      )
      .map((rows) =>
        rows.map((r, i) =>
          ticket(i + 1, r.serviceId, r.priority ? 'priority' : 'normal', r.minute),
        ),
      );
    const arbitraryPolicy = fc.oneof(
      fc.constant({ kind: 'strict' } as const),
      fc.integer({ min: 1, max: 5 }).map((normal) => ({ kind: 'ratio', normal }) as const),
    );
    fc.assert(
      fc.property(
        arbitraryLine,
        arbitraryPolicy,
        arbitraryPolicy,
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 6 }),
        (line, policy1, policy2, since1, since2) => {
          const policyOf = (id: number) => (id === 1 ? policy1 : policy2);
          const ahead = peopleAheadAll(line, policyOf, (id) => (id === 1 ? since1 : since2));
          // Each line's counter calls next until nobody waits, keeping the ratio count as the
          // store does: +1 for a normal call, 0 after a priority one.
          for (const serviceId of [1, 2]) {
            let left = [...line];
            let since = serviceId === 1 ? since1 : since2;
            let place = 0;
            for (;;) {
              const next = pickNext(left, [serviceId], policyOf(serviceId), () => since);
              if (!next) break;
              expect(ahead.get(next.id)).toBe(place++);
              since = next.class === 'priority' ? 0 : since + 1;
              left = left.filter((t) => t.id !== next.id);
            }
          }
          expect(ahead.size).toBe(line.length);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('orders a line by callOrder exactly as pickNext picks', () => {
    const line = [ticket(1, 1, 'priority', 1), ticket(2, 1, 'normal', 0)];
    expect(callOrder(line, { kind: 'ratio', normal: 2 }, 0).map((t) => t.id)).toEqual([2, 1]);
    expect(callOrder(line, { kind: 'strict' }, 0).map((t) => t.id)).toEqual([1, 2]);
  });
});

describe('when the kiosk may issue', () => {
  const base = {
    serviceOpen: true,
    hours: { open: '09:00', close: '18:00' },
    lunch: { from: '12:00', to: '13:00' },
    queue: demoProfile.queue,
    issuedToday: 0,
    dailyCap: null,
  };
  it('issues in opening hours, and through lunch when the profile rotates', () => {
    expect(issueRefusal({ ...base, minutes: 10 * 60 })).toBeNull();
    expect(issueRefusal({ ...base, minutes: 12 * 60 + 30 })).toBeNull();
  });
  it('refuses before opening, near closing, at a lunch closure and past the cap, saying when it opens', () => {
    expect(issueRefusal({ ...base, minutes: 8 * 60 })).toEqual({
      reason: 'before_hours',
      opensAt: '09:00',
    });
    expect(issueRefusal({ ...base, minutes: 17 * 60 + 55 })).toMatchObject({
      reason: 'after_hours',
    });
    expect(
      issueRefusal({
        ...base,
        minutes: 12 * 60 + 30,
        queue: { ...demoProfile.queue, closedAtLunch: true },
      }),
    ).toEqual({
      reason: 'lunch',
      opensAt: '13:00',
    });
    expect(issueRefusal({ ...base, minutes: 600, dailyCap: 5, issuedToday: 5 })).toMatchObject({
      reason: 'daily_cap',
    });
    expect(issueRefusal({ ...base, minutes: 600, serviceOpen: false })).toMatchObject({
      reason: 'service_closed',
    });
  });
});
