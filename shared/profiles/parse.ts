/** Validates a profile file and names the first missing or wrong number in plain words. */
import { CharterProfile } from './schema';

export class ProfileError extends Error {
  constructor(
    readonly profileId: string,
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = 'ProfileError';
  }
}

export function parseProfile(raw: unknown, label?: string): CharterProfile {
  const result = CharterProfile.safeParse(raw);
  if (result.success) return result.data;
  const id =
    label ??
    (raw && typeof raw === 'object' && 'id' in raw ? String((raw as { id: unknown }).id) : '?');
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.map(String).join('.') || '(root)';
    const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
    return {
      path,
      text: missing
        ? `${path} is missing (write null if the charter is silent)`
        : `${path}: ${issue.message}`,
    };
  });
  const first = problems[0];
  throw new ProfileError(
    id,
    first?.path ?? '(root)',
    `Charter profile "${id}" is not valid: ${problems.map((p) => p.text).join('; ')}`,
  );
}
