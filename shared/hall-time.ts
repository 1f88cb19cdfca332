/**
 * The hall's clock: Korean halls keep Korea Standard Time (UTC+9, no daylight saving). The
 * server and every screen read it here, so no screen adds the nine hours by hand.
 */
const KST_OFFSET_MS = 9 * 3600 * 1000;

/** The hall's zone for `toLocale…String`: without it a screen shows its own computer's clock. */
export const HALL_TIME_ZONE = 'Asia/Seoul';

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

/** The hall-clock fields of an instant (ISO text or epoch ms), read with getUTC…(). */
const local = (at: string | number) =>
  new Date((typeof at === 'number' ? at : Date.parse(at)) + KST_OFFSET_MS);

/** "HH:MM" on the hall's clock. */
export const hallClock = (at: string | number): string => local(at).toISOString().slice(11, 16);

/** "YYYY-MM-DD" on the hall's calendar (the instant's hall day). */
export const hallDate = (at: string | number): string => local(at).toISOString().slice(0, 10);

/** "YYYY-MM-DD HH:MM" on the hall's clock. */
export const hallStamp = (at: string | number): string =>
  local(at).toISOString().slice(0, 16).replace('T', ' ');

/** "11월 26일": the hall's calendar date in Korean. */
export function hallDateKo(at: string | number): string {
  const d = local(at);
  return `${d.getUTCMonth() + 1}월 ${d.getUTCDate()}일`;
}
