import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, json, signInCookie } from '../helpers/fixture';

let now = new Date('2026-11-23T01:00:00Z');
let t: Awaited<ReturnType<typeof createTestApp>>;
let admin: string;
let counter: string;

beforeEach(async () => {
  now = new Date('2026-11-23T01:00:00Z');
  t = await createTestApp({ now: () => now });
  admin = await signInCookie(t.app, 'admin');
  counter = await signInCookie(t.app, 'counter');
});
afterEach(() => t.close());

const setProfile = (id: string) =>
  t.deps.store.db.prepare('UPDATE halls SET profile_id = ? WHERE id = ?').run(id, t.hall.hallId);
const setGrades = (grades: string[]) =>
  t.hall.staff.forEach((id, i) =>
    t.deps.store.db.prepare('UPDATE staff SET grade = ? WHERE id = ?').run(grades[i] ?? '', id),
  );

async function mark(cookie: string, body: Record<string, unknown>) {
  const res = await t.app.request('/api/petitions', json(body, { cookie }));
  return { status: res.status, body: await res.json() };
}
const both = () => [t.hall.departments.civil, t.hall.departments.tax];

describe('complex petitions (C8)', () => {
  it('follows the demo profile (Mapo’s rule): 2+ departments and ≥ 7 days, notice in 3 days', async () => {
    const one = await mark(counter, {
      summary: '공장 설립',
      departmentIds: [t.hall.departments.civil],
      legalDays: 10,
    });
    expect(one.status).toBe(422);
    expect(one.body.error.code).toBe('not_complex');
    expect(one.body.error.message).toContain('at least 2 departments');
    const short = await mark(counter, {
      summary: '공장 설립',
      departmentIds: both(),
      legalDays: 6,
    });
    expect(short.status).toBe(422);
    expect(short.body.error.message).toContain('at least 7 days');

    const ok = await mark(counter, { summary: '공장 설립', departmentIds: both(), legalDays: 7 });
    expect(ok.status).toBe(201);
    const p = ok.body.petition;
    // The guardian is an officer of the lead department (civil), the due date 3 days on.
    expect(t.hall.staff).toContain(p.guardian.id);
    expect(p.noticeDueAt).toBe('2026-11-26T01:00:00.000Z');
    expect(p.overdue).toBe(false);
    expect(t.deps.store.events.ofType(t.hall.hallId, 'petition:created')).toHaveLength(1);

    // The next case goes to a guardian with fewer open cases.
    const next = await mark(counter, { summary: '건축 신고', departmentIds: both(), legalDays: 9 });
    expect(next.body.petition.guardian.id).not.toBe(p.guardian.id);
  });

  it('follows Anyang’s: ≥ 10 days, any number of departments, a grade-6 guardian, no notice period', async () => {
    setProfile('anyang');
    setGrades(['지방행정주사보(7급)', '지방행정주사(6급)', '지방행정서기(8급)']);
    const short = await mark(counter, {
      summary: '농지 전용',
      departmentIds: [t.hall.departments.civil],
      legalDays: 9,
    });
    expect(short.status).toBe(422);
    const ok = await mark(counter, {
      summary: '농지 전용',
      departmentIds: [t.hall.departments.civil],
      legalDays: 10,
    });
    expect(ok.status).toBe(201);
    expect(ok.body.petition.guardian.id).toBe(t.hall.staff[1]);
    expect(ok.body.petition.noticeDueAt).toBeNull();

    setGrades(['지방행정주사보(7급)', '지방행정서기(8급)', '지방행정서기(8급)']);
    const none = await mark(counter, {
      summary: '농지 전용',
      departmentIds: [t.hall.departments.civil],
      legalDays: 12,
    });
    expect(none.status).toBe(409);
    expect(none.body.error).toMatchObject({ code: 'no_guardian' });
    expect(none.body.error.message).toContain('grade 6');
  });

  it('refuses where the charter is silent (Gwangjin), and bad input', async () => {
    setProfile('gwangjin');
    const silent = await mark(counter, { summary: '공장', departmentIds: both(), legalDays: 30 });
    expect(silent.status).toBe(422);
    expect(silent.body.error.code).toBe('charter_silent');
    setProfile('demo');
    const unknown = await mark(counter, { summary: '공장', departmentIds: [9999], legalDays: 30 });
    expect(unknown.status).toBe(400);
    const empty = await mark(counter, { summary: '', departmentIds: both(), legalDays: 30 });
    expect(empty.status).toBe(400);
    expect(t.deps.store.petitions.list(t.hall.hallId)).toHaveLength(0);
  });

  it('flags an overdue notice, records it once, and the report counts it late', async () => {
    const { body } = await mark(admin, {
      summary: '공장 설립',
      departmentIds: both(),
      legalDays: 14,
    });
    const id = body.petition.id;
    // The guardian is staff[0]; the counter account is staff[1], neither guardian nor taker.
    expect(body.petition.guardian.id).toBe(t.hall.staff[0]);
    now = new Date('2026-11-26T01:01:00Z');
    // Three days on, the staff sign in again (sessions last a working day).
    admin = await signInCookie(t.app, 'admin');
    counter = await signInCookie(t.app, 'counter');
    const list = await (
      await t.app.request('/api/petitions', { headers: { cookie: counter } })
    ).json();
    expect(list.petitions[0]).toMatchObject({ id, overdue: true, noticedAt: null });
    expect(list.rule).toMatchObject({ minDepartments: 2, minDays: 7, noticeWithinDays: 3 });

    const notMine = await t.app.request(
      `/api/petitions/${id}/notice`,
      json({ note: '진행 중' }, { cookie: counter }),
    );
    expect(notMine.status).toBe(403);
    const noticed = await t.app.request(
      `/api/petitions/${id}/notice`,
      json({ note: '관련 부서 협의 중이라고 안내함' }, { cookie: admin }),
    );
    expect(noticed.status).toBe(200);
    expect((await noticed.json()).petition).toMatchObject({ overdue: false });
    const again = await t.app.request(
      `/api/petitions/${id}/notice`,
      json({ note: '또' }, { cookie: admin }),
    );
    expect(again.status).toBe(409);
    expect((await again.json()).error.code).toBe('notice_recorded');

    const report = await (
      await t.app.request('/api/reports/charter?from=2026-11-23&to=2026-11-26', {
        headers: { cookie: admin },
      })
    ).json();
    expect(report.promises.find((p: { id: string }) => p.id === 'petitionNotice')).toMatchObject({
      charter: 'C8',
      target: 3,
      overall: { total: 1, kept: 0 },
    });
    expect(report.petitions[0]).toMatchObject({ id, onTime: false });
  });
});

describe('praise reaches the officer it names', () => {
  const kiosk = () => ({ authorization: `Bearer ${t.hall.tokens.kiosk}` });
  const mine = async () =>
    (await (await t.app.request('/api/praise/mine', { headers: { cookie: counter } })).json())
      .praise;

  it('forwards praise naming one officer to their console, and logs it', async () => {
    const res = await t.app.request(
      '/api/feedback',
      json(
        { kind: 'praise', officer: '이바다 주무관', text: '친절하셨습니다 <b>감사</b>' },
        kiosk(),
      ),
    );
    expect(res.status).toBe(201);
    const praise = await mine();
    expect(praise).toHaveLength(1);
    // Stored as typed: the console renders it as text.
    expect(praise[0]).toMatchObject({ text: '친절하셨습니다 <b>감사</b>', readAt: null });
    const events = t.deps.store.events.ofType(t.hall.hallId, 'praise:forwarded');
    expect(events).toHaveLength(1);
    expect(events[0]?.payload).toMatchObject({ staffId: t.hall.staff[1] });

    const read = await t.app.request(
      `/api/praise/${praise[0].id}/read`,
      json({}, { cookie: counter }),
    );
    expect(read.status).toBe(200);
    expect((await mine())[0].readAt).not.toBeNull();
  });

  it('does not forward complaints, unknown names, or a name in another department', async () => {
    await t.app.request(
      '/api/feedback',
      json({ kind: 'complaint', officer: '이바다', text: '늦었습니다' }, kiosk()),
    );
    await t.app.request(
      '/api/feedback',
      json({ kind: 'praise', officer: '홍길동', text: '감사합니다' }, kiosk()),
    );
    await t.app.request(
      '/api/feedback',
      json(
        {
          kind: 'praise',
          officer: '이바다',
          departmentId: t.hall.departments.tax,
          text: '감사합니다',
        },
        kiosk(),
      ),
    );
    expect(await mine()).toEqual([]);
    expect(t.deps.store.events.ofType(t.hall.hallId, 'praise:forwarded')).toHaveLength(0);
  });
});

describe('the guardian rule (pure)', () => {
  it('prefers the closest grade to the minimum, else anyone but the head, spreading the load', async () => {
    const { chooseGuardian } = await import('../../server/domain/petitions');
    const staff = [
      { id: 1, departmentId: 1, grade: '지방행정사무관(5급)' },
      { id: 2, departmentId: 1, grade: '지방행정주사(6급)' },
      { id: 3, departmentId: 1, grade: '지방행정주사보(7급)' },
      { id: 4, departmentId: 2, grade: '지방행정주사(6급)' },
    ];
    const none = new Map<number, number>();
    // Anyang: 6급 이상 — the 6급 team leader, not the head; the head when the leader is busy.
    expect(chooseGuardian(staff, 1, 6, none)).toBe(2);
    expect(chooseGuardian(staff, 1, 6, new Map([[2, 1]]))).toBe(1);
    // Mapo: no grade — the most senior below the head, then the next by load.
    expect(chooseGuardian(staff, 1, null, none)).toBe(2);
    expect(chooseGuardian(staff, 1, null, new Map([[2, 2]]))).toBe(3);
    // Only the head in the department: the head.
    expect(chooseGuardian(staff.slice(0, 1), 1, null, none)).toBe(1);
    expect(chooseGuardian(staff, 3, null, none)).toBeNull();
  });
});
