/** The single values of a charter profile an admin may override, flattened to dotted paths. */
import type { CharterProfile } from '../../shared/profiles/schema';
import { t, type MessageKey } from '../../shared/i18n';
import { ko } from '../../shared/i18n/ko';

export type ProfileField = { path: string; value: number | boolean | string | null };

/** Identity, the idle timeout (edited with the hall) and whole rules are not in the table. */
const SKIP = new Set([
  'id',
  'name',
  'nameEn',
  'source',
  // The seed lines behind the numbers: read-only citations, not values.
  'sources',
  'kiosk.idleTimeoutSec',
  // A rule, not a number: each service chooses its own order (업무와 창구).
  'queue.callPolicy.kind',
  // Three numbers together or none: a profile states the stages, a single value cannot.
  'complaints.stages',
]);

export function profileFields(profile: CharterProfile): ProfileField[] {
  const out: ProfileField[] = [];
  const walk = (node: unknown, prefix: string) => {
    if (prefix === 'sources') return;
    if (node === null || typeof node !== 'object' || Array.isArray(node)) {
      if (!Array.isArray(node) && !SKIP.has(prefix)) {
        out.push({ path: prefix, value: node as ProfileField['value'] });
      }
      return;
    }
    for (const [key, value] of Object.entries(node)) walk(value, prefix ? `${prefix}.${key}` : key);
  };
  walk(profile, '');
  return out;
}

export function valueAt(profile: CharterProfile, path: string): unknown {
  let node: unknown = profile;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** The values halls change most have a label (`hallx.field.<path>`); the rest show their path. */
export function fieldLabel(path: string): string | null {
  const key = `hallx.field.${path}`;
  return key in ko ? t(key as MessageKey) : null;
}
