/** Rules of the call bell the server and the screens share. */
import type { CharterProfile } from './profiles/schema';

export type HelperRules = NonNullable<CharterProfile['helpers']>;

/**
 * The profile's helper numbers. A profile that does not state them yet gets Mapo's (the charter
 * C4 quotes): 10 minutes to reach, escalation after 2, two on duty, 5 minutes' entrance wait.
 */
export const MAPO_HELPERS: HelperRules = {
  responseLimitMin: 10,
  escalateAfterMin: 2,
  minOnDuty: 2,
  escortLeadMin: 5,
  walkMin: 2,
};

export function helpersOf(profile: CharterProfile): HelperRules {
  return profile.helpers ?? MAPO_HELPERS;
}

/** Statuses in which a page still needs a helper's hands. */
export const OPEN_STATUSES = ['open', 'accepted', 'arrived', 'escorting'] as const;

/** Whole minutes since `fromIso`, never negative. */
export function minutesSince(fromIso: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - new Date(fromIso).getTime()) / 60_000));
}
