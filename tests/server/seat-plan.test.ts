/** The seat plan's empty desks and walkways: admin-only, validated, pushed to the door display. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  applyDelta,
  type KioskState,
  type SeatsState,
  type StreamDelta,
} from '../../shared/streams';
import { snapshotOf } from '../../server/views/snapshots';
import { createTestApp, json, signInCookie } from '../helpers/fixture';

let t: Awaited<ReturnType<typeof createTestApp>>;
let admin: string;
beforeEach(async () => {
  t = await createTestApp();
  admin = await signInCookie(t.app, 'admin');
});
afterEach(() => t.close());

const put = (departmentId: number, body: unknown, cookie = admin) =>
  t.app.request(`/api/staff/seat-plans/${departmentId}`, {
    ...json(body, { cookie }),
    method: 'PUT',
  });
/** Every delta the hub publishes to `room` from now on, in order. */
function pushesTo(room: string): StreamDelta['ops'][] {
  const deltas: StreamDelta['ops'][] = [];
  const publish = t.deps.hub.publish.bind(t.deps.hub);
  t.deps.hub.publish = ((to: string, ops: StreamDelta['ops']) => {
    if (to === room) deltas.push(ops);
    publish(to, ops as never);
  }) as typeof t.deps.hub.publish;
  return deltas;
}
const codeOf = async (res: Response) =>
  ((await res.json()) as { error: { code: string } }).error.code;
const plan = (over: Record<string, unknown> = {}) => ({
  emptyDesks: [],
  aisleCols: [],
  aisleRows: [],
  ...over,
});

describe('seat plan', () => {
  it('saves empty desks and walkways, logs them and pushes them to the door display', async () => {
    const principal = {
      hallId: t.hall.hallId,
      device: { id: t.hall.devices.display, kind: 'display' as const },
      account: null,
    };
    const snap = snapshotOf(t.deps, principal, { kind: 'seats', department: 'civil' });
    let state = snap.data as SeatsState;
    expect(state.plan).toEqual(plan());
    const deltas = pushesTo(snap.room);

    const body = plan({
      emptyDesks: [
        { row: 1, col: 5 },
        { row: 1, col: 5 },
      ],
      aisleCols: [4],
    });
    const res = await put(t.hall.departments.civil, body);
    expect(res.status).toBe(200);
    const saved = plan({ emptyDesks: [{ row: 1, col: 5 }], aisleCols: [4] });
    expect(((await res.json()) as { plan: unknown }).plan).toEqual(saved);
    for (const ops of deltas) state = applyDelta(state, ops as never);
    expect(state.plan).toEqual(saved);
    const got = await t.app.request(`/api/staff/seat-plans/${t.hall.departments.civil}`, {
      headers: { cookie: admin },
    });
    expect(((await got.json()) as { plan: unknown }).plan).toEqual(saved);
    const event = t.deps.store.db
      .prepare("SELECT actor FROM events WHERE type = 'seats:planned'")
      .get() as { actor: string };
    expect(event.actor).toBe(`account:${t.hall.accounts.admin}`);

    // Someone moved to the empty desk fills it; a walkway is no desk to move to.
    const [a] = t.hall.staff;
    const aisle = await t.app.request(`/api/staff/${a}/seat`, {
      ...json({ row: 1, col: 4 }, { cookie: admin }),
    });
    expect(aisle.status).toBe(409);
    expect(await codeOf(aisle)).toBe('seat_on_aisle');
    const sit = await t.app.request(`/api/staff/${a}/seat`, {
      ...json({ row: 1, col: 5 }, { cookie: admin }),
    });
    expect(sit.status).toBe(200);
    expect(t.deps.store.seatPlans.get(t.hall.hallId, t.hall.departments.civil).emptyDesks).toEqual(
      [],
    );
  });

  it('reaches the kiosks too, so the directory draws the room as the door display does', async () => {
    const principal = {
      hallId: t.hall.hallId,
      device: { id: t.hall.devices.kiosk, kind: 'kiosk' as const },
      account: null,
    };
    const snap = snapshotOf(t.deps, principal, { kind: 'kiosk' });
    let state = snap.data as KioskState;
    expect(state.seatPlans).toEqual([]);
    const deltas = pushesTo(snap.room);

    const civil = t.hall.departments.civil;
    const saved = plan({ emptyDesks: [{ row: 1, col: 5 }], aisleCols: [4], aisleRows: [2] });
    expect((await put(civil, saved)).status).toBe(200);
    for (const ops of deltas) state = applyDelta(state, ops as never);
    expect(state.seatPlans).toEqual([{ id: civil, plan: saved }]);
    const again = snapshotOf(t.deps, principal, { kind: 'kiosk' }).data as KioskState;
    expect(again.seatPlans).toEqual([{ id: civil, plan: saved }]);

    // A plan cleared again stays in the list, empty: the kiosk draws the office without marks.
    expect((await put(civil, plan())).status).toBe(200);
    for (const ops of deltas.slice(-1)) state = applyDelta(state, ops as never);
    expect(state.seatPlans).toEqual([{ id: civil, plan: plan() }]);
  });

  it('refuses an unknown department, a place off the grid, a person’s desk, and a non-admin', async () => {
    const civil = t.hall.departments.civil;
    const unknown = await put(999, plan());
    expect(unknown.status).toBe(400);
    expect(await codeOf(unknown)).toBe('unknown_department');
    for (const body of [
      plan({ emptyDesks: [{ row: 1, col: 13 }] }),
      plan({ emptyDesks: [{ row: -1, col: 2 }] }),
      plan({ aisleCols: [0] }),
      plan({ aisleRows: [0] }),
    ]) {
      const res = await put(civil, body);
      expect(res.status).toBe(400);
      expect(await codeOf(res)).toBe('seat_plan_outside');
    }
    // The small hall seats three on row 1, columns 1–3.
    for (const body of [
      plan({ emptyDesks: [{ row: 1, col: 2 }] }),
      plan({ aisleCols: [3] }),
      plan({ aisleRows: [1] }),
      plan({ emptyDesks: [{ row: 2, col: 5 }], aisleCols: [5] }),
    ]) {
      const res = await put(civil, body);
      expect(res.status).toBe(409);
      expect(await codeOf(res)).toBe('seat_plan_taken');
    }
    const malformed = await put(civil, { emptyDesks: [{ row: 'a', col: 1 }] });
    expect(malformed.status).toBe(400);
    const counter = await signInCookie(t.app, 'counter');
    const refused = await put(civil, plan({ emptyDesks: [{ row: 1, col: 5 }] }), counter);
    expect(refused.status).toBe(403);
    expect(t.deps.store.seatPlans.get(t.hall.hallId, civil)).toEqual(plan());
  });

  it('someone new takes an empty desk and never a walkway; an import and a reinstatement keep the plan', async () => {
    const civil = t.hall.departments.civil;
    const seatsTaken = () =>
      t.deps.store.staff
        .ofDepartment(t.hall.hallId, civil)
        .map((m) => `${m.seat.row}:${m.seat.col}`);
    expect(
      (await put(civil, plan({ emptyDesks: [{ row: 1, col: 5 }], aisleCols: [4] }))).status,
    ).toBe(200);
    const add = async (name: string) => {
      const res = await t.app.request('/api/staff', {
        ...json(
          { name, departmentId: civil, position: '주무관', extension: '02-0000-1300' },
          { cookie: admin },
        ),
      });
      expect(res.status).toBe(200);
      return ((await res.json()) as { staff: { id: number; seat: { row: number; col: number } } })
        .staff;
    };
    // Row 1 holds three people at columns 1–3; column 4 is the walkway.
    expect((await add('최가람')).seat).toEqual({ row: 1, col: 5 });
    expect(t.deps.store.seatPlans.get(t.hall.hallId, civil)).toEqual(plan({ aisleCols: [4] }));
    expect((await add('한솔')).seat).toEqual({ row: 1, col: 6 });
    // The plan stays consistent: saving it again is not refused for a desk someone now holds.
    expect((await put(civil, plan({ aisleCols: [4] }))).status).toBe(200);

    // A person retired from column 3, whose desk then became a walkway, comes back at a desk.
    const first = t.deps.store.staff
      .ofDepartment(t.hall.hallId, civil)
      .find((m) => m.seat.row === 1 && m.seat.col === 3)!;
    const retire = await t.app.request(`/api/staff/${first.id}/retire`, {
      method: 'POST',
      headers: { cookie: admin },
    });
    expect(retire.status).toBe(200);
    expect((await put(civil, plan({ aisleCols: [3, 4] }))).status).toBe(200);
    const back = await t.app.request(`/api/staff/${first.id}/reinstate`, {
      method: 'POST',
      headers: { cookie: admin },
    });
    expect(back.status).toBe(200);
    const seat = ((await back.json()) as { staff: { seat: { col: number } } }).staff.seat;
    expect([3, 4]).not.toContain(seat.col);

    const csv =
      'name,position,department,duties,extension\n' +
      ['정나래', '윤슬', '김하늘', '이도윤', '박서연']
        .map((n) => `${n},주무관,civil,등본,02-0000-1301`)
        .join('\n');
    const imported = await t.app.request('/api/staff/import?dryRun=0', {
      method: 'POST',
      headers: { cookie: admin, 'content-type': 'text/csv' },
      body: csv,
    });
    expect(imported.status).toBe(200);
    const seats = seatsTaken();
    expect(new Set(seats).size, 'no two people at one desk').toBe(seats.length);
    expect(
      seats.filter((s) => /:[34]$/.test(s) && !s.startsWith('0:')),
      'nobody on the walkway',
    ).toEqual([]);
  });
});
