import { describe, expect, it } from 'vitest';
import {
  charterReport,
  lunchCoverage,
  periodOf,
  type ReportInput,
} from '../../server/domain/charter-report';
import { reportTables, toCsv } from '../../shared/charter-report';
import { gwangjinProfile } from '../../shared/profiles/gwangjin';
import { pocheonProfile } from '../../shared/profiles/pocheon';

const profile = {
  ...gwangjinProfile,
  helpers: {
    responseLimitMin: 10,
    escalateAfterMin: 3,
    minOnDuty: 2,
    escortLeadMin: 5,
    walkMin: 2,
  },
};
const T = (iso: string) => `2026-11-${iso}:00.000Z`;
const ticket = (
  id: number,
  issued: string,
  called: string | null,
  est: number | null,
  svc = 1,
) => ({
  id,
  number: String(1000 + id),
  serviceId: svc,
  serviceName: svc === 1 ? '제증명' : '여권',
  departmentName: svc === 1 ? '민원여권과' : '여권팀',
  status: called ? 'done' : 'waiting',
  issuedAt: T(issued),
  firstCalledAt: called ? T(called) : null,
  estimateMin: est,
});

// A hand-built fortnight: every figure below is counted by hand from these rows.
const input: ReportInput = {
  profile,
  from: '2026-11-23',
  to: '2026-11-30',
  granularity: 'day',
  now: new Date(T('30T00:30')),
  tickets: [
    ticket(1, '23T01:00', '23T01:03', 2), // 3 min: kept, error +1
    ticket(2, '23T01:00', '23T01:07', 5, 2), // 7 min: broken, error +2
    ticket(3, '23T01:10', '23T02:20', 10), // 70 min: broken, compensation, error +60
    ticket(4, '23T01:20', null, 4), // never called: broken once its 5 minutes passed
    ticket(5, '24T02:00', '24T02:05', null), // exactly 5 min: kept
  ],
  helpPages: [
    {
      requestedAt: T('23T01:00'),
      arrivedAt: T('23T01:08'),
      cancelledAt: null,
      departmentName: '세무과',
    }, // kept
    { requestedAt: T('23T01:00'), arrivedAt: T('23T01:15'), cancelledAt: null }, // broken
    { requestedAt: T('23T01:00'), arrivedAt: null, cancelledAt: T('23T01:01') }, // not counted
    { requestedAt: T('23T01:00'), arrivedAt: null, cancelledAt: null }, // never came: broken
  ],
  callbacks: [
    { createdAt: T('23T01:00'), deadlineAt: T('23T02:00'), calledAt: T('23T01:30'), doneAt: null },
    { createdAt: T('23T01:00'), deadlineAt: T('23T02:00'), calledAt: null, doneAt: T('23T02:30') },
    { createdAt: T('30T00:00'), deadlineAt: T('30T01:00'), calledAt: null, doneAt: null }, // not due
  ],
  complaints: [
    {
      kind: 'complaint',
      createdAt: T('23T01:00'),
      assignedAt: null,
      investigatedAt: null,
      answeredAt: T('25T01:00'),
    },
    {
      kind: 'suggestion',
      createdAt: T('23T01:00'),
      assignedAt: null,
      investigatedAt: null,
      answeredAt: T('27T01:00'),
    },
    {
      kind: 'praise',
      createdAt: T('23T01:00'),
      assignedAt: null,
      investigatedAt: null,
      answeredAt: null,
    },
    {
      kind: 'complaint',
      createdAt: T('29T01:00'),
      assignedAt: null,
      investigatedAt: null,
      answeredAt: null,
    },
  ],
  surveys: [
    { createdAt: T('23T03:00'), score: 5 },
    { createdAt: T('23T04:00'), score: 4 },
    { createdAt: T('23T05:00'), score: 4 },
    { createdAt: T('24T03:00'), score: 1 },
  ],
  demoData: false,
};

describe('charter report', () => {
  const report = charterReport(input);
  const promise = (id: string) => report.promises.find((p) => p.id === id);

  it('leaves out of C5 a visitor who cancelled on the phone before the target, not one after', () => {
    const cancelled = (id: number, at: string) => ({
      ...ticket(id, '25T01:00', null, 3),
      status: 'cancelled',
      cancelledAt: T(at),
    });
    const wait = charterReport({
      ...input,
      tickets: [cancelled(6, '25T01:02'), cancelled(7, '25T01:09')],
    }).promises.find((p) => p.id === 'wait');
    // 1006 left after 2 of the 5 minutes: no promise was at stake. 1007 had waited 9 minutes.
    expect(wait?.overall).toMatchObject({ total: 1, kept: 0 });
  });

  it('counts waits within the target per day and overall (C5)', () => {
    expect(promise('wait')).toMatchObject({
      target: 5,
      overall: { total: 5, kept: 2, share: 0.4 },
      buckets: [
        { period: '2026-11-23', total: 4, kept: 1, share: 0.25 },
        { period: '2026-11-24', total: 1, kept: 1, share: 1 },
      ],
    });
    expect(report.waitsByService).toEqual([
      {
        serviceId: 1,
        serviceName: '제증명',
        departmentName: '민원여권과',
        total: 3,
        kept: 2,
        share: 2 / 3,
        meanWaitMin: 78 / 3,
        cancelled: 0,
      },
      {
        serviceId: 2,
        serviceName: '여권',
        departmentName: '여권팀',
        total: 1,
        kept: 0,
        share: 0,
        meanWaitMin: 7,
        cancelled: 0,
      },
    ]);
  });

  it('counts helper arrivals, callbacks and complaint answers against their limits', () => {
    expect(promise('helper')?.overall).toMatchObject({ total: 3, kept: 1 });
    // Per department: the one page that named 세무과 was kept; the other two named none.
    expect(report.byDepartment.filter((d) => d.promise === 'helper')).toEqual([
      { promise: 'helper', charter: 'C4', departmentName: '', total: 2, kept: 0, share: 0 },
      { promise: 'helper', charter: 'C4', departmentName: '세무과', total: 1, kept: 1, share: 1 },
    ]);
    expect(promise('callback')?.overall).toMatchObject({ total: 2, kept: 1 });
    expect(promise('complaint')).toMatchObject({
      target: 3,
      unit: 'day',
      overall: { total: 2, kept: 1 },
    });
  });

  it('sums surveys, lists compensation cases and measures the estimator', () => {
    expect(report.surveys).toEqual([
      { period: '2026-11-23', count: 3, meanScore: 13 / 3, scores: [0, 0, 0, 2, 1] },
      { period: '2026-11-24', count: 1, meanScore: 1, scores: [1, 0, 0, 0, 0] },
    ]);
    expect(report.compensation).toMatchObject({ thresholdMin: 60, amountWon: 10000 });
    expect(report.compensation.cases.map((c) => [c.ticketId, c.waitMin])).toEqual([[3, 70]]);
    expect(report.estimates).toEqual([
      { period: '2026-11-23', count: 3, meanAbsErrorMin: 21, meanBiasMin: 21 },
    ]);
  });

  it('groups by week (Monday) and month on the hall’s clock', () => {
    expect(periodOf('2026-11-29T14:59:00Z', 'week')).toBe('2026-11-23'); // Sun 23:59 KST
    expect(periodOf('2026-11-29T15:00:00Z', 'week')).toBe('2026-11-30'); // Mon 00:00 KST
    expect(periodOf('2026-11-30T15:00:00Z', 'month')).toBe('2026-12');
    const weekly = charterReport({ ...input, granularity: 'week' });
    expect(weekly.promises.find((p) => p.id === 'wait')?.buckets).toEqual([
      { period: '2026-11-23', total: 5, kept: 2, share: 0.4 },
    ]);
  });

  it('measures Pocheon’s three complaint stages and says when a charter is silent', () => {
    const p = charterReport({ ...input, profile: pocheonProfile });
    expect(p.promises.map((x) => x.id)).toEqual([
      'wait',
      'helper',
      'callback',
      'complaint',
      'complaintAssign',
      'complaintInvestigate',
      'petitionNotice',
      'lunch',
    ]);
    // 7 days: both answered in time (2 and 4 days); the one from the 29th is not yet due.
    expect(p.promises.find((x) => x.id === 'complaint')?.overall).toMatchObject({
      total: 2,
      kept: 2,
    });
    // Never assigned: both from the 23rd are past their 1-day deadline; the 29th's is due at
    // 30T01:00, after "now" (30T00:30), so not yet measured.
    expect(p.promises.find((x) => x.id === 'complaintAssign')?.overall).toMatchObject({
      total: 2,
      kept: 0,
    });
    expect(p.promises.find((x) => x.id === 'callback')).toMatchObject({
      target: null,
      note: expect.any(String),
    });
    expect(p.compensation.cases).toEqual([]);
  });

  it('measures each complaint against the deadline fixed when it was filed, not today’s profile', () => {
    // Filed under Pocheon (answer in 7 days, assign in 1), measured after a switch to 3 days:
    // answered on day 4, it kept its own 7-day promise; the assign stage it was filed with stays.
    const filed = {
      kind: 'complaint' as const,
      createdAt: T('23T01:00'),
      assignedAt: T('23T05:00'),
      investigatedAt: null,
      answeredAt: T('27T01:00'),
      due: { assign: T('24T01:00'), investigate: T('26T01:00'), answer: T('30T01:00') },
    };
    // Filed under a charter with one 3-day answer deadline and no stages.
    const single = { ...filed, assignedAt: null, due: { answer: T('26T01:00') } };
    const r = charterReport({ ...input, profile: pocheonProfile, complaints: [filed, single] });
    expect(r.promises.find((x) => x.id === 'complaint')?.overall).toMatchObject({
      total: 2,
      kept: 1,
    });
    // The single-deadline item had no assign stage when filed: only the first counts.
    expect(r.promises.find((x) => x.id === 'complaintAssign')?.overall).toMatchObject({
      total: 1,
      kept: 1,
    });
  });

  it('exports every table as CSV whose columns match the table', () => {
    const tables = reportTables(report);
    expect(tables.map((t) => t.name)).toEqual([
      'promises',
      'waits-by-service',
      'surveys',
      'compensation',
      'estimates',
      'petitions',
      'lunch',
      'complaints-by-department',
      'by-department',
      'broken-cases',
      'unmeasured',
    ]);
    for (const table of tables) {
      const lines = toCsv(table)
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n');
      expect(lines[0]).toBe(table.columns.join(','));
      expect(lines).toHaveLength(table.rows.length + 1);
      for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
    }
    const promises = toCsv(tables[0]!);
    // Korean column names and promise names, as the hall's staff read them.
    expect(promises.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
      '약속,헌장 항목,기준,단위,기간,대상 건수,지킨 건수,달성률(%)',
    );
    expect(promises).toContain('대기 시간,C5,5,분,2026-11-23,4,1,25');
    expect(promises).toContain('대기 시간,C5,5,분,전체,5,2,40');
    // The breaking cases name the ticket: 1002 (7 min), 1003 (70 min) and 1004 (never called).
    const broken = tables.find((t) => t.name === 'broken-cases')!;
    expect(broken.rows.filter((r) => r[1] === 'C5').map((r) => r[5])).toEqual([
      '1002 · 여권',
      '1003 · 제증명',
      '1004 · 제증명',
    ]);
    // Gwangjin's stop-work seconds and phone promises are listed with why they are not measured.
    const unmeasured = tables.find((t) => t.name === 'unmeasured')!;
    expect(unmeasured.rows.map((r) => r[1])).toContain('otherPromises.stopWorkSec');
    expect(unmeasured.rows.every((r) => typeof r[4] === 'string' && r[4].length > 10)).toBe(true);
  });

  it('writes formula-looking text as text in the CSV', () => {
    const csv = toCsv({ name: 'x', columns: ['a'], rows: [['=HYPERLINK("x")']] });
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });
});

describe('charter report: complex petitions (C8), lunch hour (C13), departments (C9)', () => {
  const petition = (id: number, received: string, due: string | null, noticed: string | null) => ({
    id,
    receivedAt: T(received),
    summary: '공장 설립',
    departments: 2,
    guardianName: '김민원',
    noticeDueAt: due ? T(due) : null,
    noticedAt: noticed ? T(noticed) : null,
  });
  const withMapo = {
    ...input,
    profile: {
      ...profile,
      complexPetition: { minDepartments: 2, minDays: 7, noticeWithinDays: 3, guardianGrade: null },
      lunch: { noGap: true, exceptions: null },
    },
    petitions: [
      petition(1, '23T01:00', '26T01:00', '25T01:00'), // on time
      petition(2, '23T01:00', '26T01:00', '27T01:00'), // late
      petition(3, '24T01:00', '27T01:00', null), // never given, past due: broken
      petition(4, '29T01:00', '30T01:00', null), // due 30T01:00 > now: not yet
    ],
  };

  it('counts progress notices given within the profile’s days', () => {
    const report = charterReport(withMapo);
    expect(report.promises.find((p) => p.id === 'petitionNotice')).toMatchObject({
      charter: 'C8',
      target: 3,
      unit: 'day',
      overall: { total: 3, kept: 1 },
      note: null,
    });
    expect(report.petitions.map((p) => p.onTime)).toEqual([true, false, false, null]);
    const csv = reportTables(report).find((t) => t.name === 'petitions');
    // Times on the hall's clock (KST, +9 h).
    expect(csv?.rows[1]).toEqual([
      2,
      '2026-11-23 10:00',
      '공장 설립',
      2,
      '김민원',
      '2026-11-26 10:00',
      '2026-11-27 10:00',
      '아니요',
    ]);
  });

  it('says the charter is silent on notices where it is (Anyang)', () => {
    const report = charterReport({
      ...withMapo,
      profile: {
        ...withMapo.profile,
        complexPetition: {
          minDepartments: null,
          minDays: 10,
          noticeWithinDays: null,
          guardianGrade: 6,
        },
      },
    });
    expect(report.promises.find((p) => p.id === 'petitionNotice')).toMatchObject({
      target: null,
      overall: { total: 0 },
      note: '헌장에 정한 기준이 없습니다.',
    });
  });

  it('measures lunch-hour coverage per line from the counters’ log', () => {
    // Lunch 12:00–13:00 KST = 03:00–04:00Z. Line 1: counters 1 and 2 alternate, no gap.
    // Line 2: counter 3 alone goes to lunch 12:00–13:00: a 60-minute gap.
    // Line 3: counter 4 opens at 12:30: 30 minutes covered.
    const log = [
      { counterId: 1, at: T('23T00:00'), state: 'open' },
      { counterId: 2, at: T('23T00:00'), state: 'open' },
      { counterId: 3, at: T('23T00:00'), state: 'open' },
      { counterId: 1, at: T('23T02:30'), state: 'lunch' },
      { counterId: 1, at: T('23T03:30'), state: 'open' },
      { counterId: 2, at: T('23T03:30'), state: 'lunch' },
      { counterId: 2, at: T('23T04:30'), state: 'open' },
      { counterId: 3, at: T('23T03:00'), state: 'lunch' },
      { counterId: 3, at: T('23T04:00'), state: 'open' },
      { counterId: 4, at: T('23T03:30'), state: 'open' },
    ];
    const lunch = lunchCoverage({
      lunch: { from: '12:00', to: '13:00' },
      services: [
        { id: 1, name: '제증명' },
        { id: 2, name: '인감' },
        { id: 3, name: '여권' },
      ],
      counters: [
        { id: 1, serviceIds: [1] },
        { id: 2, serviceIds: [1] },
        { id: 3, serviceIds: [2] },
        { id: 4, serviceIds: [3] },
      ],
      log,
      fromDay: '2026-11-23',
      toDay: '2026-11-23',
    });
    expect(lunch.map((l) => [l.serviceId, l.windowMin, l.coveredMin])).toEqual([
      [1, 60, 60],
      [2, 60, 0],
      [3, 60, 30],
    ]);
    const report = charterReport({ ...withMapo, lunch });
    expect(report.promises.find((p) => p.id === 'lunch')).toMatchObject({
      charter: 'C13',
      target: 0,
      overall: { total: 3, kept: 1 },
      buckets: [{ period: '2026-11-23', total: 3, kept: 1 }],
    });
    // Gwangjin's charter is silent on lunch: not measured, said so.
    expect(charterReport({ ...input, lunch }).promises.find((p) => p.id === 'lunch')).toMatchObject(
      { target: null, note: expect.any(String) },
    );
  });

  it('counts complaint answers per department, praise apart', () => {
    const report = charterReport({
      ...input,
      complaints: input.complaints.map((c, i) => ({
        ...c,
        departmentName: i === 1 ? '세무과' : '민원여권과',
      })),
    });
    expect(report.complaintsByDepartment).toEqual([
      { departmentName: '민원여권과', total: 1, kept: 1, share: 1, open: 1, praise: 1 },
      { departmentName: '세무과', total: 1, kept: 0, share: 0, open: 0, praise: 0 },
    ]);
  });
});
