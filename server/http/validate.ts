/** `zValidator` with Annae's error shape: a failed parse becomes a 400 naming each field. */
import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { ZodType } from 'zod';
import { CommandError } from '../../shared/errors';
import { isInvalidText } from '../../shared/schemas/text';

export const issuesOf = (error: { issues: { path: PropertyKey[]; message: string }[] }) =>
  error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(root)',
    message: issue.message,
  }));

export function validate<Target extends keyof ValidationTargets, Schema extends ZodType>(
  target: Target,
  schema: Schema,
) {
  return zValidator(target, schema, (result) => {
    if (!result.success) {
      const details = issuesOf(result.error);
      const first = details[0];
      // A control or direction character gets its own code: the screens say which text to fix.
      throw new CommandError(
        400,
        result.error.issues.some(isInvalidText) ? 'invalid_text' : 'invalid_request',
        first ? `Invalid ${first.path}: ${first.message}` : 'The request is not valid.',
        details,
      );
    }
  });
}
