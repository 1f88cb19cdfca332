/**
 * The hall's active charter profile: the chosen profile with the hall's overrides of single
 * values applied. Every deadline and target on the server reads it through `activeProfile`
 * (the screens through `screenProfile`, shared/profiles/overlay.ts).
 */
import { demoProfile } from './demo';
import { profiles } from './index';
import { overlayProfile, type Overridable, type OverrideProblem } from './overlay';
import { CharterProfile } from './schema';

export type { OverrideProblem } from './overlay';

/**
 * Applies overrides to a profile and checks the result against the profile schema. Returns the
 * profile, or every problem named by its path in the overrides ("callback.callbackDeadlineMin").
 */
export function applyOverrides(
  base: CharterProfile,
  overrides: Record<string, unknown>,
): { profile: CharterProfile; problems: [] } | { profile: null; problems: OverrideProblem[] } {
  const { draft, problems } = overlayProfile(base, overrides);
  if (problems.length > 0) return { profile: null, problems };
  const parsed = CharterProfile.safeParse(draft);
  if (parsed.success) return { profile: parsed.data, problems: [] };
  const keys = Object.keys(overrides);
  const found: OverrideProblem[] = parsed.error.issues.map((issue) => {
    const issuePath = issue.path.map(String).join('.');
    // Name the override the admin wrote, not the schema's inner path, when one covers it.
    const path =
      keys.find((p) => issuePath === p || issuePath.startsWith(`${p}.`)) ??
      keys.find((p) => p.startsWith(`${issuePath}.`)) ??
      issuePath;
    return { path, message: `${path}: ${issue.message}` };
  });
  return { profile: null, problems: found };
}

const cache = new Map<string, CharterProfile>();

/** The hall's profile with its overrides; an unknown id falls back to the demo profile. */
export function activeProfile(hall: Overridable): CharterProfile {
  const base = profiles[hall.profileId] ?? demoProfile;
  const overrides = hall.profileOverrides ?? {};
  if (Object.keys(overrides).length === 0) return base;
  const key = `${base.id}\u0000${JSON.stringify(overrides)}`;
  const cached = cache.get(key);
  if (cached) return cached;
  // Stored overrides were validated when saved; if the shipped profile changed since and they
  // no longer fit, the profile as shipped is used.
  const profile = applyOverrides(base, overrides).profile ?? base;
  if (cache.size > 100) cache.clear();
  cache.set(key, profile);
  return profile;
}
