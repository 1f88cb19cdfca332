/**
 * Which calls the board announces: those that arrive in a delta it has applied, never the
 * history in a snapshot (on load or after a reconnect).
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

export function useNewCalls(live: Live<{ kind: 'board' }>, onCall: (call: Call) => void): void {
  const latest = useRef(onCall);
  latest.current = onCall;
  useEffect(() => {
    const heard = new Set<string>();
    // Only deltas `live` applied: a refused one (another room, a gap it resyncs from) is not
    // heard, and one held back while a snapshot was on its way is heard once it lands.
    return live.onApplied((delta) => {
      for (const call of callsIn(delta.ops as StreamDelta['ops'])) {
        const key = callKey(call);
        if (heard.has(key)) continue;
        heard.add(key);
        latest.current(call);
      }
    });
  }, [live]);
}
