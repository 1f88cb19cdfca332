/**
 * The role matrix of the complaint inbox: administrators handle every complaint; a counter officer
 * only the one an administrator made them the handler of; nobody, handler or administrator, a
 * complaint about themselves; guides and anonymous callers none. Every look at a contact is logged.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../server/auth/principal';
import { newToken, sha256 } from '../../server/auth/secrets';
import { createTestApp, json, signInCookie } from '../helpers/fixture';

const NOW = new Date('2026-11-23T01:00:00Z');
let t: Awaited<ReturnType<typeof createTestApp>>;
beforeEach(async () => {
  t = await createTestApp({ now: () => NOW });
});
afterEach(() => t.close());

type Caller = 'admin' | 'counter' | 'handler' | 'subject' | 'guide' | 'anonymous';
const CALLERS: Caller[] = ['admin', 'counter', 'handler', 'subject', 'guide', 'anonymous'];

/** A counter account for a staff member, signed in straight in the store. */
function officer(username: string, staffId: number) {
  const id = t.deps.store.accounts.add(
    t.hall.hallId,
    {
      username,
      displayName: username,
      role: 'counter',
      staffId,
      passwordHash: 'unused',
      mustChangePassword: false,
    },
    NOW.toISOString(),
  );
  const token = newToken();
  const until = new Date(NOW.getTime() + 3600_000).toISOString();
  t.deps.store.accounts.addSession(sha256(token), t.hall.hallId, id, NOW.toISOString(), until);
  return { id, cookie: `${SESSION_COOKIE}=${token}` };
}

async function callers() {
  // The seeded counter account is 이바다 (staff[1]): the officer the complaints name.
  const handler = officer('handler', t.hall.staff[2]!);
  const counter = officer('bystander', t.hall.staff[0]!);
  const cookies: Record<Caller, string | null> = {
    admin: await signInCookie(t.app, 'admin'),
    counter: counter.cookie,
    handler: handler.cookie,
    subject: await signInCookie(t.app, 'counter'),
    guide: await signInCookie(t.app, 'guide'),
    anonymous: null,
  };
  return { cookies, handlerId: handler.id };
}

const kiosk = () => ({ authorization: `Bearer ${t.hall.tokens.kiosk}` });

/** A complaint about 이바다 with a contact, assigned by the admin to the handler. */
async function complaint(admin: string, handlerId: number): Promise<number> {
  const filed = await t.app.request(
    '/api/feedback',
    json(
      {
        kind: 'complaint',
        departmentId: t.hall.departments.civil,
        officer: '이바다 주무관',
        text: '창구에서 불친절했습니다.',
        contact: { name: '홍길동', phone: '01012345678' },
      },
      kiosk(),
    ),
  );
  expect(filed.status).toBe(201);
  const id = t.deps.store.feedback.list(t.hall.hallId)[0]!.id;
  const assigned = await t.app.request(
    `/api/feedback/${id}/assign`,
    json({ handlerAccountId: handlerId }, { cookie: admin }),
  );
  expect(assigned.status).toBe(200);
  return id;
}

const ROUTES: Record<string, (id: number) => [string, RequestInit | undefined]> = {
  read: (id) => [`/api/feedback/${id}`, undefined],
  assign: (id) => [`/api/feedback/${id}/assign`, json({ assignee: '민원과 박들' })],
  investigate: (id) => [`/api/feedback/${id}/investigate`, json({})],
  answer: (id) => [`/api/feedback/${id}/answer`, json({ answer: '조치하였습니다.' })],
  close: (id) => [`/api/feedback/${id}/close`, json({})],
};

// Allowed: 200. An item the caller may not handle does not exist for them: 404.
const EXPECTED: Record<string, Record<Caller, number>> = {
  read: { admin: 200, counter: 404, handler: 200, subject: 404, guide: 403, anonymous: 401 },
  assign: { admin: 200, counter: 403, handler: 403, subject: 403, guide: 403, anonymous: 401 },
  investigate: { admin: 200, counter: 404, handler: 200, subject: 404, guide: 403, anonymous: 401 },
  answer: { admin: 200, counter: 404, handler: 200, subject: 404, guide: 403, anonymous: 401 },
  close: { admin: 200, counter: 404, handler: 200, subject: 404, guide: 403, anonymous: 401 },
};

function withCookie(init: RequestInit | undefined, cookie: string | null): RequestInit {
  const headers = { ...((init?.headers as Record<string, string>) ?? {}) };
  if (cookie) headers.cookie = cookie;
  return { ...init, headers };
}

const contactViews = () =>
  t.deps.store.events
    .ofType(t.hall.hallId, 'feedback:contact-viewed')
    .map((e) => (e as { actor: string }).actor);

describe('who handles a complaint', () => {
  it('each complaint route, for each caller, answers as the matrix says', async () => {
    const { cookies, handlerId } = await callers();
    const seen: Record<string, Record<string, number>> = {};
    for (const [route, make] of Object.entries(ROUTES)) {
      seen[route] = {};
      for (const caller of CALLERS) {
        const id = await complaint(cookies.admin!, handlerId);
        const [path, init] = make(id);
        const res = await t.app.request(path, withCookie(init, cookies[caller]));
        seen[route][caller] = res.status;
      }
    }
    expect(seen).toEqual(EXPECTED);
  });

  it('lists a complaint, masked, to the admin and its handler only; not to the officer it names', async () => {
    const { cookies, handlerId } = await callers();
    const id = await complaint(cookies.admin!, handlerId);
    const listed: Record<string, number[] | number> = {};
    for (const caller of CALLERS) {
      const res = await t.app.request('/api/feedback', withCookie(undefined, cookies[caller]));
      listed[caller] = res.ok
        ? ((await res.json()) as { items: { id: number; contactName: string }[] }).items.map(
            (i) => {
              expect(i.contactName).toBe('홍*동');
              return i.id;
            },
          )
        : res.status;
    }
    expect(listed).toEqual({
      admin: [id],
      counter: [],
      handler: [id],
      subject: [],
      guide: 403,
      anonymous: 401,
    });
  });

  it('reveals the whole contact to the admin and the handler, logging every look, and to nobody else', async () => {
    const { cookies, handlerId } = await callers();
    const id = await complaint(cookies.admin!, handlerId);
    for (const caller of CALLERS) {
      const res = await t.app.request(
        `/api/feedback/${id}`,
        withCookie(undefined, cookies[caller]),
      );
      if (caller === 'admin' || caller === 'handler') {
        expect((await res.json()).item).toMatchObject({
          contactName: '홍길동',
          contactPhone: '010-1234-5678',
          masked: false,
        });
      } else {
        expect(JSON.stringify(await res.json())).not.toContain('홍길동');
      }
    }
    expect(contactViews()).toEqual([`account:${t.hall.accounts.admin}`, `account:${handlerId}`]);
  });

  it('answers a step with the contact masked: the whole contact only comes with a logged look', async () => {
    const { cookies, handlerId } = await callers();
    const id = await complaint(cookies.admin!, handlerId);
    for (const [route, make] of Object.entries(ROUTES)) {
      if (route === 'read') continue;
      const [path, init] = make(id);
      const res = await t.app.request(path, withCookie(init, cookies.admin));
      expect((await res.json()).item).toMatchObject({ contactName: '홍*동', masked: true });
    }
    expect(contactViews()).toEqual([]);
  });

  it('keeps a complaint from the admin it names, and an officer from handling one about them', async () => {
    const { cookies, handlerId } = await callers();
    await t.app.request(
      '/api/feedback',
      json({ kind: 'complaint', officer: 'admin 담당', text: '관리자가 불친절했습니다.' }, kiosk()),
    );
    const aboutAdmin = t.deps.store.feedback.list(t.hall.hallId)[0]!.id;
    const list = await (
      await t.app.request('/api/feedback', { headers: { cookie: cookies.admin! } })
    ).json();
    expect(list.items.map((i: { id: number }) => i.id)).not.toContain(aboutAdmin);
    expect(
      (await t.app.request(`/api/feedback/${aboutAdmin}`, { headers: { cookie: cookies.admin! } }))
        .status,
    ).toBe(404);

    const aboutSubject = await complaint(cookies.admin!, handlerId);
    const toSubject = await t.app.request(
      `/api/feedback/${aboutSubject}/assign`,
      json({ handlerAccountId: t.hall.accounts.counter }, { cookie: cookies.admin! }),
    );
    expect(toSubject.status).toBe(409);
    expect(await toSubject.json()).toMatchObject({ error: { code: 'handler_is_subject' } });
    const toGuide = await t.app.request(
      `/api/feedback/${aboutSubject}/assign`,
      json({ handlerAccountId: t.hall.accounts.guide }, { cookie: cookies.admin! }),
    );
    expect(toGuide.status).toBe(400);
    // Reassigned by name only: the former handler loses it.
    await t.app.request(
      `/api/feedback/${aboutSubject}/assign`,
      json({ assignee: '민원과장' }, { cookie: cookies.admin! }),
    );
    expect(
      (
        await t.app.request(`/api/feedback/${aboutSubject}`, {
          headers: { cookie: cookies.handler! },
        })
      ).status,
    ).toBe(404);
  });

  it('still brings praise to the officer it names, in the counter console', async () => {
    const { cookies } = await callers();
    await t.app.request(
      '/api/feedback',
      json({ kind: 'praise', officer: '이바다', text: '친절했습니다.' }, kiosk()),
    );
    const mine = await (
      await t.app.request('/api/praise/mine', { headers: { cookie: cookies.subject! } })
    ).json();
    expect(JSON.stringify(mine)).toContain('친절했습니다.');
  });
});
