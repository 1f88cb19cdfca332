/** The charter report's shape, shared by the server that computes it and the admin page. */
import { hallStamp } from './hall-time';

export type Granularity = 'day' | 'week' | 'month';

export type Bucket = {
  /** "YYYY-MM-DD" (a day, or the Monday of a week) or "YYYY-MM". */
  period: string;
  total: number;
  kept: number;
  /** kept / total, 0..1; null when nothing was measured. */
  share: number | null;
};

export type PromiseId =
  | 'wait'
  | 'helper'
  | 'callback'
  | 'complaint'
  | 'complaintAssign'
  | 'complaintInvestigate'
  | 'petitionNotice'
  | 'lunch';

export type PromiseReport = {
  id: PromiseId;
  /** The CHARTER.md row, e.g. "C5". */
  charter: string;
  /** The profile's number and its unit; null target: the charter is silent, nothing is measured. */
  target: number | null;
  unit: 'min' | 'day';
  overall: Bucket;
  buckets: Bucket[];
  /** The records that broke it, for the officer to look into. */
  cases: BrokenCase[];
  /** Why the promise is not measured, when it is not. */
  note: string | null;
};

/** One record that broke its promise: when, what (ticket number, department, petition). */
export type BrokenCase = { at: string; label: string; departmentName: string };

/** A promise of the charter that Annae keeps no record of, and why (in Korean). */
export type UnmeasuredPromise = {
  key: string;
  charter: string;
  target: number;
  unit: 'sec' | 'min' | 'day' | 'month' | 'count';
  reason: string;
};

export type ServiceWait = {
  serviceId: number;
  serviceName: string;
  departmentName: string;
  total: number;
  kept: number;
  share: number | null;
  meanWaitMin: number | null;
  /** Visitors who left the line from the phone (대기 취소): not in `total`, counted apart. */
  cancelled: number;
};

export type SurveyBucket = {
  period: string;
  count: number;
  meanScore: number | null;
  /** Answers per score 1..5. */
  scores: [number, number, number, number, number];
};

/**
 * A case to compensate (C12): a wait past the charter's threshold, found by the report, or a
 * second visit or a late decision an officer recorded at the counter.
 */
export type CompensationCase = {
  reason: 'wait' | 'secondVisit' | 'lateDecision';
  ticketId: number | null;
  number: string | null;
  serviceName: string | null;
  /** When it happened: the ticket's issue, or when the officer recorded it. */
  at: string;
  /** The wait, for a wait case; null for a recorded one. */
  waitMin: number | null;
  /** The officer's note of a recorded case. */
  note: string | null;
  /** A late decision: the days past its deadline the officer gave. */
  daysLate: number | null;
  amountWon: number | null;
};

const COMPENSATION_REASON: Record<CompensationCase['reason'], string> = {
  wait: '대기 초과',
  secondVisit: '직원 잘못으로 재방문',
  lateDecision: '처리 기한 넘김',
};

export type EstimateBucket = {
  period: string;
  count: number;
  /** Mean absolute error of the estimate shown at issue against the real wait, minutes. */
  meanAbsErrorMin: number | null;
  /** Mean signed error (real − estimate): positive means visitors waited longer than told. */
  meanBiasMin: number | null;
};

/** C8: one complex petition and its progress notice. */
export type PetitionCase = {
  id: number;
  receivedAt: string;
  summary: string;
  departments: number;
  guardianName: string | null;
  noticeDueAt: string | null;
  noticedAt: string | null;
  /** Null: not due yet, or the charter sets no notice period. */
  onTime: boolean | null;
};

/** C13: one line's lunch hour on one day: how many of its minutes a counter was open. */
export type LunchCoverage = {
  day: string;
  serviceId: number;
  serviceName: string;
  windowMin: number;
  coveredMin: number;
};

/** C9 per department: complaints and suggestions answered within the deadline. */
export type DepartmentComplaints = {
  departmentName: string;
  total: number;
  kept: number;
  share: number | null;
  open: number;
  praise: number;
};

/** C4 and C3 per department. */
export type DepartmentPromise = {
  promise: 'helper' | 'callback';
  charter: string;
  departmentName: string;
  total: number;
  kept: number;
  share: number | null;
};

export type CharterReport = {
  from: string;
  to: string;
  granularity: Granularity;
  profileId: string;
  profileSource: string;
  promises: PromiseReport[];
  waitsByService: ServiceWait[];
  surveys: SurveyBucket[];
  compensation: {
    thresholdMin: number | null;
    amountWon: number | null;
    cases: CompensationCase[];
  };
  estimates: EstimateBucket[];
  petitions: PetitionCase[];
  lunch: LunchCoverage[];
  complaintsByDepartment: DepartmentComplaints[];
  byDepartment: DepartmentPromise[];
  /** Every other promise of the charter, listed with the reason it is not measured. */
  unmeasured: UnmeasuredPromise[];
  /** True when any of the data is the demo hall's simulated history. */
  demoData: boolean;
  /** The simulated history's days, when the hall has one. */
  demoRange: { fromDay: string; toDay: string } | null;
};

export type CsvTable = { name: string; columns: string[]; rows: (string | number | null)[][] };

export const REPORT_TABLES = [
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
] as const;
export type ReportTable = (typeof REPORT_TABLES)[number];

/** An instant on the hall's clock (KST), "YYYY-MM-DD HH:MM", as a person reads it. */
export function hallTime(iso: string | null): string | null {
  if (iso === null) return null;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return hallStamp(ms);
}

/** Every table of the report, as the page shows it and the CSV exports it. */
export function reportTables(report: CharterReport): CsvTable[] {
  const pct = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);
  return [
    {
      name: 'promises',
      columns: ['약속', '헌장 항목', '기준', '단위', '기간', '대상 건수', '지킨 건수', '달성률(%)'],
      rows: report.promises.flatMap((p) =>
        [...p.buckets, { ...p.overall, period: '전체' }].map((b) => [
          PROMISE_NAMES[p.id],
          p.charter,
          p.target,
          UNIT_NAMES[p.unit],
          b.period,
          b.total,
          b.kept,
          pct(b.share),
        ]),
      ),
    },
    {
      name: 'waits-by-service',
      columns: [
        '업무 번호',
        '업무',
        '부서',
        '대상 건수',
        '지킨 건수',
        '달성률(%)',
        '평균 대기(분)',
        '취소',
      ],
      rows: report.waitsByService.map((s) => [
        s.serviceId,
        s.serviceName,
        s.departmentName,
        s.total,
        s.kept,
        pct(s.share),
        s.meanWaitMin === null ? null : Math.round(s.meanWaitMin * 10) / 10,
        s.cancelled,
      ]),
    },
    {
      name: 'surveys',
      columns: ['기간', '응답 수', '평균 점수', '1점', '2점', '3점', '4점', '5점'],
      rows: report.surveys.map((s) => [
        s.period,
        s.count,
        s.meanScore === null ? null : Math.round(s.meanScore * 100) / 100,
        ...s.scores,
      ]),
    },
    {
      name: 'compensation',
      columns: [
        '사유',
        '번호표 ID',
        '번호',
        '업무',
        '시각',
        '대기(분)',
        '지연 일수',
        '메모',
        '보상 금액(원)',
      ],
      rows: report.compensation.cases.map((c) => [
        COMPENSATION_REASON[c.reason],
        c.ticketId,
        c.number,
        c.serviceName,
        hallTime(c.at),
        c.waitMin === null ? null : Math.round(c.waitMin * 10) / 10,
        c.daysLate,
        c.note,
        c.amountWon,
      ]),
    },
    {
      name: 'estimates',
      columns: ['기간', '건수', '평균 절대 오차(분)', '평균 편향(분)'],
      rows: report.estimates.map((e) => [
        e.period,
        e.count,
        e.meanAbsErrorMin === null ? null : Math.round(e.meanAbsErrorMin * 100) / 100,
        e.meanBiasMin === null ? null : Math.round(e.meanBiasMin * 100) / 100,
      ]),
    },
    {
      name: 'petitions',
      columns: [
        '민원 ID',
        '접수 시각',
        '요지',
        '관련 부서 수',
        '후견인',
        '통지 기한',
        '통지 시각',
        '기한 준수',
      ],
      rows: report.petitions.map((p) => [
        p.id,
        hallTime(p.receivedAt),
        p.summary,
        p.departments,
        p.guardianName,
        hallTime(p.noticeDueAt),
        hallTime(p.noticedAt),
        p.onTime === null ? null : p.onTime ? '예' : '아니요',
      ]),
    },
    {
      name: 'lunch',
      columns: ['날짜', '업무 번호', '업무', '점심시간(분)', '창구 운영(분)', '운영률(%)'],
      rows: report.lunch.map((l) => [
        l.day,
        l.serviceId,
        l.serviceName,
        l.windowMin,
        Math.round(l.coveredMin),
        pct(l.windowMin === 0 ? null : l.coveredMin / l.windowMin),
      ]),
    },
    {
      name: 'complaints-by-department',
      columns: ['부서', '대상 건수', '지킨 건수', '달성률(%)', '처리 중', '칭찬'],
      rows: report.complaintsByDepartment.map((d) => [
        d.departmentName,
        d.total,
        d.kept,
        pct(d.share),
        d.open,
        d.praise,
      ]),
    },
    {
      name: 'by-department',
      columns: ['약속', '헌장 항목', '부서', '대상 건수', '지킨 건수', '달성률(%)'],
      rows: report.byDepartment.map((d) => [
        PROMISE_NAMES[d.promise],
        d.charter,
        d.departmentName,
        d.total,
        d.kept,
        pct(d.share),
      ]),
    },
    {
      name: 'broken-cases',
      columns: ['약속', '헌장 항목', '기준', '단위', '시각', '건', '부서'],
      rows: report.promises.flatMap((p) =>
        p.cases.map((c) => [
          PROMISE_NAMES[p.id],
          p.charter,
          p.target,
          UNIT_NAMES[p.unit],
          hallTime(c.at),
          c.label,
          c.departmentName,
        ]),
      ),
    },
    {
      name: 'unmeasured',
      columns: ['헌장 항목', '약속', '기준', '단위', '측정하지 않는 까닭'],
      rows: report.unmeasured.map((u) => [
        u.charter,
        u.key,
        u.target,
        UNIT_NAMES[u.unit],
        u.reason,
      ]),
    },
  ];
}

/** The Korean name of a promise in the report's tables and CSV. */
export const PROMISE_NAMES: Record<PromiseId, string> = {
  wait: '대기 시간',
  helper: '안내도우미 도착',
  callback: '부재 담당자 회신',
  complaint: '불편 신고 답변',
  complaintAssign: '불편 신고 담당자 배정',
  complaintInvestigate: '불편 신고 확인·조사',
  petitionNotice: '복합민원 처리과정 통지',
  lunch: '점심시간 창구 운영',
};

const UNIT_NAMES: Record<UnmeasuredPromise['unit'] | PromiseReport['unit'], string> = {
  sec: '초',
  min: '분',
  day: '일',
  month: '개월',
  count: '회·명',
};

const csvCell = (value: string | number | null): string => {
  if (value === null) return '';
  let text = String(value);
  // A cell a spreadsheet would run as a formula is written as text.
  if (/^[=+\-@\t\r]/.test(text) && typeof value === 'string') text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** RFC 4180 CSV with a BOM so that spreadsheet programs read the Korean as UTF-8. */
export function toCsv(table: CsvTable): string {
  const lines = [table.columns, ...table.rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
