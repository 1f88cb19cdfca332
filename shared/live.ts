/**
 * A screen's live copy of one stream: subscribe on every (re)connect, apply numbered deltas,
 * and ask for a fresh snapshot on a gap. State lives in signals so it is testable without a DOM.
 */
import { signal } from '@preact/signals';
import type { Socket } from 'socket.io-client';
import type { ApiError } from './errors';
import type { ClientToServerEvents, ServerToClientEvents } from './events';
import { applyDelta, type DeltaOp, type StreamRef, type StreamStates } from './streams';

export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * How screens retry after the link or the server went away. The wait between tries, not the
 * server, decides how soon a screen is back after a restart: with at most 1 s between tries,
 * every screen is back within about a second of the server (a hall has tens of screens on its
 * own network, and a refused try costs nothing). `bench:realtime` reconnects with the same.
 */
export const RECONNECT = { reconnectionDelay: 500, reconnectionDelayMax: 1000 } as const;

export function createLive<R extends StreamRef>(socket: AppSocket, ref: R) {
  type S = StreamStates[R['kind']];
  const state = signal<S | null>(null);
  const connected = signal(socket.connected);
  /** When the state last matched the server, for the "reconnecting · 2분 전" mark. */
  const syncedAt = signal<number | null>(null);
  const error = signal<ApiError | null>(null);
  let room: string | null = null;
  let seq = 0;
  let pending = false;
  type Delta = { room: string; seq: number; ops: unknown[] };
  /**
   * Deltas that arrive while a snapshot is on its way. The snapshot's answer and the first delta
   * after it can be decoded in one go (one polling payload), before the awaited answer resumes;
   * judged against the old server's numbers they would be dropped. They wait and are applied
   * after the snapshot instead.
   */
  let early: Delta[] = [];
  const applied = new Set<(delta: Delta) => void>();
  const snapshots = new Set<(state: S) => void>();

  async function resync(): Promise<void> {
    if (pending || !socket.connected) return;
    pending = true;
    try {
      const res = await socket.timeout(8000).emitWithAck('stream:subscribe', ref);
      if (!res.ok) {
        error.value = res.error;
        return;
      }
      room = res.data.room;
      seq = res.data.seq;
      state.value = res.data.data as S;
      syncedAt.value = Date.now();
      error.value = null;
      for (const listener of snapshots) listener(state.value);
    } catch {
      // No answer in time: the next connect or delta gap tries again.
    } finally {
      pending = false;
    }
    const waiting = early;
    early = [];
    for (const delta of waiting) onDelta(delta);
  }

  const onConnect = () => {
    connected.value = true;
    void resync();
  };
  const onDisconnect = () => {
    connected.value = false;
  };
  const onDelta = (delta: Delta) => {
    if (pending) {
      early.push(delta);
      return;
    }
    if (delta.room !== room || state.value === null) return;
    if (delta.seq <= seq) return;
    if (delta.seq !== seq + 1) {
      void resync();
      return;
    }
    seq = delta.seq;
    state.value = applyDelta(state.value, delta.ops as DeltaOp<S>[]);
    syncedAt.value = Date.now();
    for (const listener of applied) listener(delta);
  };

  socket.on('connect', onConnect);
  socket.on('disconnect', onDisconnect);
  socket.on('stream:delta', onDelta);
  if (socket.connected) void resync();

  return {
    state,
    connected,
    syncedAt,
    error,
    resync,
    /** Called with each delta once it is applied (never for a snapshot's contents). */
    onApplied(listener: (delta: Delta) => void): () => void {
      applied.add(listener);
      return () => applied.delete(listener);
    },
    /** Called with each snapshot once it is in place (on load and after every resync). */
    onSnapshot(listener: (state: S) => void): () => void {
      snapshots.add(listener);
      return () => snapshots.delete(listener);
    },
    /** The last sequence number applied, for tests. */
    seq: () => seq,
    stop() {
      socket.off('connect', onConnect);
      socket.off('disconnect', onDisconnect);
      socket.off('stream:delta', onDelta);
    },
  };
}
export type Live<R extends StreamRef> = ReturnType<typeof createLive<R>>;
