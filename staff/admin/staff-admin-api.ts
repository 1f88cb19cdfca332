/** The staff section's calls: JSON through `api`, photo upload as a form, errors in the reader's language. */
import type { ApiError } from '../../shared/errors';
import { t } from '../../shared/i18n';
import { ko, type MessageKey } from '../../shared/i18n/ko';
import type { Result } from '../../shared/ui/api';

/** A known error code in the reader's language; anything else as the server wrote it. */
export function errorText(error: ApiError): string {
  const key = `staffadm.err.${error.code}`;
  if (key in ko) return t(key as MessageKey);
  return error.message;
}

/** Sends a photo with its consent and crop as multipart form data. */
export async function uploadPhotoForm<T>(staffId: number, form: FormData): Promise<Result<T>> {
  try {
    const res = await fetch(`/api/staff/${staffId}/photo`, {
      method: 'POST',
      body: form,
      credentials: 'same-origin',
    });
    const json = (await res.json().catch(() => null)) as unknown;
    if (res.ok) return { ok: true, data: json as T };
    const error = (json as { error?: ApiError } | null)?.error ?? {
      code: 'http_error',
      message: `The server answered ${res.status}.`,
    };
    return { ok: false, error, status: res.status };
  } catch {
    return { ok: false, error: { code: 'offline', message: 'offline' }, status: 0 };
  }
}

/** Sends CSV text for a dry run or the real import. */
export async function postCsv<T>(csv: string, dryRun: boolean): Promise<Result<T>> {
  try {
    const res = await fetch(`/api/staff/import?dryRun=${dryRun ? 1 : 0}`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv; charset=utf-8' },
      body: csv,
      credentials: 'same-origin',
    });
    const json = (await res.json().catch(() => null)) as unknown;
    if (res.ok) return { ok: true, data: json as T };
    const error = (json as { error?: ApiError } | null)?.error ?? {
      code: 'http_error',
      message: `The server answered ${res.status}.`,
    };
    return { ok: false, error, status: res.status };
  } catch {
    return { ok: false, error: { code: 'offline', message: 'offline' }, status: 0 };
  }
}

/** Today on the admin's own clock, as YYYY-MM-DD (the consent date's default). */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
