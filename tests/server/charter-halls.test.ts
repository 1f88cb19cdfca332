/**
 * Each seed hall with its own profile active, driven end to end through the API: the kiosk's
 * priority ticket (C6), the absent officer's path (C3), a ticket never called (C5), the call
 * bell's limit (C4) and the promises the report lists as not measured.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CharterReport } from '../../shared/charter-report';
import { purgeCallbackPhones } from '../../server/commands/callbacks';
import { purgeExpiredFeedback } from '../../server/commands/feedback';
import { queueView } from '../../server/views/queues';
import { profileById } from '../../shared/profiles';
import { createTestApp, json, signInCookie } from '../helpers/fixture';

let now = new Date('2026-11-23T01:30:00Z'); // Monday 10:30 KST
let t: Awaited<ReturnType<typeof createTestApp>>;
beforeEach(async () => {
  now = new Date('2026-11-23T01:30:00Z');
  t = await createTestApp({ now: () => now });
});
afterEach(() => t.close());

const kiosk = () => ({ authorization: `Bearer ${t.hall.tokens.kiosk}` });
const setProfile = (id: string) =>
  t.deps.store.db.prepare('UPDATE halls SET profile_id = ? WHERE id = ?').run(id, t.hall.hallId);
let keySeq = 0;
const issue = async (priority: boolean) => {
  const res = await t.app.request(
    '/api/tickets',
    json(
      {
        serviceId: t.hall.services.general,
        priority,
        idempotencyKey: `hall-${++keySeq}-xxxxxxxx`,
      },
      kiosk(),
    ),
  );
  expect(res.status).toBe(201);
  return ((await res.json()) as { ticket: { class: string; number: string } }).ticket;
};
const report = async (): Promise<CharterReport> => {
  const admin = await signInCookie(t.app, 'admin');
  const res = await t.app.request('/api/reports/charter?from=2026-11-23&to=2026-11-23', {
    headers: { cookie: admin },
  });
  expect(res.status).toBe(200);
  return (await res.json()) as CharterReport;
};

describe.each(['mapo', 'gwangjin', 'mokpo', 'anyang', 'pocheon'])('the %s hall', (id) => {
  const profile = profileById(id);
  beforeEach(() => {
    setProfile(id);
  });

  it('C6: issues a priority ticket only where the charter names priority classes', async () => {
    const ticket = await issue(true);
    expect(ticket.class).toBe(profile.queue.priorityClasses.length > 0 ? 'priority' : 'normal');
    // The kiosk's view of the line says whether to ask the question at all.
    const general = queueView(t.deps, t.hall.hallId).queues.find(
      (q) => q.serviceId === t.hall.services.general,
    );
    expect(general?.priority).toBe(id === 'pocheon');
  });

  it('C3: takes a callback with the charter’s deadline, or refuses where it promises a phone connection', async () => {
    const res = await t.app.request(
      '/api/callbacks',
      json({ staffId: t.hall.staff[1], phone: '010-1234-5678', topic: '전입신고 문의' }, kiosk()),
    );
    if (profile.callback.mode === 'connect') {
      expect(res.status).toBe(409);
      expect((await res.json()).error.code).toBe('callback_not_offered');
      return;
    }
    expect(res.status).toBe(201);
    const { callback } = await res.json();
    expect(callback.deadlineMin).toBe(profile.callback.callbackDeadlineMin);
    expect(Date.parse(callback.deadlineAt) - now.getTime()).toBe(
      (profile.callback.callbackDeadlineMin ?? 0) * 60_000,
    );
  });

  it('C5: a ticket never called counts as broken once the charter’s wait has passed', async () => {
    const ticket = await issue(false);
    now = new Date(now.getTime() + 30_000);
    const early = (await report()).promises.find((p) => p.id === 'wait');
    expect(early?.target).toBe(profile.queue.waitTargetMin);
    expect(early?.overall.total).toBe(0);
    now = new Date(now.getTime() + 60 * 60_000);
    const late = (await report()).promises.find((p) => p.id === 'wait');
    if (profile.queue.waitTargetMin === null) {
      expect(late?.overall.total).toBe(0);
      expect(late?.note).toBe('헌장에 정한 기준이 없습니다.');
    } else {
      expect(late?.overall).toMatchObject({ total: 1, kept: 0 });
      expect(late?.cases.map((c) => c.label.split(' · ')[0])).toEqual([ticket.number]);
    }
  });

  it('C4: measures the call bell against the charter’s own limit, and no other hall’s', async () => {
    const r = await report();
    const helper = r.promises.find((p) => p.id === 'helper');
    expect(helper?.target).toBe(id === 'mapo' ? 10 : null);
  });

  it('lists every other number of its charter with the reason it is not measured', async () => {
    const r = await report();
    const keys = r.unmeasured.map((u) => u.key);
    for (const [key, value] of Object.entries(profile.otherPromises)) {
      expect(keys.includes(`otherPromises.${key}`), `${id} ${key}`).toBe(value !== null);
    }
    for (const u of r.unmeasured) expect(u.reason.length).toBeGreaterThan(10);
  });

  it('C9: an anonymous complaint gets an answer date only where the charter answers anonymous ones', async () => {
    const res = await t.app.request(
      '/api/feedback',
      json({ kind: 'complaint', text: '대기 안내가 없었습니다.' }, kiosk()),
    );
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.anonymous).toBe(true);
    if (profile.complaints.anonymousNoReply) expect(body.answerDueAt).toBeNull();
    else expect(body.answerDueAt).not.toBeNull();
    // Long past any deadline: counted as broken only where the charter answers anonymous ones.
    now = new Date(now.getTime() + 30 * 86_400_000);
    const complaint = (await report()).promises.find((p) => p.id === 'complaint');
    expect(complaint?.overall.total).toBe(profile.complaints.anonymousNoReply ? 0 : 1);
  });
});

describe.each(['mapo', 'gwangjin', 'mokpo', 'anyang', 'pocheon'])('C15 in the %s hall', (id) => {
  it('closes and purges open records past the maximum age, and closed ones past retention', async () => {
    setProfile(id);
    const { retention } = profileById(id);
    expect(retention.openMaxDays).not.toBeNull();
    const db = t.deps.store.db;
    // An open callback (written directly: Pocheon's kiosk takes none) and two complaints.
    db.prepare(
      `INSERT INTO callbacks (hall_id, staff_id, department_id, assignee_id, phone, topic, status,
         created_at, deadline_at)
       SELECT hall_id, id, department_id, id, '010-1234-5678', '문의', 'open', @at, @at
       FROM staff WHERE hall_id = @hall LIMIT 1`,
    ).run({ hall: t.hall.hallId, at: now.toISOString() });
    const file = (text: string) =>
      t.app.request(
        '/api/feedback',
        json(
          { kind: 'complaint', text, contact: { name: '홍길동', phone: '01012345678' } },
          kiosk(),
        ),
      );
    expect((await file('열린 채로 둔 신고')).status).toBe(201);
    expect((await file('닫힌 신고')).status).toBe(201);
    db.prepare(
      `UPDATE feedback SET status = 'closed', closed_at = @at WHERE body = '닫힌 신고'`,
    ).run({
      at: now.toISOString(),
    });
    // One day before the limits nothing goes.
    const days = (n: number) => new Date(Date.parse('2026-11-23T01:30:00Z') + n * 86_400_000);
    now = days(Math.min(retention.openMaxDays ?? 0, retention.complaintDays ?? 0) - 1);
    purgeCallbackPhones(t.deps, t.hall.hallId);
    purgeExpiredFeedback(t.deps, t.hall.hallId);
    expect(db.prepare('SELECT COUNT(*) AS n FROM feedback WHERE purged_at IS NULL').get()).toEqual({
      n: 2,
    });
    now = days(Math.max(retention.openMaxDays ?? 0, retention.complaintDays ?? 0) + 1);
    purgeCallbackPhones(t.deps, t.hall.hallId);
    purgeExpiredFeedback(t.deps, t.hall.hallId);
    expect(db.prepare('SELECT status, phone FROM callbacks').all()).toEqual([
      { status: 'done', phone: null },
    ]);
    expect(
      db.prepare('SELECT status, body, contact_phone FROM feedback ORDER BY id').all(),
    ).toEqual([
      { status: 'closed', body: null, contact_phone: null },
      { status: 'closed', body: null, contact_phone: null },
    ]);
    const log = db
      .prepare(`SELECT type FROM events WHERE type IN ('callback:expired', 'feedback:expired')`)
      .all();
    expect(log).toEqual([{ type: 'callback:expired' }, { type: 'feedback:expired' }]);
  });
});

describe('C15: purged values leave the file', () => {
  it('opens the database with secure_delete on', () => {
    expect(t.deps.store.db.pragma('secure_delete', { simple: true })).toBe(1);
  });
});
