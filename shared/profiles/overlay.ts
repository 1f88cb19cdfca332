/**
 * A hall's overrides of single profile values laid over its profile, without the zod schema: the
 * screens read the active profile through `screenProfile`; the server validates overrides when
 * they are saved (shared/profiles/active.ts) and reads them through `activeProfile`.
 */
import { catalogProfileById } from './catalog';
import { demoProfile } from './demo';
import type { CharterProfile } from './schema';

/** Paths that identify the profile rather than state a number: never overridden. */
const FIXED = new Set(['id', 'name', 'nameEn', 'source', 'sources']);

export type OverrideProblem = { path: string; message: string };
export type Overridable = { profileId: string; profileOverrides?: Record<string, unknown> };

function setPath(target: Record<string, unknown>, path: string[], value: unknown): boolean {
  let node: Record<string, unknown> = target;
  for (let i = 0; i < path.length - 1; i += 1) {
    const key = path[i] as string;
    if (!Object.prototype.hasOwnProperty.call(node, key) && i > 0) return false;
    let next = node[key];
    if (next === undefined) {
      // An optional section the base profile leaves out (helpers, kiosk) starts from the demo
      // profile's values, so one override does not have to restate the whole section.
      const seed = i === 0 ? (demoProfile as unknown as Record<string, unknown>)[key] : undefined;
      if (seed === undefined || seed === null || typeof seed !== 'object') return false;
      next = structuredClone(seed);
      node[key] = next;
    }
    if (next === null || typeof next !== 'object' || Array.isArray(next)) return false;
    node = next as Record<string, unknown>;
  }
  const last = path[path.length - 1] as string;
  if (!Object.prototype.hasOwnProperty.call(node, last)) return false;
  node[last] = value;
  return true;
}

/** The profile with the overrides laid over it (not validated), and the paths that do not exist. */
export function overlayProfile(
  base: CharterProfile,
  overrides: Record<string, unknown>,
): { draft: Record<string, unknown>; problems: OverrideProblem[] } {
  const draft = structuredClone(base) as unknown as Record<string, unknown>;
  const problems: OverrideProblem[] = [];
  for (const [path, value] of Object.entries(overrides)) {
    const parts = path.split('.');
    if (FIXED.has(parts[0] as string) || parts.some((p) => p === '' || p === '__proto__')) {
      problems.push({ path, message: `${path} cannot be overridden` });
    } else if (!setPath(draft, parts, value)) {
      problems.push({ path, message: `${path} is not a value of the charter profile` });
    }
  }
  return { draft, problems };
}

/** The active profile on a screen: the shipped profile with the hall's saved overrides. */
export function screenProfile(hall: Overridable): CharterProfile {
  const base = catalogProfileById(hall.profileId);
  const overrides = hall.profileOverrides ?? {};
  if (Object.keys(overrides).length === 0) return base;
  const { draft, problems } = overlayProfile(base, overrides);
  return problems.length === 0 ? (draft as unknown as CharterProfile) : base;
}
