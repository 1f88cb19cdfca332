/** The staff section's calls: the photo as a form, the CSV as text. */
import { api, type Result } from '../../shared/ui/api';

/** Sends a photo with its consent and crop as multipart form data. */
export const uploadPhotoForm = <T>(staffId: number, form: FormData): Promise<Result<T>> =>
  api<T>(`/api/staff/${staffId}/photo`, { raw: { body: form } });

/** Sends CSV text for a dry run or the real import. */
export const postCsv = <T>(csv: string, dryRun: boolean): Promise<Result<T>> =>
  api<T>(`/api/staff/import?dryRun=${dryRun ? 1 : 0}`, {
    raw: { body: csv, type: 'text/csv; charset=utf-8' },
  });

/** Today on the admin's own clock, as YYYY-MM-DD (the consent date's default). */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
