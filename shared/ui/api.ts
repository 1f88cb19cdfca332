/** Calls the HTTP API from a screen: JSON in, JSON or one `ApiError` out. */
import type { ApiError } from '../errors';

export type Result<T> = { ok: true; data: T } | { ok: false; error: ApiError; status: number };

export async function api<T>(
  path: string,
  options: { method?: string; body?: unknown; deviceToken?: string | null } = {},
): Promise<Result<T>> {
  const headers: Record<string, string> = {};
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.deviceToken) headers.authorization = `Bearer ${options.deviceToken}`;
  try {
    const res = await fetch(path, {
      method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
      headers,
      body: options.body === undefined ? null : JSON.stringify(options.body),
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
    return {
      ok: false,
      error: { code: 'offline', message: 'The server cannot be reached.' },
      status: 0,
    };
  }
}
