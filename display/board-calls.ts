/**
 * Which calls the board announces: those that arrive in a delta it has applied, and after a
 * resync every call in the fresh snapshot newer than the last one announced and under a minute
 * old (a call made while the board was reconnecting is not lost). The history on load is not.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Live } from '../shared/live';
import type { Call } from '../shared/schemas/queue';
import type { StreamDelta } from '../shared/streams';

/** The calls a board delta brings, oldest first, so they are spoken in the order they were made. */
export function callsIn(ops: StreamDelta['ops']): Call[] {
  const calls: Call[] = [];
  for (const op of ops) {
    if (op.op === 'upsert' && op.key === 'calls') calls.push(...(op.items as Call[]));
  }
  return calls.sort((a, b) => a.at.localeCompare(b.at) || a.id - b.id);
}

/** A call is new once per (ticket, recall): a recall of the same ticket is announced again. */
export const callKey = (call: Pick<Call, 'id' | 'recall'>): string => `${call.id}:${call.recall}`;

/** A call older than this when the board is back is shown, not spoken: the visitor has gone up. */
export const CATCH_UP_MS = 60_000;

/** The snapshot's calls the board missed, oldest first. `lastAt` is the last announced call's time. */
export function missedCalls(calls: readonly Call[], lastAt: string | null, now: string): Call[] {
  const nowMs = Date.parse(now);
  return calls
    .filter((c) => (lastAt === null || c.at > lastAt) && nowMs - Date.parse(c.at) < CATCH_UP_MS)
    .sort((a, b) => a.at.localeCompare(b.at) || a.id - b.id);
}

export function useNewCalls(live: Live<{ kind: 'board' }>, onCall: (call: Call) => void): void {
  const latest = useRef(onCall);
  latest.current = onCall;
  useEffect(() => {
    const heard = new Set<string>();
    let lastAt: string | null = null;
    let loaded = false;
    const hear = (call: Call) => {
      const key = callKey(call);
      if (heard.has(key)) return;
      heard.add(key);
      if (lastAt === null || call.at > lastAt) lastAt = call.at;
      latest.current(call);
    };
    const load = (calls: readonly Call[]) => {
      // The first picture: its calls were made before the board was here.
      loaded = true;
      for (const call of calls) {
        heard.add(callKey(call));
        if (lastAt === null || call.at > lastAt) lastAt = call.at;
      }
    };
    if (live.state.value) load(live.state.value.calls);
    const offSnapshot = live.onSnapshot((state) => {
      if (!loaded) return load(state.calls);
      const now = state.now ?? new Date().toISOString();
      for (const call of missedCalls(state.calls, lastAt, now)) hear(call);
    });
    // Only deltas `live` applied: a refused one (another room, a gap it resyncs from) is not
    // heard, and one held back while a snapshot was on its way is heard once it lands.
    const offDelta = live.onApplied((delta) => {
      for (const call of callsIn(delta.ops as StreamDelta['ops'])) hear(call);
    });
    return () => {
      offSnapshot();
      offDelta();
    };
  }, [live]);
}
