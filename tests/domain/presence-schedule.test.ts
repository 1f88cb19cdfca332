import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tickPresence } from '../../server/commands/presence-schedule';
import {
  awayPeriods,
  countersAtLunch,
  lunchPeriods,
  periodAt,
} from '../../server/domain/presence-schedule';
import { createTestApp, json, signInCookie } from '../helpers/fixture';

const KST = (hhmm: string, day = '2026-11-23') => new Date(`${day}T${hhmm}:00+09:00`);
const rules = {
  lunchShifts: [
    { from: '11:30', to: '12:30' },
    { from: '12:30', to: '13:30' },
  ],
  holidays: ['2026-12-25'],
};
const seated = (id: number, departmentId: number, col: number) => ({
  id,
  departmentId,
  seat: { row: 1, col },
});

describe('lunch rotation (pure)', () => {
  const staff = [seated(1, 1, 1), seated(2, 1, 2), seated(3, 1, 3), seated(4, 2, 1)];

  it('sends half of each department in each shift, in seat order', () => {
    const periods = lunchPeriods(rules, '2026-11-23', staff);
    const shiftOf = (id: number) => periods.find((p) => p.staffId === id)?.from.toISOString();
    expect(shiftOf(1)).toBe(KST('11:30').toISOString());
    expect(shiftOf(2)).toBe(KST('12:30').toISOString());
    expect(shiftOf(3)).toBe(KST('11:30').toISOString());
    expect(shiftOf(4)).toBe(KST('11:30').toISOString()); // another department starts its own count
    expect(periodAt(periods, 2, KST('12:00'))).toBeNull();
    expect(periodAt(periods, 2, KST('13:00'))?.to.toISOString()).toBe(KST('13:30').toISOString());
  });

  it('has no lunch on a holiday or without shifts', () => {
    expect(lunchPeriods(rules, '2026-12-25', staff)).toEqual([]);
    expect(lunchPeriods({ ...rules, lunchShifts: [] }, '2026-11-23', staff)).toEqual([]);
  });

  it('a scheduled period wins over lunch', () => {
    const periods = awayPeriods(rules, '2026-11-23', staff, [
      {
        id: 9,
        staffId: 1,
        presence: 'training',
        note: '',
        startsAt: KST('11:00').toISOString(),
        endsAt: KST('16:00').toISOString(),
      },
    ]);
    expect(periodAt(periods, 1, KST('12:00'))?.presence).toBe('training');
  });

  it('the estimator sees the same rotation for the counters', () => {
    const counters = [
      { id: 10, number: 1, departmentId: 1 },
      { id: 11, number: 2, departmentId: 1 },
    ];
    expect([...countersAtLunch(rules, counters, KST('12:00'))]).toEqual([[10, 12 * 60 + 30]]);
    expect([...countersAtLunch(rules, counters, KST('13:00'))]).toEqual([[11, 13 * 60 + 30]]);
    expect(countersAtLunch(rules, counters, KST('14:00')).size).toBe(0);
  });
});

describe('scheduled presence (fake clock)', () => {
  let now = KST('10:00');
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: string;
  beforeEach(async () => {
    now = KST('10:00');
    t = await createTestApp({ now: () => now });
    admin = await signInCookie(t.app, 'admin');
  });
  afterEach(() => t.close());

  const presenceOf = (id: number) => t.deps.store.staff.get(t.hall.hallId, id);

  it('교육 14:00–16:00 takes effect at 14:00 and reverts at 16:00', async () => {
    const staffId = t.hall.staff[0]!;
    const res = await t.app.request(
      '/api/hall/presence-schedules',
      json(
        {
          staffId,
          presence: 'training',
          note: '정보보안 교육',
          startsAt: KST('14:00').toISOString(),
          endsAt: KST('16:00').toISOString(),
        },
        { cookie: admin },
      ),
    );
    expect(res.status).toBe(201);
    expect(presenceOf(staffId)?.presence).toBe('in');
    now = KST('13:59');
    tickPresence(t.deps);
    expect(presenceOf(staffId)?.presence).toBe('in');
    now = KST('14:00');
    tickPresence(t.deps);
    expect(presenceOf(staffId)).toMatchObject({
      presence: 'training',
      presenceNote: '정보보안 교육',
      returnAt: '16:00',
    });
    now = KST('15:00');
    expect(tickPresence(t.deps)).toBe(0);
    now = KST('16:00');
    tickPresence(t.deps);
    expect(presenceOf(staffId)).toMatchObject({ presence: 'in', returnAt: null });
  });

  it('a presence set by hand during the period stands when the period ends', async () => {
    const staffId = t.hall.staff[0]!;
    await t.app.request(
      '/api/hall/presence-schedules',
      json(
        {
          staffId,
          presence: 'meeting',
          startsAt: KST('09:00').toISOString(),
          endsAt: KST('11:00').toISOString(),
        },
        { cookie: admin },
      ),
    );
    expect(presenceOf(staffId)?.presence).toBe('meeting'); // already begun: at once
    await t.app.request(
      `/api/staff/${staffId}/presence`,
      json({ presence: 'field' }, { cookie: admin }),
    );
    now = KST('11:00');
    tickPresence(t.deps);
    expect(presenceOf(staffId)?.presence).toBe('field');
  });

  it('the lunch rotation sets 점심 with the return time and puts presence back', async () => {
    const settings = await t.app.request('/api/hall/settings', { headers: { cookie: admin } });
    const { hall } = (await settings.json()) as { hall: Record<string, unknown> };
    const { id: _id, demo: _demo, ...rest } = hall;
    const put = await t.app.request('/api/hall/settings', {
      method: 'PUT',
      headers: { cookie: admin, 'content-type': 'application/json' },
      body: JSON.stringify({ ...rest, lunchShifts: rules.lunchShifts }),
    });
    expect(put.status).toBe(200);
    now = KST('11:45');
    tickPresence(t.deps);
    const atLunch = t.hall.staff.map((id) => presenceOf(id)).filter((m) => m?.presence === 'lunch');
    expect(atLunch.length).toBeGreaterThan(0);
    expect(atLunch[0]?.returnAt).toBe('12:30');
    now = KST('14:00');
    tickPresence(t.deps);
    expect(t.hall.staff.every((id) => presenceOf(id)?.presence === 'in')).toBe(true);
  });

  it('an officer may not schedule someone else; a period that ended is refused', async () => {
    const counter = await signInCookie(t.app, 'counter');
    const other = t.hall.staff[0]!;
    const res = await t.app.request(
      '/api/hall/presence-schedules',
      json(
        {
          staffId: other,
          presence: 'leave',
          startsAt: KST('00:00', '2026-11-24').toISOString(),
          endsAt: KST('00:00', '2026-11-25').toISOString(),
        },
        { cookie: counter },
      ),
    );
    expect(res.status).toBe(403);
    const past = await t.app.request(
      '/api/hall/presence-schedules',
      json(
        {
          staffId: other,
          presence: 'leave',
          startsAt: KST('07:00').toISOString(),
          endsAt: KST('08:00').toISOString(),
        },
        { cookie: admin },
      ),
    );
    expect(past.status).toBe(400);
  });
});
