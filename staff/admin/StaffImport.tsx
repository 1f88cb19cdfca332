/**
 * Staff from a CSV file: choosing the file runs a dry run that lists errors by row; the import
 * button opens only when the dry run is clean, and the server saves all rows or none.
 */
import { useState } from 'preact/hooks';
import type { ImportResult } from '../../shared/schemas/staff';
import { errorText, t } from '../../shared/i18n';
import { postCsv } from './staff-admin-api';
import { ErrorAlert } from '../../shared/ui/components/ErrorAlert';

export function StaffImport({ onClose }: { onClose: () => void }) {
  const [csv, setCsv] = useState<string | null>(null);
  const [fileName, setFileName] = useState('');
  const [report, setReport] = useState<ImportResult | null>(null);
  // Two places: a file the dry run could not read is refused at the file chooser, a refused
  // import at the import button.
  const [error, setError] = useState<string | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function choose(file: File | undefined) {
    setReport(null);
    setStatus(null);
    setError(null);
    setImportError(null);
    setCsv(null);
    if (!file) return;
    setFileName(file.name);
    const text = await file.text();
    setCsv(text);
    setBusy(true);
    const res = await postCsv<ImportResult>(text, true);
    setBusy(false);
    if (!res.ok) return setError(errorText(res.error));
    setReport(res.data);
  }

  async function runImport() {
    if (!csv || busy) return;
    setBusy(true);
    const res = await postCsv<ImportResult>(csv, false);
    setBusy(false);
    if (!res.ok) return setImportError(errorText(res.error));
    setImportError(null);
    setStatus(t('staffadm.csvImported', { n: res.data.imported }));
    setReport(null);
    setCsv(null);
  }

  const clean = report !== null && report.errors.length === 0 && report.rows > 0;
  return (
    <section class="staff-import stack" aria-labelledby="staff-import-heading">
      <div class="row staff-editor-head">
        <h3 id="staff-import-heading">{t('staffadm.import')}</h3>
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      <p>{t('staffadm.csvHelp')}</p>
      <pre class="staff-csv-sample">{t('staffadm.csvSample')}</pre>
      <label>
        {t('staffadm.csvChoose')}
        <input
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => void choose(e.currentTarget.files?.[0])}
        />
      </label>
      {busy && <p role="status">{t('staffadm.csvChecking')}</p>}
      <ErrorAlert message={error} />
      {report && (
        <div class="stack" role="region" aria-label={t('staffadm.csvReport')}>
          {report.errors.length === 0 ? (
            <p class="staff-ok" role="status">
              {t('staffadm.csvClean', { n: report.rows, file: fileName })}
            </p>
          ) : (
            <>
              <p class="error-text" role="alert">
                {t('staffadm.csvErrors', { n: report.errors.length, rows: report.rows })}
              </p>
              <table class="staff-csv-errors">
                <caption class="visually-hidden">{t('staffadm.csvReport')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('staffadm.csvRow')}</th>
                    <th scope="col">{t('staffadm.csvProblem')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.errors.map((e) => (
                    <tr key={e.row}>
                      <th scope="row">{e.row}</th>
                      <td>
                        {e.issues
                          ? e.issues
                              .map((i) => t(`staffadm.csvIssue.${i.kind}`, { value: i.value }))
                              .join(' ')
                          : e.message}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </div>
      )}
      {status && (
        <p class="staff-ok" role="status">
          {status}
        </p>
      )}
      <div class="row">
        <ErrorAlert message={importError} />
        <button
          class="primary"
          type="button"
          disabled={!clean || busy}
          onClick={() => void runImport()}
        >
          {report && clean
            ? t('staffadm.csvImport', { n: report.rows })
            : t('staffadm.csvImportIdle')}
        </button>
      </div>
    </section>
  );
}
