/** The charter report's shape, shared by the server that computes it and the admin page. */
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
  /** Why the promise is not measured, when it is not. */
  note: string | null;
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

export type CompensationCase = {
  ticketId: number;
  number: string;
  serviceName: string;
  issuedAt: string;
  waitMin: number;
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
  /** Parts of the charter the report cannot measure yet, in plain words. */
  missing: string[];
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
] as const;
export type ReportTable = (typeof REPORT_TABLES)[number];

/** An instant on the hall's clock (KST), "YYYY-MM-DD HH:MM", as a person reads it. */
export function hallTime(iso: string | null): string | null {
  if (iso === null) return null;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return new Date(ms + 9 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** Every table of the report, as the page shows it and the CSV exports it. */
export function reportTables(report: CharterReport): CsvTable[] {
  const pct = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);
  return [
    {
      name: 'promises',
      columns: ['promise', 'charter', 'target', 'unit', 'period', 'total', 'kept', 'share_pct'],
      rows: report.promises.flatMap((p) =>
        [...p.buckets, { ...p.overall, period: 'all' }].map((b) => [
          p.id,
          p.charter,
          p.target,
          p.unit,
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
        'service_id',
        'service',
        'department',
        'total',
        'kept',
        'share_pct',
        'mean_wait_min',
        'cancelled',
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
      columns: [
        'period',
        'count',
        'mean_score',
        'score_1',
        'score_2',
        'score_3',
        'score_4',
        'score_5',
      ],
      rows: report.surveys.map((s) => [
        s.period,
        s.count,
        s.meanScore === null ? null : Math.round(s.meanScore * 100) / 100,
        ...s.scores,
      ]),
    },
    {
      name: 'compensation',
      columns: ['ticket_id', 'number', 'service', 'issued_at', 'wait_min', 'amount_won'],
      rows: report.compensation.cases.map((c) => [
        c.ticketId,
        c.number,
        c.serviceName,
        hallTime(c.issuedAt),
        Math.round(c.waitMin * 10) / 10,
        report.compensation.amountWon,
      ]),
    },
    {
      name: 'estimates',
      columns: ['period', 'count', 'mean_abs_error_min', 'mean_bias_min'],
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
        'petition_id',
        'received_at',
        'summary',
        'departments',
        'guardian',
        'notice_due_at',
        'noticed_at',
        'on_time',
      ],
      rows: report.petitions.map((p) => [
        p.id,
        hallTime(p.receivedAt),
        p.summary,
        p.departments,
        p.guardianName,
        hallTime(p.noticeDueAt),
        hallTime(p.noticedAt),
        p.onTime === null ? null : p.onTime ? 'yes' : 'no',
      ]),
    },
    {
      name: 'lunch',
      columns: ['day', 'service_id', 'service', 'window_min', 'covered_min', 'covered_pct'],
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
      columns: ['department', 'total', 'kept', 'share_pct', 'open', 'praise'],
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
      columns: ['promise', 'charter', 'department', 'total', 'kept', 'share_pct'],
      rows: report.byDepartment.map((d) => [
        d.promise,
        d.charter,
        d.departmentName,
        d.total,
        d.kept,
        pct(d.share),
      ]),
    },
  ];
}

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
