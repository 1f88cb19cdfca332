/** The staff section's calls: the photo as a form, the CSV as text. */
import { hallDate } from '../../shared/hall-time';
import { api, type Result } from '../../shared/ui/api';

/** Sends a photo with its consent and crop as multipart form data. */
export const uploadPhotoForm = <T>(staffId: number, form: FormData): Promise<Result<T>> =>
  api<T>(`/api/staff/${staffId}/photo`, { raw: { body: form } });

/** Sends CSV text for a dry run or the real import. */
export const postCsv = <T>(csv: string, dryRun: boolean): Promise<Result<T>> =>
  api<T>(`/api/staff/import?dryRun=${dryRun ? 1 : 0}`, {
    raw: { body: csv, type: 'text/csv; charset=utf-8' },
  });

/** Today on the hall's calendar, as YYYY-MM-DD (the consent date's default), whatever the admin PC's zone. */
export const today = (): string => hallDate(Date.now());
