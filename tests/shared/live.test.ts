/**
 * The live copy across a server restart: the new server numbers its deltas from 1 again, and the
 * snapshot's answer and the next delta can be decoded in one polling payload, before the awaited
 * answer resumes. The delta must still be applied, not judged against the old server's numbers.
 */
import { describe, expect, it } from 'vitest';
import { createLive, type AppSocket } from '../../shared/live';

type Handler = (payload: never) => void;

function fakeSocket() {
  const handlers = new Map<string, Handler[]>();
  let answer: (value: unknown) => void = () => {};
  const socket = {
    connected: true,
    on(event: string, handler: Handler) {
      handlers.set(event, [...(handlers.get(event) ?? []), handler]);
      return socket;
    },
    off() {
      return socket;
    },
    timeout: () => ({
      emitWithAck: () => new Promise((resolve) => (answer = resolve)),
    }),
  };
  return {
    socket: socket as unknown as AppSocket,
    fire: (event: string, payload: unknown) =>
      (handlers.get(event) ?? []).forEach((h) => h(payload as never)),
    answer: (value: unknown) => answer(value),
  };
}

const snapshot = (seq: number, numbers: string[]) => ({
  ok: true,
  data: {
    kind: 'board',
    room: 'board:1',
    seq,
    data: { calls: numbers.map((number) => ({ number })) },
  },
});
const call = (seq: number, number: string) => ({
  room: 'board:1',
  seq,
  ops: [{ op: 'upsert', key: 'calls', items: [{ id: seq, number }], front: true }],
});
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('createLive', () => {
  it('applies a delta that arrives with the snapshot after a restart', async () => {
    const fake = fakeSocket();
    const live = createLive(fake.socket, { kind: 'board' });
    fake.answer(snapshot(7, ['1001']));
    await flush();
    expect(live.seq()).toBe(7);

    const heard: number[] = [];
    live.onApplied((delta) => heard.push(delta.seq));
    // Restart: the new server's snapshot carries seq 1 and its first delta seq 2, in one payload.
    fake.fire('connect', undefined);
    fake.answer(snapshot(1, ['1002', '1001']));
    fake.fire('stream:delta', call(2, '1003'));
    await flush();

    expect(live.seq()).toBe(2);
    expect(heard, 'the board announces the call held back').toEqual([2]);
    const numbers = (live.state.value as unknown as { calls: { number: string }[] }).calls;
    expect(numbers.map((c) => c.number)).toEqual(['1003', '1002', '1001']);
  });

  it('skips an early delta the snapshot already holds', async () => {
    const fake = fakeSocket();
    const live = createLive(fake.socket, { kind: 'board' });
    fake.fire('stream:delta', call(3, '1003'));
    fake.answer(snapshot(3, ['1003']));
    await flush();
    expect(live.seq()).toBe(3);
    const numbers = (live.state.value as unknown as { calls: { number: string }[] }).calls;
    expect(numbers.map((c) => c.number)).toEqual(['1003']);
  });
});
