/** Calls the HTTP API from a screen: JSON in, JSON or one `ApiError` out. */
import type { ApiError } from '../errors';

export type Result<T> = { ok: true; data: T } | { ok: false; error: ApiError; status: number };

/**
 * `body` is sent as JSON; `raw` as it is, for a file (FormData, whose multipart type the browser
 * sets) or a CSV text with its `type`.
 */
export async function api<T>(
  path: string,
  options: {
    method?: string;
    body?: unknown;
    raw?: { body: FormData | string; type?: string };
    deviceToken?: string | null;
  } = {},
): Promise<Result<T>> {
  const headers: Record<string, string> = {};
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.raw?.type) headers['content-type'] = options.raw.type;
  if (options.deviceToken) headers.authorization = `Bearer ${options.deviceToken}`;
  const sends = options.body !== undefined || options.raw !== undefined;
  try {
    const res = await fetch(path, {
      method: options.method ?? (sends ? 'POST' : 'GET'),
      headers,
      body: options.raw ? options.raw.body : sends ? JSON.stringify(options.body) : null,
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
