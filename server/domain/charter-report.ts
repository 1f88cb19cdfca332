/**
 * The charter report (C11): for each promise of the active profile, how often it was kept, per
 * day, week or month. Pure: the route reads the tables and passes plain rows in.
 */
import type {
  Bucket,
  CharterReport,
  CompensationCase,
  DepartmentComplaints,
  DepartmentPromise,
  EstimateBucket,
  Granularity,
  LunchCoverage,
  PetitionCase,
  PromiseId,
  PromiseReport,
  ServiceWait,
  SurveyBucket,
  UnmeasuredPromise,
} from '../../shared/charter-report';
import type { CharterProfile } from '../../shared/profiles/schema';
import { CALCULATORS, deadlineOutcome, UNMEASURED, type Calculator } from './charter-promises';
import { clockMinutes, hallDay } from '../../shared/hall-time';

const MIN_MS = 60_000;
const DAY_MS = 24 * 60 * MIN_MS;

export type ReportTicket = {
  id: number;
  number: string;
  serviceId: number;
  serviceName: string;
  /** The service's department; '' when unknown. */
  departmentName?: string;
  status: string;
  issuedAt: string;
  firstCalledAt: string | null;
  /** When the visitor left the line from the phone page (대기 취소); null otherwise. */
  cancelledAt?: string | null;
  estimateMin: number | null;
};
export type ReportHelpPage = {
  /** The department the helper took the visitor to, when known. */
  departmentName?: string | null;
  requestedAt: string;
  arrivedAt: string | null;
  cancelledAt: string | null;
};
export type ReportCallback = {
  departmentName?: string | null;
  createdAt: string;
  deadlineAt: string;
  calledAt: string | null;
  doneAt: string | null;
};
export type ReportComplaint = {
  kind: 'complaint' | 'praise' | 'suggestion';
  /** Filed without a contact: where the charter answers no anonymous complaint, not measured. */
  anonymous?: boolean;
  departmentName?: string | null;
  createdAt: string;
  assignedAt: string | null;
  investigatedAt: string | null;
  answeredAt: string | null;
  /** Deadlines fixed at filing (stage → due time); absent or null: the profile's days apply. */
  due?: Partial<Record<'assign' | 'investigate' | 'answer', string | null>> | null;
};
export type ReportSurvey = { createdAt: string; score: number };
export type ReportPetition = {
  id: number;
  receivedAt: string;
  summary: string;
  departments: number;
  guardianName: string | null;
  noticeDueAt: string | null;
  noticedAt: string | null;
};

/** A case an officer recorded at the counter (C12), with the amount owed when recorded. */
export type ReportCompensation = {
  kind: 'secondVisit' | 'lateDecision';
  ticketId: number | null;
  ticketNumber: string | null;
  serviceName: string | null;
  note: string;
  daysLate?: number | null;
  amountWon: number | null;
  recordedAt: string;
};

export type ReportInput = {
  /** C12 cases recorded at the counter; absent: none were read. */
  compensations?: ReportCompensation[];
  profile: CharterProfile;
  from: string;
  to: string;
  granularity: Granularity;
  now: Date;
  tickets: ReportTicket[];
  helpPages: ReportHelpPage[];
  callbacks: ReportCallback[];
  complaints: ReportComplaint[];
  surveys: ReportSurvey[];
  /** C8; absent: no complex-petition records in this build. */
  petitions?: ReportPetition[];
  /** C13, from `lunchCoverage()`; absent: the counters' log was not read. */
  lunch?: LunchCoverage[];
  demoData: boolean;
  demoRange?: { fromDay: string; toDay: string } | null;
};

export type CounterLogEntry = { counterId: number; at: string; state: string };

/**
 * C13: for every hall day with counter activity and every line, how many minutes of the hall's
 * lunch window at least one counter serving the line was open. Sampled at each minute's middle.
 */
export function lunchCoverage(input: {
  lunch: { from: string; to: string } | null;
  services: { id: number; name: string }[];
  counters: { id: number; serviceIds: number[] }[];
  /** Sorted by time; entries before the first day carry the state into it. */
  log: CounterLogEntry[];
  fromDay: string;
  toDay: string;
}): LunchCoverage[] {
  if (!input.lunch) return [];
  const from = clockMinutes(input.lunch.from);
  const windowMin = clockMinutes(input.lunch.to) - from;
  if (windowMin <= 0) return [];
  const byCounter = new Map<number, { ms: number; open: boolean }[]>();
  for (const e of input.log) {
    const list = byCounter.get(e.counterId) ?? [];
    list.push({ ms: Date.parse(e.at), open: e.state === 'open' });
    byCounter.set(e.counterId, list);
  }
  const openAt = (counterId: number, ms: number) => {
    const list = byCounter.get(counterId);
    if (!list) return false;
    let lo = 0;
    let hi = list.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid] as { ms: number }).ms <= ms) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && (list[found] as { open: boolean }).open;
  };
  const days = [...new Set(input.log.map((e) => hallDay(new Date(e.at))))]
    .filter((d) => d >= input.fromDay && d <= input.toDay)
    .sort();
  const out: LunchCoverage[] = [];
  for (const day of days) {
    const start = Date.parse(`${day}T00:00:00+09:00`) + from * MIN_MS;
    for (const service of input.services) {
      const serving = input.counters.filter((c) => c.serviceIds.includes(service.id));
      if (serving.length === 0) continue;
      let covered = 0;
      for (let m = 0; m < windowMin; m += 1) {
        const t = start + (m + 0.5) * MIN_MS;
        if (serving.some((c) => openAt(c.id, t))) covered += 1;
      }
      out.push({
        day,
        serviceId: service.id,
        serviceName: service.name,
        windowMin,
        coveredMin: covered,
      });
    }
  }
  return out;
}

/** The bucket a moment falls in, on the hall's calendar. */
export function periodOf(iso: string, granularity: Granularity): string {
  const day = hallDay(new Date(iso));
  if (granularity === 'day') return day;
  if (granularity === 'month') return day.slice(0, 7);
  const d = new Date(`${day}T00:00:00Z`);
  const sinceMonday = (d.getUTCDay() + 6) % 7;
  return new Date(d.getTime() - sinceMonday * DAY_MS).toISOString().slice(0, 10);
}

const minutesBetween = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / MIN_MS;
const share = (kept: number, total: number) => (total === 0 ? null : kept / total);

type Outcome = { at: string; kept: boolean };

function bucketsOf(
  outcomes: Outcome[],
  granularity: Granularity,
): { overall: Bucket; buckets: Bucket[] } {
  const map = new Map<string, { total: number; kept: number }>();
  for (const o of outcomes) {
    const key = periodOf(o.at, granularity);
    const b = map.get(key) ?? { total: 0, kept: 0 };
    b.total += 1;
    if (o.kept) b.kept += 1;
    map.set(key, b);
  }
  const buckets = [...map.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([period, b]) => ({
      period,
      total: b.total,
      kept: b.kept,
      share: share(b.kept, b.total),
    }));
  const total = outcomes.length;
  const kept = outcomes.filter((o) => o.kept).length;
  return { overall: { period: 'all', total, kept, share: share(kept, total) }, buckets };
}

/** One calculator's report: its target, its shares per period, and the cases that broke it. */
function promiseReport(calc: Calculator, input: ReportInput): PromiseReport {
  const target = calc.target(input.profile);
  const outcomes = target === null ? [] : calc.outcomes(input, target);
  return {
    id: calc.id,
    charter: calc.charter,
    target,
    unit: calc.unit,
    ...bucketsOf(outcomes, input.granularity),
    cases: outcomes
      .filter((o) => !o.kept)
      .map((o) => ({ at: o.at, label: o.label, departmentName: o.department })),
    note: target === null ? '헌장에 정한 기준이 없습니다.' : null,
  };
}

export function charterReport(input: ReportInput): CharterReport {
  const { profile, granularity } = input;
  const nowMs = input.now.getTime();
  const served = input.tickets.filter((t) => t.firstCalledAt !== null);
  const waitOf = (t: ReportTicket) => minutesBetween(t.issuedAt, t.firstCalledAt as string);
  const waitTarget = profile.queue.waitTargetMin;
  const promises = CALCULATORS.map((calc) => promiseReport(calc, input)).filter(
    // The staged deadlines exist only where the charter has stages (Pocheon).
    (p) => p.target !== null || !['complaintAssign', 'complaintInvestigate'].includes(p.id),
  );
  const outcomesOf = (id: PromiseId) => {
    const calc = CALCULATORS.find((c) => c.id === id) as Calculator;
    const target = calc.target(profile);
    return target === null ? [] : calc.outcomes(input, target);
  };
  const unmeasured: UnmeasuredPromise[] = UNMEASURED.flatMap((u) => {
    const target = u.target(profile);
    return target === null
      ? []
      : [{ key: u.key, charter: u.charter, target, unit: u.unit, reason: u.reason }];
  });

  // Waits per service.
  // Visitors who left the line from the phone are no wait kept or broken: counted apart.
  const byService = new Map<
    number,
    { name: string; department: string; waits: number[]; cancelled: number }
  >();
  for (const t of input.tickets) {
    const cancelled = t.status === 'cancelled';
    if (!cancelled && t.firstCalledAt === null) continue;
    const s = byService.get(t.serviceId) ?? {
      name: t.serviceName,
      department: t.departmentName ?? '',
      waits: [],
      cancelled: 0,
    };
    if (cancelled) s.cancelled += 1;
    else s.waits.push(waitOf(t));
    byService.set(t.serviceId, s);
  }
  const waitsByService: ServiceWait[] = [...byService.entries()]
    .sort(([a], [b]) => a - b)
    .map(([serviceId, s]) => {
      const kept = waitTarget === null ? 0 : s.waits.filter((w) => w <= waitTarget).length;
      return {
        serviceId,
        serviceName: s.name,
        departmentName: s.department,
        total: s.waits.length,
        kept,
        share: waitTarget === null ? null : share(kept, s.waits.length),
        meanWaitMin:
          s.waits.length === 0 ? null : s.waits.reduce((a, b) => a + b, 0) / s.waits.length,
        cancelled: s.cancelled,
      };
    });

  // C10: survey scores per period.
  const surveyMap = new Map<string, number[]>();
  for (const s of input.surveys) {
    const key = periodOf(s.createdAt, granularity);
    surveyMap.set(key, [...(surveyMap.get(key) ?? []), s.score]);
  }
  const surveys: SurveyBucket[] = [...surveyMap.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([period, scores]) => ({
      period,
      count: scores.length,
      meanScore: scores.reduce((a, b) => a + b, 0) / scores.length,
      scores: [1, 2, 3, 4, 5].map(
        (n) => scores.filter((s) => s === n).length,
      ) as SurveyBucket['scores'],
    }));

  // C12: tickets whose wait reached the compensation threshold, for the officer to act on.
  const threshold = profile.compensation.thresholdMin;
  const waitCases: CompensationCase[] =
    threshold === null
      ? []
      : served
          .filter((t) => waitOf(t) >= threshold)
          .map((t) => ({
            reason: 'wait',
            ticketId: t.id,
            number: t.number,
            serviceName: t.serviceName,
            at: t.issuedAt,
            waitMin: waitOf(t),
            note: null,
            daysLate: null,
            amountWon: profile.compensation.amountWon,
          }));
  // Recorded at the counter, each at the amount the charter set when it was recorded.
  const recorded: CompensationCase[] = (input.compensations ?? []).map((c) => ({
    reason: c.kind,
    ticketId: c.ticketId,
    number: c.ticketNumber,
    serviceName: c.serviceName,
    at: c.recordedAt,
    waitMin: null,
    note: c.note,
    daysLate: c.daysLate ?? null,
    amountWon: c.amountWon,
  }));
  const cases = [...waitCases, ...recorded].sort((a, b) => a.at.localeCompare(b.at));

  // The estimator on real tickets: the estimate shown at issue against the real wait.
  const estMap = new Map<string, number[]>();
  for (const t of served) {
    if (t.estimateMin === null) continue;
    const key = periodOf(t.issuedAt, granularity);
    estMap.set(key, [...(estMap.get(key) ?? []), waitOf(t) - t.estimateMin]);
  }
  const estimates: EstimateBucket[] = [...estMap.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([period, errors]) => ({
      period,
      count: errors.length,
      meanAbsErrorMin: errors.reduce((a, e) => a + Math.abs(e), 0) / errors.length,
      meanBiasMin: errors.reduce((a, e) => a + e, 0) / errors.length,
    }));

  // C8: each complex petition with its notice kept, broken or not yet due.
  const petitions: PetitionCase[] = (input.petitions ?? []).map((p) => ({
    ...p,
    onTime:
      p.noticeDueAt === null
        ? null
        : deadlineOutcome(Date.parse(p.noticeDueAt), p.noticedAt, nowMs),
  }));
  const lunch = input.lunch ?? [];

  // C9 per department: complaints and suggestions answered in time; praise counted apart.
  const answerLimit = profile.complaints.stages?.notifyDays ?? profile.complaints.answerDays;
  const byDepartment = new Map<string, DepartmentComplaints>();
  const deptOf = (name: string) => {
    const d = byDepartment.get(name) ?? {
      departmentName: name,
      total: 0,
      kept: 0,
      share: null,
      open: 0,
      praise: 0,
    };
    byDepartment.set(name, d);
    return d;
  };
  for (const c of input.complaints) {
    const d = deptOf(c.departmentName ?? '');
    if (c.kind === 'praise') {
      d.praise += 1;
      continue;
    }
    if (c.answeredAt === null) d.open += 1;
    if (answerLimit === null) continue;
    const kept = deadlineOutcome(
      Date.parse(c.createdAt) + answerLimit * DAY_MS,
      c.answeredAt,
      nowMs,
    );
    if (kept === null) continue;
    d.total += 1;
    if (kept) d.kept += 1;
  }
  const complaintsByDepartment = [...byDepartment.values()]
    .map((d) => ({ ...d, share: share(d.kept, d.total) }))
    .sort((a, b) => a.departmentName.localeCompare(b.departmentName));

  // C4 and C3 per department: where the helper took the visitor, whose officer called back.
  const promisesByDepartment: DepartmentPromise[] = [];
  for (const [id, charter, outcomes] of [
    ['helper', 'C4', outcomesOf('helper')],
    ['callback', 'C3', outcomesOf('callback')],
  ] as const) {
    const map = new Map<string, { total: number; kept: number }>();
    for (const o of outcomes) {
      const d = map.get(o.department ?? '') ?? { total: 0, kept: 0 };
      d.total += 1;
      if (o.kept) d.kept += 1;
      map.set(o.department ?? '', d);
    }
    for (const [departmentName, d] of [...map].sort(([a], [b]) => a.localeCompare(b))) {
      promisesByDepartment.push({
        promise: id,
        charter,
        departmentName,
        ...d,
        share: share(d.kept, d.total),
      });
    }
  }

  return {
    from: input.from,
    to: input.to,
    granularity,
    profileId: profile.id,
    profileSource: profile.source,
    promises,
    waitsByService,
    surveys,
    compensation: { thresholdMin: threshold, amountWon: profile.compensation.amountWon, cases },
    estimates,
    petitions,
    lunch,
    complaintsByDepartment,
    byDepartment: promisesByDepartment,
    unmeasured,
    demoData: input.demoData,
    demoRange: input.demoRange ?? null,
  };
}
