/** One of the report's tables, exactly the columns the CSV exports. */
import type { CsvTable } from '../../shared/charter-report';
import { t } from '../../shared/i18n';

const TITLES: Record<string, Parameters<typeof t>[0]> = {
  'waits-by-service': 'report.byService',
  surveys: 'report.surveys',
  compensation: 'report.compensation',
  estimates: 'report.estimates',
  petitions: 'report.petitions',
  lunch: 'report.lunch',
  'complaints-by-department': 'report.byDepartment',
  'by-department': 'report.promiseByDepartment',
  'broken-cases': 'report.brokenCases',
  unmeasured: 'report.missing',
};

export function ReportTable({ table }: { table: CsvTable }) {
  const title = TITLES[table.name];
  // A long table (a month of lunch hours, every compensation case) scrolls on screen; print and
  // CSV have every row.
  return (
    <div class="report-table-wrap" data-long={table.rows.length > 12}>
      <table class="report-table">
        <caption>{title ? t(title) : table.name}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th scope="col" key={c}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) => (
                <td key={j}>{cell ?? '—'}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
