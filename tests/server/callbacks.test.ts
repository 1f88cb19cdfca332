import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { profileById } from '../../shared/profiles';
import { maskPhone, normalizeKoreanPhone } from '../../shared/phone';
import type { CallbackReceipt, CallbackView } from '../../shared/schemas/staff';
import { createTestApp, json, signInCookie } from '../helpers/fixture';

let now = new Date('2026-11-23T01:30:00Z'); // 10:30 KST
let t: Awaited<ReturnType<typeof createTestApp>>;
beforeEach(async () => {
  now = new Date('2026-11-23T01:30:00Z');
  t = await createTestApp({ now: () => now });
});
afterEach(() => t.close());

const kiosk = () => ({ authorization: `Bearer ${t.hall.tokens.kiosk}` });
const staffId = (i: number) => t.hall.staff[i] ?? 0;

async function leave(staff: number, phone = '010-1234-5678') {
  const res = await t.app.request(
    '/api/callbacks',
    json({ staffId: staff, phone, topic: '전입신고 문의' }, kiosk()),
  );
  return { res, body: (await res.json()) as { callback: CallbackReceipt } };
}

async function inbox(cookie: string) {
  const res = await t.app.request('/api/callbacks/inbox', { headers: { cookie } });
  expect(res.status).toBe(200);
  return ((await res.json()) as { callbacks: CallbackView[] }).callbacks;
}

describe('Korean phone numbers', () => {
  it('accepts mobile and landline formats and masks the last group', () => {
    expect(normalizeKoreanPhone('01012345678')).toBe('010-1234-5678');
    expect(normalizeKoreanPhone('02 123 4567')).toBe('02-123-4567');
    expect(normalizeKoreanPhone('031-1234-5678')).toBe('031-1234-5678');
    expect(normalizeKoreanPhone('1588-1234')).toBe('1588-1234');
    for (const bad of ['12345', '010-123-456', '099-123-4567', 'abc', '010-1234-56789']) {
      expect(normalizeKoreanPhone(bad)).toBeNull();
    }
    expect(maskPhone('010-1234-5678')).toBe('010-1234-****');
  });
});

describe('callback requests', () => {
  it('computes the deadline from the profile and shows the number only to the officer', async () => {
    // The counter account is staff[1]: away at training, back at 11:00, before the deadline.
    const admin = await signInCookie(t.app, 'admin');
    await t.app.request(
      `/api/staff/${staffId(1)}/presence`,
      json({ presence: 'training', returnAt: '11:00' }, { cookie: admin }),
    );
    const { res, body } = await leave(staffId(1), '01012345678');
    expect(res.status).toBe(201);
    const minutes = profileById('demo').callback.callbackDeadlineMin ?? 0;
    expect(minutes).toBe(60);
    expect(body.callback.deadlineMin).toBe(minutes);
    expect(body.callback.deadlineAt).toBe(new Date(now.getTime() + minutes * 60_000).toISOString());
    expect(body.callback.phoneMasked).toBe('010-1234-****');

    const officer = await signInCookie(t.app, 'counter');
    const mine = await inbox(officer);
    expect(mine).toHaveLength(1);
    expect(mine[0]?.phone).toBe('010-1234-5678');
    expect(mine[0]?.masked).toBe(false);
    // The admin sees it, masked.
    expect((await inbox(admin))[0]?.phone).toBe('010-1234-****');
  });

  it('refuses a number that is not Korean', async () => {
    const { res } = await leave(staffId(1), '555-0100');
    expect(res.status).toBe(400);
  });

  it('goes to the present stand-in when the officer is away past the deadline', async () => {
    const admin = await signInCookie(t.app, 'admin');
    await t.app.request(
      `/api/staff/${staffId(0)}/presence`,
      json({ presence: 'leave', proxyId: staffId(1) }, { cookie: admin }),
    );
    await leave(staffId(0));
    const officer = await signInCookie(t.app, 'counter'); // staff[1], the stand-in
    const [view] = await inbox(officer);
    expect(view?.assigneeId).toBe(staffId(1));
    expect(view?.phone).toBe('010-1234-5678');
  });

  it('marks called and done; flags overdue; purges the number after the retention period', async () => {
    await leave(staffId(1));
    const officer = await signInCookie(t.app, 'counter');
    const [first] = await inbox(officer);
    expect(first?.overdue).toBe(false);
    now = new Date(now.getTime() + 61 * 60_000);
    expect((await inbox(officer))[0]?.overdue).toBe(true);
    const id = first?.id ?? 0;
    const called = await t.app.request(
      `/api/callbacks/${id}/called`,
      json({ outcome: 'reached' }, { cookie: officer }),
    );
    expect(called.status).toBe(200);
    expect(
      (await t.app.request(`/api/callbacks/${id}/done`, json({}, { cookie: officer }))).status,
    ).toBe(200);
    expect(t.deps.store.callbacks.get(t.hall.hallId, id)?.phone).toBe('010-1234-5678');

    const days = profileById('demo').retention.callbackDays ?? 0;
    now = new Date(now.getTime() + (days - 1) * 86_400_000);
    await inbox(await signInCookie(t.app, 'counter'));
    expect(t.deps.store.callbacks.get(t.hall.hallId, id)?.phone).toBe('010-1234-5678');
    now = new Date(now.getTime() + 2 * 86_400_000);
    await inbox(await signInCookie(t.app, 'counter'));
    const row = t.deps.store.callbacks.get(t.hall.hallId, id);
    expect(row?.phone).toBeNull();
    expect(row?.purged_at).not.toBeNull();
    // Nothing of the number is left anywhere in the database.
    const dump = JSON.stringify(t.deps.store.db.prepare('SELECT * FROM events').all());
    expect(dump).not.toContain('5678');
  });

  it('lets only the responsible officer mark a request', async () => {
    const admin = await signInCookie(t.app, 'admin');
    // staff[0] is present: the request is theirs, not the counter account's (staff[1]).
    await leave(staffId(0));
    const officer = await signInCookie(t.app, 'counter');
    const [view] = await inbox(admin);
    expect(await inbox(officer)).toEqual([]);
    const res = await t.app.request(
      `/api/callbacks/${view?.id}/called`,
      json({ outcome: 'no-answer' }, { cookie: officer }),
    );
    expect(res.status).toBe(403);
  });
});

describe('presence', () => {
  it('an officer sets their own presence; not a colleague’s', async () => {
    const officer = await signInCookie(t.app, 'counter');
    const own = await t.app.request(
      `/api/staff/${staffId(1)}/presence`,
      json({ presence: 'meeting', returnAt: '11:30', proxyId: staffId(2) }, { cookie: officer }),
    );
    expect(own.status).toBe(200);
    const member = t.deps.store.staff.get(t.hall.hallId, staffId(1));
    expect(member).toMatchObject({ presence: 'meeting', returnAt: '11:30', proxyId: staffId(2) });
    const other = await t.app.request(
      `/api/staff/${staffId(0)}/presence`,
      json({ presence: 'leave' }, { cookie: officer }),
    );
    expect(other.status).toBe(403);
    const back = await t.app.request(
      `/api/staff/${staffId(1)}/presence`,
      json({ presence: 'in' }, { cookie: officer }),
    );
    expect(back.status).toBe(200);
    expect(t.deps.store.staff.get(t.hall.hallId, staffId(1))?.returnAt).toBeNull();
  });
});
