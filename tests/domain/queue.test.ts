import { describe, expect, it } from 'vitest';
import { demoProfile } from '../../shared/profiles/demo';
import { hallDay, hallMinutes } from '../../server/domain/hall-time';
import {
  issueRefusal,
  peopleAhead,
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

  it('counts people ahead with priority tickets ahead of normal ones', () => {
    expect(peopleAhead(waiting, ticket(2, 1, 'normal', 2))).toBe(2);
    expect(peopleAhead(waiting, ticket(3, 1, 'priority', 3))).toBe(0);
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
