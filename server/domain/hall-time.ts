/** The hall's clock: Korean halls keep Korea Standard Time (UTC+9, no daylight saving). */
const KST_OFFSET_MS = 9 * 3600 * 1000;

/** The hall's calendar day, "YYYY-MM-DD": ticket numbers restart with it. */
export function hallDay(now: Date): string {
  return new Date(now.getTime() + KST_OFFSET_MS).toISOString().slice(0, 10);
}

/** Minutes since the hall's midnight. */
export function hallMinutes(now: Date): number {
  const local = new Date(now.getTime() + KST_OFFSET_MS);
  return local.getUTCHours() * 60 + local.getUTCMinutes() + local.getUTCSeconds() / 60;
}

/** "HH:MM" → minutes since midnight. */
export function clockMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

export function formatClock(minutes: number): string {
  const m = Math.round(minutes);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** The instant of a hall clock time on the hall day of `now`. */
export function atHallTime(now: Date, hhmm: string): Date {
  const midnight = Date.parse(`${hallDay(now)}T00:00:00Z`) - KST_OFFSET_MS;
  return new Date(midnight + clockMinutes(hhmm) * 60_000);
}
