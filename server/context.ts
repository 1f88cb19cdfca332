/** What every route, socket handler and command receives: built once in `main.ts` or a test. */
import type { Config } from './config';
import type { Hub } from './realtime/hub';
import type { Speaker } from './speech/engine';
import type { Store } from './store';

export type Clock = { now: () => Date };
export const systemClock: Clock = { now: () => new Date() };

/** A clock that starts at `start` and runs at real speed: for tests and demos at a set hour. */
export function shiftedClock(start: Date): Clock {
  const offset = start.getTime() - Date.now();
  return { now: () => new Date(Date.now() + offset) };
}

export type Deps = {
  store: Store;
  hub: Hub;
  config: Config;
  clock: Clock;
  /** Server speech; `current` is null until (or unless) an engine answers its test line. */
  speech?: { current: Speaker | null };
};

/** Who did it, as the event log records it: `account:3`, `device:7`, `public`. */
export type Actor = string;
