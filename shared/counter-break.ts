/**
 * A counter's lunch or break with an expected return: the choices the counter console offers and
 * the rule the server checks. The wait estimator reads the return as the counter's comeback.
 */
import { HALL_TIME_ZONE } from './hall-time';
import type { CounterState } from './schemas/hall';

/** The return the console proposes, in minutes from now, for each kind of absence. */
export const BREAK_DEFAULT_MIN: Record<'lunch' | 'break', number> = { lunch: 60, break: 15 };
/** The choices next to the default: the officer picks one, or "모름" (unknown). */
export const BREAK_CHOICES_MIN: Record<'lunch' | 'break', number[]> = {
  lunch: [30, 45, 60, 90],
  break: [5, 10, 15, 30],
};
/** A return further away than this is not a break: the counter should be closed instead. */
export const BREAK_MAX_MIN = 4 * 60;

export type BreakRefusal = 'not_away' | 'in_past' | 'too_far';

/** Why an expected return cannot be accepted, or null when it can. */
export function breakReturnRefusal(
  state: CounterState,
  returnsAt: Date,
  now: Date,
): BreakRefusal | null {
  if (state !== 'lunch' && state !== 'break') return 'not_away';
  const minutes = (returnsAt.getTime() - now.getTime()) / 60_000;
  if (!(minutes > 0)) return 'in_past';
  if (minutes > BREAK_MAX_MIN) return 'too_far';
  return null;
}

/** A time of day on the hall's clock (Seoul), e.g. "13:00". */
export const clockOf = (iso: string) =>
  new Date(iso).toLocaleTimeString('ko-KR', {
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone: HALL_TIME_ZONE,
  });
