/**
 * 헌장 이행 현황 (C11): for each promise of the active profile, how often it was kept per day,
 * week or month; waits per service, survey scores, compensation cases, the estimator's error.
 * Charts via uPlot; every table downloads as CSV; the page prints for the yearly publication.
 */
import { hallDate } from '../../shared/hall-time';
import { signal } from '@preact/signals';
import { useEffect, useMemo } from 'preact/hooks';
import {
  REPORT_TABLES,
  reportTables,
  type CharterReport,
  type Granularity,
} from '../../shared/charter-report';
import { errorText, t } from '../../shared/i18n';
import { api } from '../../shared/ui/api';
import { periodSeconds, ReportChart, type ChartSeries } from './ReportChart';
import { ReportTable } from './ReportTable';
import './Report.css';

const DAY_MS = 86_400_000;

// Five weeks: the demo hall's simulated history (four weeks of weekdays) and today.
const from = signal(hallDate(Date.now() - 34 * DAY_MS));
const to = signal(hallDate(Date.now()));
const granularity = signal<Granularity>('day');
const report = signal<CharterReport | null>(null);
const error = signal<string | null>(null);

const COLORS = ['#0b5cad', '#b4530a', '#187a3c', '#8a1c7c', '#5a5a5a', '#a31515'];

async function load() {
  const q = new URLSearchParams({ from: from.value, to: to.value, granularity: granularity.value });
  const res = await api<CharterReport>(`/api/reports/charter?${q}`);
  if (res.ok) {
    report.value = res.data;
    error.value = null;
  } else error.value = errorText(res.error);
}

const pct = (share: number | null) => (share === null ? '—' : `${Math.round(share * 1000) / 10}%`);

export function ReportSection() {
  useEffect(() => {
    void load();
  }, []);
  const r = report.value;
  const shareChart = useMemo(() => {
    if (!r) return null;
    const periods = [...new Set(r.promises.flatMap((p) => p.buckets.map((b) => b.period)))].sort();
    const series: ChartSeries[] = r.promises
      .filter((p) => p.buckets.length > 0)
      .map((p, i) => ({
        label: t(`report.p.${p.id}`),
        color: COLORS[i % COLORS.length] ?? '#000',
        values: periods.map((period) => {
          const b = p.buckets.find((x) => x.period === period);
          return b && b.share !== null ? Math.round(b.share * 1000) / 10 : null;
        }),
      }));
    return { xs: periods.map(periodSeconds), series };
  }, [r]);
  const surveyChart = useMemo(() => {
    if (!r || r.surveys.length === 0) return null;
    return {
      xs: r.surveys.map((s) => periodSeconds(s.period)),
      series: [
        {
          label: t('report.meanScore'),
          color: COLORS[0] ?? '#000',
          values: r.surveys.map((s) =>
            s.meanScore === null ? null : Math.round(s.meanScore * 100) / 100,
          ),
        },
      ],
    };
  }, [r]);
  const csvHref = (table: string) =>
    `/api/reports/charter.csv?${new URLSearchParams({
      from: from.value,
      to: to.value,
      granularity: granularity.value,
      table,
    })}`;

  return (
    <section class="card stack report" aria-label={t('report.title')}>
      <h2>{t('report.title')}</h2>
      <form
        class="report-controls"
        onSubmit={(e) => {
          e.preventDefault();
          void load();
        }}
      >
        <label>
          {t('report.from')}
          <input
            type="date"
            value={from.value}
            onInput={(e) => (from.value = e.currentTarget.value)}
          />
        </label>
        <label>
          {t('report.to')}
          <input type="date" value={to.value} onInput={(e) => (to.value = e.currentTarget.value)} />
        </label>
        <label>
          {t('report.granularity')}
          <select
            value={granularity.value}
            onChange={(e) => (granularity.value = e.currentTarget.value as Granularity)}
          >
            <option value="day">{t('report.day')}</option>
            <option value="week">{t('report.week')}</option>
            <option value="month">{t('report.month')}</option>
          </select>
        </label>
        <button type="submit">{t('report.show')}</button>
        <button type="button" onClick={() => window.print()}>
          {t('report.print')}
        </button>
      </form>
      {error.value && <p role="alert">{error.value}</p>}
      {r && (
        <>
          <p class="report-source">{t('report.source', { source: r.profileSource })}</p>
          {r.demoData && (
            <p class="report-demo" role="note">
              <strong class="report-demo-badge">{t('report.demoBadge')}</strong> {t('report.demo')}
              {r.demoRange &&
                ` ${t('report.demoRange', { from: r.demoRange.fromDay, to: r.demoRange.toDay })}`}
            </p>
          )}
          <table class="report-table">
            <caption>{t('report.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('report.promise')}</th>
                <th scope="col">{t('report.target')}</th>
                <th scope="col">{t('report.kept')}</th>
                <th scope="col">{t('report.total')}</th>
                <th scope="col">{t('report.share')}</th>
              </tr>
            </thead>
            <tbody>
              {r.promises.map((p) => (
                <tr key={p.id}>
                  <th scope="row">{t(`report.p.${p.id}`)}</th>
                  <td>
                    {p.target === null ? '—' : `${p.target}${p.unit === 'min' ? '분' : '일'}`}
                  </td>
                  {p.note ? (
                    <td colSpan={3}>{p.target === null ? t('report.silent') : p.note}</td>
                  ) : (
                    <>
                      <td>{p.overall.kept}</td>
                      <td>{p.overall.total}</td>
                      <td>{pct(p.overall.share)}</td>
                    </>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          {shareChart && shareChart.xs.length > 0 && (
            <ReportChart
              title={t('report.chartShare')}
              xs={shareChart.xs}
              series={shareChart.series}
              yRange={[0, 100]}
            />
          )}
          {surveyChart && (
            <ReportChart
              title={t('report.surveys')}
              xs={surveyChart.xs}
              series={surveyChart.series}
              bars
              yRange={[0, 5]}
            />
          )}
          {reportTables(r)
            .filter((table) => table.name !== 'promises')
            .map((table) => (
              <ReportTable key={table.name} table={table} />
            ))}
          {r.compensation.cases.length === 0 && <p>{t('report.compensationNone')}</p>}
          <nav class="report-csv" aria-label="CSV">
            {REPORT_TABLES.map((name) => (
              <a key={name} href={csvHref(name)} download={`charter-${name}.csv`}>
                {t('report.csv', { table: name })}
              </a>
            ))}
          </nav>
        </>
      )}
    </section>
  );
}
