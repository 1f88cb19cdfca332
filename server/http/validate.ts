/** `zValidator` with Annae's error shape: a failed parse becomes a 400 naming each field. */
import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { core, ZodType } from 'zod';
import { CommandError } from '../../shared/errors';
import { isInvalidText } from '../../shared/schemas/text';

export const issuesOf = (error: { issues: { path: PropertyKey[]; message: string }[] }) =>
  error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(root)',
    message: issue.message,
  }));

/**
 * A failed parse as the 400 every validator gives: each issue's field path, under `within` when
 * the value parsed sat inside a request body (`settings` → "settings.pxPerMm").
 */
export function invalidRequest(error: { issues: core.$ZodIssue[] }, within?: string): CommandError {
  const details = issuesOf(error).map((d) =>
    within ? { ...d, path: d.path === '(root)' ? within : `${within}.${d.path}` } : d,
  );
  const first = details[0];
  // A control or direction character gets its own code: the screens say which text to fix.
  return new CommandError(
    400,
    error.issues.some(isInvalidText) ? 'invalid_text' : 'invalid_request',
    first ? `Invalid ${first.path}: ${first.message}` : 'The request is not valid.',
    details,
  );
}

export function validate<Target extends keyof ValidationTargets, Schema extends ZodType>(
  target: Target,
  schema: Schema,
) {
  return zValidator(target, schema, (result) => {
    if (!result.success) throw invalidRequest(result.error);
  });
}
