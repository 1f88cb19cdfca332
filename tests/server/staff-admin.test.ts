import { existsSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyDelta, type SeatsState, type StreamDelta } from '../../shared/streams';
import { snapshotOf } from '../../server/views/snapshots';
import { rooms } from '../../server/realtime/rooms';
import { createTestApp, json, signInCookie } from '../helpers/fixture';

let t: Awaited<ReturnType<typeof createTestApp>>;
let admin: string;
beforeEach(async () => {
  t = await createTestApp();
  admin = await signInCookie(t.app, 'admin');
});
afterEach(() => t.close());

const send = (method: string, path: string, body: unknown, cookie = admin) =>
  t.app.request(path, { ...json(body, { cookie }), method });
const errorOf = async (res: Response) =>
  ((await res.json()) as { error: { code: string; message: string } }).error;

const person = (over: Record<string, unknown> = {}) => ({
  name: '정다운',
  nameEn: 'Jeong Daun',
  departmentId: t.hall.departments.civil,
  team: '민원팀',
  position: '주무관',
  duties: ['전입신고', '인감'],
  extension: '02-0000-1199',
  ...over,
});

describe('staff records', () => {
  it('adds a person at a free desk, records who did it, and lists them', async () => {
    const res = await send('POST', '/api/staff', person());
    expect(res.status).toBe(200);
    const { staff } = (await res.json()) as { staff: { id: number; seat: unknown } };
    // The small hall seats three on row 1: the new person takes column 4.
    expect(staff.seat).toEqual({ row: 1, col: 4 });
    const event = t.deps.store.db
      .prepare("SELECT actor FROM events WHERE type = 'staff:added'")
      .get() as { actor: string };
    expect(event.actor).toBe(`account:${t.hall.accounts.admin}`);
    const found = t.deps.store.staff.get(t.hall.hallId, staff.id);
    expect(found).toMatchObject({ name: '정다운', nameEn: 'Jeong Daun', leader: false });
  });

  it('refuses an unknown department and a taken seat, saving nothing', async () => {
    const before = t.deps.store.staff.adminList(t.hall.hallId).length;
    const unknown = await send('POST', '/api/staff', person({ departmentId: 999 }));
    expect(unknown.status).toBe(400);
    expect((await errorOf(unknown)).code).toBe('unknown_department');
    const taken = await send('POST', '/api/staff', person({ seat: { row: 1, col: 2 } }));
    expect(taken.status).toBe(409);
    expect((await errorOf(taken)).code).toBe('seat_taken');
    const badExt = await send('POST', '/api/staff', person({ extension: '내선' }));
    expect(badExt.status).toBe(400);
    expect(t.deps.store.staff.adminList(t.hall.hallId)).toHaveLength(before);
  });

  it('a leader sits at the head; moving onto a taken desk swaps the two', async () => {
    const res = await send('POST', '/api/staff', person({ leader: true, position: '팀장' }));
    const { staff } = (await res.json()) as { staff: { id: number; seat: unknown } };
    expect(staff.seat).toEqual({ row: 0, col: 1 });
    const [a, b] = t.hall.staff;
    const move = await send('POST', `/api/staff/${a}/seat`, { row: 1, col: 3 });
    expect(move.status).toBe(200);
    expect(t.deps.store.staff.get(t.hall.hallId, a ?? 0)?.seat).toEqual({ row: 1, col: 3 });
    expect(t.deps.store.staff.get(t.hall.hallId, t.hall.staff[2] ?? 0)?.seat).toEqual({
      row: 1,
      col: 1,
    });
    expect(t.deps.store.staff.get(t.hall.hallId, b ?? 0)?.seat).toEqual({ row: 1, col: 2 });
  });

  it('retiring takes a person off the seat stream and the finder, keeps the record', async () => {
    const [, officer, third] = t.hall.staff;
    const principal = {
      hallId: t.hall.hallId,
      device: { id: t.hall.devices.display, kind: 'display' as const },
      account: null,
    };
    const snap = snapshotOf(t.deps, principal, { kind: 'seats', department: 'civil' });
    let state = snap.data as SeatsState;
    expect(state.staff.map((s) => s.id)).toContain(officer);
    // What the seat display's room receives: every publish after the commit.
    const deltas: StreamDelta[] = [];
    const publish = t.deps.hub.publish.bind(t.deps.hub);
    t.deps.hub.publish = ((room: string, ops: StreamDelta['ops']) => {
      if (room === snap.room) deltas.push({ room, seq: 0, ops });
      publish(room, ops as never);
    }) as typeof t.deps.hub.publish;
    // The officer stands in for the third person: retiring the officer clears that.
    t.deps.store.staff.setProxy(t.hall.hallId, third ?? 0, officer ?? null);
    const res = await send('POST', `/api/staff/${officer}/retire`, {});
    expect(res.status).toBe(200);
    expect(deltas.length).toBeGreaterThan(0);
    for (const d of deltas) state = applyDelta(state, d.ops as never);
    expect(state.staff.map((s) => s.id)).not.toContain(officer);
    expect(state.staff.find((s) => s.id === third)?.proxyId).toBeNull();
    const fresh = snapshotOf(t.deps, principal, { kind: 'seats', department: 'civil' });
    expect((fresh.data as SeatsState).staff.map((s) => s.id)).not.toContain(officer);
    expect(t.deps.store.staff.list(t.hall.hallId).map((s) => s.id)).not.toContain(officer);
    // Still in the admin list, with the date; the officer's account is disabled.
    const row = t.deps.store.staff.adminRow(t.hall.hallId, officer ?? 0);
    expect(row?.retiredAt).not.toBeNull();
    expect(t.deps.store.accounts.adminRow(t.hall.hallId, t.hall.accounts.counter)?.disabled).toBe(
      true,
    );
    expect(rooms.department(t.hall.hallId, t.hall.departments.civil)).toBe(snap.room);
  });
});

describe('moving to another department', () => {
  it('leaves the old seat chart and joins the new one, at a free desk', async () => {
    const [, , third] = t.hall.staff;
    const rooms_: Record<string, StreamDelta['ops'][]> = {};
    const publish = t.deps.hub.publish.bind(t.deps.hub);
    t.deps.hub.publish = ((room: string, ops: StreamDelta['ops']) => {
      (rooms_[room] ??= []).push(ops);
      publish(room, ops as never);
    }) as typeof t.deps.hub.publish;
    const res = await send(
      'PUT',
      `/api/staff/${third}`,
      person({ name: '박들', departmentId: t.hall.departments.tax }),
    );
    expect(res.status).toBe(200);
    const civil = rooms.department(t.hall.hallId, t.hall.departments.civil);
    const tax = rooms.department(t.hall.hallId, t.hall.departments.tax);
    expect(rooms_[civil]).toEqual([[{ op: 'remove', key: 'staff', ids: [third] }]]);
    expect(rooms_[tax]?.[0]?.[0]).toMatchObject({ op: 'upsert', key: 'staff' });
    expect(t.deps.store.staff.get(t.hall.hallId, third ?? 0)?.seat).toEqual({ row: 1, col: 1 });
    const admins = rooms_[rooms.admin(t.hall.hallId)] ?? [];
    expect(admins.flat().some((op) => op.op === 'upsert' && op.key === 'staff')).toBe(true);
  });
});

describe('accounts', () => {
  const create = async (username: string, staffId = t.hall.staff[0]) =>
    send('POST', '/api/staff/accounts', { staffId, username, role: 'counter' });

  it('refuses a duplicate sign-in name, in any case', async () => {
    const res = await create('COUNTER');
    expect(res.status).toBe(409);
    expect((await errorOf(res)).code).toBe('username_taken');
    const bad = await create('a b');
    expect(bad.status).toBe(400);
  });

  it('a reset password forces a change before the API opens', async () => {
    const created = await create('kimhaneul');
    expect(created.status).toBe(200);
    const { account, temporaryPassword } = (await created.json()) as {
      account: { id: number; mustChangePassword: boolean };
      temporaryPassword: string;
    };
    expect(account.mustChangePassword).toBe(true);

    const signIn = (password: string) =>
      t.app.request('/api/auth/sign-in', json({ username: 'kimhaneul', password }));
    const first = await signIn(temporaryPassword);
    expect(first.status).toBe(403);
    expect((await errorOf(first)).code).toBe('password_change_required');
    expect(first.headers.get('set-cookie')).toBeNull();

    const changed = await t.app.request(
      '/api/auth/change-password',
      json({
        username: 'kimhaneul',
        password: temporaryPassword,
        newPassword: 'a long new secret',
      }),
    );
    expect(changed.status).toBe(200);
    const cookie = (changed.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect((await t.app.request('/api/staff', { headers: { cookie } })).status).toBe(200);

    // An admin resets it: the open session stops working at once, the old password too.
    const reset = await send('POST', `/api/staff/accounts/${account.id}/reset-password`, {});
    expect(reset.status).toBe(200);
    const temp2 = ((await reset.json()) as { temporaryPassword: string }).temporaryPassword;
    expect((await t.app.request('/api/staff', { headers: { cookie } })).status).toBe(401);
    expect((await signIn('a long new secret')).status).toBe(401);
    expect((await signIn(temp2)).status).toBe(403);
    // Even a session made behind the API's back opens nothing while the change is pending.
    const sneaky = t.deps.store.accounts;
    sneaky.addSession(
      'x'.repeat(64),
      t.hall.hallId,
      account.id,
      new Date().toISOString(),
      '2999-01-01T00:00:00.000Z',
    );
    expect(sneaky.session('x'.repeat(64), new Date().toISOString())).toBeUndefined();
    const again = await t.app.request(
      '/api/auth/change-password',
      json({ username: 'kimhaneul', password: temp2, newPassword: 'another long secret' }),
    );
    expect(again.status).toBe(200);
    expect((await signIn('another long secret')).status).toBe(200);
    // Ten scrypt hashes on a busy machine.
  }, 90_000);

  it('changes a role and disables an account, but not the admin’s own', async () => {
    const id = t.hall.accounts.guide;
    const role = await send('PUT', `/api/staff/accounts/${id}`, { role: 'counter' });
    expect(role.status).toBe(200);
    expect(t.deps.store.accounts.get(id)?.role).toBe('counter');
    const off = await send('PUT', `/api/staff/accounts/${id}`, { disabled: true });
    expect(off.status).toBe(200);
    const guide = await t.app.request(
      '/api/auth/sign-in',
      json({ username: 'guide', password: 'correct horse battery' }),
    );
    expect(guide.status).toBe(401);
    const self = await send('PUT', `/api/staff/accounts/${t.hall.accounts.admin}`, {
      disabled: true,
    });
    expect(self.status).toBe(409);
    const counter = await signInCookie(t.app, 'counter');
    const notAdmin = await send('POST', '/api/staff', person(), counter);
    expect(notAdmin.status).toBe(403);
  });
});

describe('photo crop', () => {
  it('crops to the box sent, keeps the old photo on a failed upload, removes it on success', async () => {
    // Left half red, right half blue: a crop of the right half must come out blue.
    const left = await sharp({
      create: { width: 300, height: 400, channels: 3, background: '#ff0000' },
    })
      .png()
      .toBuffer();
    const img = await sharp({
      create: { width: 600, height: 400, channels: 3, background: '#0000ff' },
    })
      .composite([{ input: left, left: 0, top: 0 }])
      .jpeg()
      .toBuffer();
    const upload = (bytes: Uint8Array, crop?: Record<string, string>) => {
      const form = new FormData();
      form.set('file', new File([new Uint8Array(bytes)], 'p.jpg', { type: 'image/jpeg' }));
      form.set('consent', '1');
      form.set('consentDate', '2026-11-20');
      for (const [k, v] of Object.entries(crop ?? {})) form.set(k, v);
      return t.app.request(`/api/staff/${t.hall.staff[0]}/photo`, {
        method: 'POST',
        headers: { cookie: admin },
        body: form,
      });
    };
    const outside = await upload(img, { cropX: '400', cropY: '0', cropW: '300', cropH: '400' });
    expect(outside.status).toBe(400);
    expect((await errorOf(outside)).code).toBe('crop_outside');
    const ok = await upload(img, { cropX: '300', cropY: '0', cropW: '300', cropH: '400' });
    expect(ok.status).toBe(200);
    const url = ((await ok.json()) as { staff: { photoUrl: string } }).staff.photoUrl;
    const file = join(t.dir, 'photos', url.split('/').pop() ?? '');
    const { dominant } = await sharp(file).stats();
    expect(dominant.b).toBeGreaterThan(200);
    expect(dominant.r).toBeLessThan(60);
    // A broken upload leaves the stored photo alone.
    const broken = await upload(new TextEncoder().encode('not a photo'));
    expect(broken.status).toBe(400);
    expect(t.deps.store.staff.get(t.hall.hallId, t.hall.staff[0] ?? 0)?.photoUrl).toBe(url);
    expect(existsSync(file)).toBe(true);
    // A good one replaces it, and the old file goes.
    const next = await upload(img);
    expect(next.status).toBe(200);
    expect(existsSync(file)).toBe(false);
  });
});
