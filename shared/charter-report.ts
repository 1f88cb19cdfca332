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
  'wait' | 'helper' | 'callback' | 'complaint' | 'complaintAssign' | 'complaintInvestigate';

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
  total: number;
  kept: number;
  share: number | null;
  meanWaitMin: number | null;
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
  /** Parts of the charter the report cannot measure yet, in plain words. */
  missing: string[];
  /** True when any of the data is the demo hall's simulated history. */
  demoData: boolean;
};

export type CsvTable = { name: string; columns: string[]; rows: (string | number | null)[][] };

export const REPORT_TABLES = [
  'promises',
  'waits-by-service',
  'surveys',
  'compensation',
  'estimates',
] as const;
export type ReportTable = (typeof REPORT_TABLES)[number];

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
      columns: ['service_id', 'service', 'total', 'kept', 'share_pct', 'mean_wait_min'],
      rows: report.waitsByService.map((s) => [
        s.serviceId,
        s.serviceName,
        s.total,
        s.kept,
        pct(s.share),
        s.meanWaitMin === null ? null : Math.round(s.meanWaitMin * 10) / 10,
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
        c.issuedAt,
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
