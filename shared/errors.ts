/** The one error shape of every HTTP response and socket acknowledgement. */
export type ApiError = {
  /** Stable, machine-readable reason, e.g. `not_found`, `pairing_code_expired`. */
  code: string;
  /** A sentence a person can read. */
  message: string;
  /** Field-level problems of a rejected payload, when there are any. */
  details?: { path: string; message: string }[];
};

export type Ack<T> = { ok: true; data: T } | { ok: false; error: ApiError };

/** Thrown by commands; the HTTP layer and the socket layer both turn it into `ApiError`. */
export class CommandError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 429,
    readonly code: string,
    message: string,
    readonly details?: ApiError['details'],
  ) {
    super(message);
    this.name = 'CommandError';
  }

  toApiError(): ApiError {
    return this.details
      ? { code: this.code, message: this.message, details: this.details }
      : { code: this.code, message: this.message };
  }
}

/** A 429 that says when to come back: the HTTP layer sends `Retry-After` with it. */
export class TooManyRequests extends CommandError {
  constructor(
    code: string,
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(429, code, message);
    this.name = 'TooManyRequests';
  }
}

export const notFound = (what: string) => new CommandError(404, 'not_found', `${what} not found`);
export const forbidden = (message = 'Not allowed for this sign-in or device') =>
  new CommandError(403, 'forbidden', message);
