/** One JSON error shape for every failure: `{ ok: false, error: { code, message, details? } }`. */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { CommandError, TooManyRequests, type ApiError } from '../../shared/errors';

export const errorBody = (error: ApiError) => ({ ok: false as const, error });

export function toHttpError(err: unknown): { status: ContentfulStatusCode; error: ApiError } {
  if (err instanceof CommandError) return { status: err.status, error: err.toApiError() };
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode;
    const code = status === 413 ? 'too_large' : status === 401 ? 'unauthorized' : 'bad_request';
    return { status, error: { code, message: err.message || 'The request is not valid.' } };
  }
  return {
    status: 500,
    error: { code: 'internal', message: 'Something went wrong on the server.' },
  };
}

export function onError(err: Error, c: Context) {
  const { status, error } = toHttpError(err);
  if (status >= 500) console.error(err);
  if (err instanceof TooManyRequests) c.header('Retry-After', String(err.retryAfterSeconds));
  return c.json(errorBody(error), status);
}
