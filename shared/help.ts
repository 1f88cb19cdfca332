/** Rules of the call bell the server and the screens share. */
import type { CharterProfile } from './profiles/schema';

export type HelperRules = CharterProfile['helpers'];

/**
 * The profile's helper numbers, as its charter states them: null where the charter is silent
 * (the screens then say the charter sets no number), never another hall's.
 */
export function helpersOf(profile: CharterProfile): HelperRules {
  return profile.helpers;
}

/** Without a charter lead time an escorted visit is still met at the door: at the agreed time. */
export const escortLeadOf = (rules: HelperRules): number => rules.escortLeadMin ?? 0;

/** Statuses in which a page still needs a helper's hands. */
export const OPEN_STATUSES = ['open', 'accepted', 'arrived', 'escorting'] as const;

/** Whole minutes since `fromIso`, never negative. */
export function minutesSince(fromIso: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - new Date(fromIso).getTime()) / 60_000));
}
