import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, json, signInCookie } from '../helpers/fixture';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeEach(async () => {
  t = await createTestApp({ now: () => new Date('2026-11-23T01:00:00Z') });
});
afterEach(() => t.close());

describe('GET /api/reports/charter', () => {
  it('reports the day’s complaint and survey for the admin, as JSON and CSV', async () => {
    const kiosk = { authorization: `Bearer ${t.hall.tokens.kiosk}` };
    await t.app.request('/api/feedback', json({ kind: 'complaint', text: '느립니다' }, kiosk));
    await t.app.request('/api/surveys', json({ score: 2 }, kiosk));
    const admin = await signInCookie(t.app, 'admin');
    const res = await t.app.request('/api/reports/charter?from=2026-11-23&to=2026-11-23', {
      headers: { cookie: admin },
    });
    expect(res.status).toBe(200);
    const report = await res.json();
    expect(report.profileId).toBe('demo');
    expect(report.surveys).toEqual([
      { period: '2026-11-23', count: 1, meanScore: 2, scores: [0, 1, 0, 0, 0] },
    ]);
    // Filed now, due in 3 days: not yet measured.
    expect(report.promises.find((p: { id: string }) => p.id === 'complaint').overall.total).toBe(0);

    const csv = await t.app.request(
      '/api/reports/charter.csv?from=2026-11-23&to=2026-11-23&table=surveys',
      { headers: { cookie: admin } },
    );
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toContain('charter-surveys-2026-11-23');
    const text = await csv.text();
    expect(text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
      '기간,응답 수,평균 점수,1점,2점,3점,4점,5점',
    );
    expect(text).toContain('2026-11-23,1,2,0,1,0,0,0');
  });

  it('is for the admin only and refuses a backwards range', async () => {
    const counter = await signInCookie(t.app, 'counter');
    const res = await t.app.request('/api/reports/charter?from=2026-11-23&to=2026-11-23', {
      headers: { cookie: counter },
    });
    expect(res.status).toBe(403);
    const admin = await signInCookie(t.app, 'admin');
    const bad = await t.app.request('/api/reports/charter?from=2026-11-24&to=2026-11-23', {
      headers: { cookie: admin },
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.code).toBe('invalid_range');
  });
});
