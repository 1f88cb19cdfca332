import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, json, signInCookie } from '../helpers/fixture';

let t: Awaited<ReturnType<typeof createTestApp>>;
let now = new Date('2026-11-23T01:00:00Z');
beforeEach(async () => {
  now = new Date('2026-11-23T01:00:00Z');
  t = await createTestApp({ now: () => now });
});
afterEach(() => t.close());

const kiosk = () => ({ authorization: `Bearer ${t.hall.tokens.kiosk}` });
const file = (body: unknown) => t.app.request('/api/feedback', json(body, kiosk()));
const setProfile = (id: string) =>
  t.deps.store.db.prepare('UPDATE halls SET profile_id = ? WHERE id = ?').run(id, t.hall.hallId);

describe('complaints, praise and suggestions', () => {
  it('takes a complaint from the kiosk with a receipt, masks the contact in the inbox, reveals it to the handler', async () => {
    const res = await file({
      kind: 'complaint',
      departmentId: t.hall.departments.civil,
      text: '창구 안내가 불친절했습니다.',
      contact: { name: '홍길동', phone: '01012345678' },
    });
    expect(res.status).toBe(201);
    const { receipt, anonymous, answerDueAt } = await res.json();
    expect(receipt).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(anonymous).toBe(false);
    // The demo profile: 3 days.
    expect(answerDueAt).toBe('2026-11-26T01:00:00.000Z');

    const admin = await signInCookie(t.app, 'admin');
    const list = await (
      await t.app.request('/api/feedback', { headers: { cookie: admin } })
    ).json();
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({
      contactName: '홍*동',
      contactPhone: '010-1234-****',
      masked: true,
      departmentName: '민원과',
    });
    const detail = await (
      await t.app.request(`/api/feedback/${list.items[0].id}`, { headers: { cookie: admin } })
    ).json();
    expect(detail.item).toMatchObject({ contactName: '홍길동', contactPhone: '010-1234-5678' });

    // The phone follows the receipt without seeing text or contact.
    const follow = await (await t.app.request(`/api/feedback/receipt/${receipt}`)).json();
    expect(follow).toMatchObject({ kind: 'complaint', status: 'received' });
    expect(JSON.stringify(follow)).not.toContain('홍길동');
    expect(JSON.stringify(follow)).not.toContain('불친절');
  });

  it('allows anonymous praise and refuses the kiosk form to staff and the public', async () => {
    expect((await file({ kind: 'praise', officer: '김하늘', text: '친절했습니다' })).status).toBe(
      201,
    );
    const res = await t.app.request('/api/feedback', json({ kind: 'praise', text: 'x' }));
    expect(res.status).toBe(401);
  });

  it('rejects an over-long complaint and a bad phone, saving nothing', async () => {
    const long = await file({ kind: 'complaint', text: '가'.repeat(1001) });
    expect(long.status).toBe(400);
    expect((await long.json()).error.code).toBe('invalid_request');
    const phone = await file({ kind: 'complaint', text: 'ok', contact: { phone: '12' } });
    expect(phone.status).toBe(400);
    const n = t.deps.store.db.prepare('SELECT count(*) AS n FROM feedback').get() as { n: number };
    expect(n.n).toBe(0);
  });

  it('stores script in the text as text and gives it back unchanged (screens render it inert)', async () => {
    const text = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    await file({ kind: 'suggestion', text });
    const admin = await signInCookie(t.app, 'admin');
    const list = await (
      await t.app.request('/api/feedback', { headers: { cookie: admin } })
    ).json();
    expect(list.items[0].text).toBe(text);
  });

  it('follows Pocheon’s three stages, flags overdue stages, and keeps each item’s deadlines through a profile switch', async () => {
    setProfile('pocheon');
    await file({ kind: 'complaint', text: '불편합니다', contact: { phone: '010-2222-3333' } });
    let handler = await signInCookie(t.app, 'admin');
    const get = async () =>
      (await (await t.app.request('/api/feedback', { headers: { cookie: handler } })).json())
        .items[0];
    let item = await get();
    expect(item.deadlines.map((d: { stage: string; dueAt: string }) => [d.stage, d.dueAt])).toEqual(
      [
        ['assign', '2026-11-24T01:00:00.000Z'],
        ['investigate', '2026-11-26T01:00:00.000Z'],
        ['answer', '2026-11-30T01:00:00.000Z'],
      ],
    );
    expect(item.overdue).toBe(false);

    // Two days later, not yet assigned: the assign stage is overdue.
    now = new Date('2026-11-25T01:00:00Z');
    handler = await signInCookie(t.app, 'admin'); // the session would have expired
    item = await get();
    expect(item.overdue).toBe(true);
    expect(item.deadlines[0]).toMatchObject({ stage: 'assign', overdue: true });

    const assign = await t.app.request(
      `/api/feedback/${item.id}/assign`,
      json({ assignee: '민원과 이바다' }, { cookie: handler }),
    );
    expect(assign.status).toBe(200);
    expect((await assign.json()).item).toMatchObject({
      status: 'assigned',
      assignee: '민원과 이바다',
    });
    await t.app.request(`/api/feedback/${item.id}/investigate`, json({}, { cookie: handler }));
    const answered = await t.app.request(
      `/api/feedback/${item.id}/answer`,
      json({ answer: '조치하였습니다.' }, { cookie: handler }),
    );
    expect((await answered.json()).item.status).toBe('answered');
    const closed = await t.app.request(
      `/api/feedback/${item.id}/close`,
      json({}, { cookie: handler }),
    );
    expect((await closed.json()).item.status).toBe('closed');
    const again = await t.app.request(
      `/api/feedback/${item.id}/close`,
      json({}, { cookie: handler }),
    );
    expect(again.status).toBe(409);

    // Switching the profile never moves the deadlines of what was filed under the old one…
    const fixed = item.deadlines.map((d: { stage: string; dueAt: string }) => [d.stage, d.dueAt]);
    setProfile('mokpo');
    item = await get();
    expect(item.deadlines.map((d: { stage: string; dueAt: string }) => [d.stage, d.dueAt])).toEqual(
      fixed,
    );
    // …while a complaint filed now gets the new charter's one 3-day answer deadline.
    await file({ kind: 'complaint', text: '다시 불편합니다', contact: { phone: '010-2222-4444' } });
    const items = (
      await (await t.app.request('/api/feedback', { headers: { cookie: handler } })).json()
    ).items as { id: number; deadlines: { stage: string; dueAt: string }[] }[];
    const fresh = items.find((i) => i.id !== item.id)!;
    expect(fresh.deadlines).toEqual([
      expect.objectContaining({ stage: 'answer', dueAt: '2026-11-28T01:00:00.000Z' }),
    ]);
  });

  it('purges contact and text after the profile’s retention period', async () => {
    await file({
      kind: 'complaint',
      text: '비밀',
      contact: { name: '홍길동', phone: '010-2222-3333' },
    });
    const admin = await signInCookie(t.app, 'admin');
    const id = (await (await t.app.request('/api/feedback', { headers: { cookie: admin } })).json())
      .items[0].id;
    await t.app.request(`/api/feedback/${id}/close`, json({}, { cookie: admin }));
    now = new Date('2027-03-01T01:00:00Z'); // > 90 days (demo profile)
    const later = await signInCookie(t.app, 'admin');
    const item = (
      await (await t.app.request(`/api/feedback`, { headers: { cookie: later } })).json()
    ).items[0];
    expect(item).toMatchObject({ purged: true, text: null, contactName: null, contactPhone: null });
  });
});

describe('exit survey', () => {
  async function servedTicketCode(): Promise<string> {
    const issued = await t.app.request(
      '/api/tickets',
      json({ serviceId: t.hall.services.general, idempotencyKey: 'survey-test-1' }, kiosk()),
    );
    const code: string = (await issued.json()).ticket.code;
    const counter = await signInCookie(t.app, 'counter');
    const counterId = t.hall.counters[0];
    const called = await t.app.request(
      `/api/counters/${counterId}/call-next`,
      json({}, { cookie: counter }),
    );
    expect(called.status).toBe(200);
    const done = await t.app.request(
      `/api/counters/${counterId}/done`,
      json({}, { cookie: counter }),
    );
    expect(done.status).toBe(200);
    return code;
  }

  it('takes one answer per served ticket; a second or an unknown ticket is refused', async () => {
    const code = await servedTicketCode();
    const first = await t.app.request(
      '/api/surveys',
      json({ ticketCode: code, score: 5, comment: '좋아요' }),
    );
    expect(first.status).toBe(201);
    const second = await t.app.request('/api/surveys', json({ ticketCode: code, score: 1 }));
    expect(second.status).toBe(409);
    expect((await second.json()).error.code).toBe('survey_answered');
    const unknown = await t.app.request(
      '/api/surveys',
      json({ ticketCode: 'nope-nope-nope', score: 3 }),
    );
    expect(unknown.status).toBe(404);
    const bad = await t.app.request('/api/surveys', json({ ticketCode: code, score: 6 }));
    expect(bad.status).toBe(400);
  });

  it('takes an anonymous answer from the kiosk home, and none without a ticket from the public', async () => {
    expect((await t.app.request('/api/surveys', json({ score: 4 }, kiosk()))).status).toBe(201);
    expect((await t.app.request('/api/surveys', json({ score: 4 }))).status).toBe(400);
  });
});
