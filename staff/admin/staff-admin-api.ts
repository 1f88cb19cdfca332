/** The staff section's calls: the photo as a form, the CSV as text, errors in the reader's language. */
import type { ApiError } from '../../shared/errors';
import { errorText as sharedErrorText, t } from '../../shared/i18n';
import { ko, type MessageKey } from '../../shared/i18n/ko';
import { api, type Result } from '../../shared/ui/api';

/** A known error code in the reader's language; anything else as the server wrote it. */
export function errorText(error: ApiError): string {
  const key = `staffadm.err.${error.code}`;
  if (key in ko) return t(key as MessageKey);
  // The codes every screen shares (invalid_text, too_many_attempts …) have their own line too.
  if (`error.${error.code}` in ko) return sharedErrorText(error);
  return error.message;
}

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
