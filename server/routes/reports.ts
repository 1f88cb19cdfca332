/** The charter report (C11) for the admin: JSON for the page, CSV for every table. */
import { Hono } from 'hono';
import { z } from 'zod';
import {
  REPORT_TABLES,
  reportTables,
  toCsv,
  type CharterReport,
} from '../../shared/charter-report';
import { CommandError, notFound } from '../../shared/errors';
import { activeProfile } from '../../shared/profiles/active';
import type { Deps } from '../context';
import { charterReport, lunchCoverage } from '../domain/charter-report';
import { hallOf, type AppEnv } from '../http/env';
import { validate } from '../http/validate';

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const ReportQuery = z.object({
  /** First hall day included. */
  from: Day,
  /** Last hall day included. */
  to: Day,
  granularity: z.enum(['day', 'week', 'month']).default('day'),
});
const CsvQuery = ReportQuery.extend({ table: z.enum(REPORT_TABLES).default('promises') });

/** Hall days (KST) to an instant range [from 00:00 KST, to+1 00:00 KST). */
function range(from: string, to: string) {
  const start = new Date(`${from}T00:00:00+09:00`);
  const end = new Date(new Date(`${to}T00:00:00+09:00`).getTime() + 24 * 3600 * 1000);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()) || end <= start) {
    throw new CommandError(400, 'invalid_range', '"from" must be a day on or before "to".');
  }
  if (end.getTime() - start.getTime() > 400 * 24 * 3600 * 1000) {
    throw new CommandError(400, 'range_too_long', 'A report covers at most 400 days.');
  }
  return { from: start.toISOString(), to: end.toISOString() };
}

export function buildCharterReport(
  deps: Deps,
  hallId: number,
  q: { from: string; to: string; granularity: 'day' | 'week' | 'month' },
): CharterReport {
  const hall = deps.store.halls.get(hallId);
  if (!hall) throw notFound('Hall');
  const r = { hallId, ...range(q.from, q.to) };
  const store = deps.store.charterReport;
  const names = store.departmentNames(hallId);
  const dayBefore = new Date(Date.parse(r.from) - 24 * 3600 * 1000).toISOString();
  const lunch = lunchCoverage({
    lunch: hall.lunch,
    services: deps.store.services.list(hallId),
    counters: deps.store.services.counters(hallId),
    log: store.counterLog({ hallId, from: dayBefore, to: r.to }),
    fromDay: q.from,
    toDay: q.to,
  });
  const demoRange = deps.store.demoHistory.range(hallId);
  return charterReport({
    profile: activeProfile(hall),
    from: q.from,
    to: q.to,
    granularity: q.granularity,
    now: deps.clock.now(),
    tickets: store.tickets(r),
    helpPages: store.helpPages(r),
    callbacks: store.callbacks(r),
    complaints: deps.store.feedback.between(hallId, r.from, r.to).map((c) => ({
      ...c,
      departmentName: c.departmentId === null ? null : (names.get(c.departmentId) ?? null),
    })),
    surveys: deps.store.feedback.surveysBetween(hallId, r.from, r.to),
    compensations: deps.store.compensation.between(hallId, r.from, r.to),
    petitions: store.petitions(r),
    lunch,
    demoData: hall.demo,
    demoRange: demoRange && { fromDay: demoRange.fromDay, toDay: demoRange.toDay },
  });
}

export const reportRoutes = (deps: Deps) =>
  new Hono<AppEnv>()
    .get('/charter', validate('query', ReportQuery), (c) =>
      c.json(buildCharterReport(deps, hallOf(c.get('principal')), c.req.valid('query'))),
    )
    .get('/charter.csv', validate('query', CsvQuery), (c) => {
      const q = c.req.valid('query');
      const report = buildCharterReport(deps, hallOf(c.get('principal')), q);
      const table = reportTables(report).find((t) => t.name === q.table);
      if (!table) throw notFound('Table');
      c.header('content-type', 'text/csv; charset=utf-8');
      c.header(
        'content-disposition',
        `attachment; filename="charter-${q.table}-${q.from}-${q.to}.csv"`,
      );
      return c.body(toCsv(table));
    });
