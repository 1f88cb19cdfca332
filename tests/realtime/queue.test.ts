import { afterEach, describe, expect, it } from 'vitest';
import type { StreamDelta } from '../../shared/streams';
import { client, eventually, httpSignIn, startTestServer, waitFor } from '../helpers/server';

type Running = Awaited<ReturnType<typeof startTestServer>>;
let running: Running | null = null;
const sockets: ReturnType<typeof client>[] = [];
afterEach(async () => {
  sockets.splice(0).forEach((s) => s.disconnect());
  await running?.server.close();
  running?.remove();
  running = null;
});

describe('a visit over real sockets', () => {
  it('issue → call: the board and the ticket room receive the call with consecutive sequence numbers', async () => {
    running = await startTestServer();
    const { server } = running;
    const hall = running.hall!;
    const issued = await fetch(`${server.url}/api/tickets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${hall.tokens.kiosk}` },
      body: JSON.stringify({
        serviceId: hall.services.general,
        priority: false,
        idempotencyKey: 'realtime-1234',
      }),
    });
    expect(issued.status).toBe(201);
    const { ticket } = (await issued.json()) as { ticket: { code: string; number: string } };

    const board = client(server.url, { deviceToken: hall.tokens.display });
    const phone = client(server.url);
    sockets.push(board, phone);
    await Promise.all([waitFor(board, 'connect'), waitFor(phone, 'connect')]);
    const boardSnap = await board.emitWithAck('stream:subscribe', { kind: 'board' });
    const phoneSnap = await phone.emitWithAck('stream:subscribe', {
      kind: 'ticket',
      code: ticket.code,
    });
    if (!boardSnap.ok || !phoneSnap.ok) throw new Error('subscribe failed');
    const boardDeltas: StreamDelta[] = [];
    const phoneDeltas: StreamDelta[] = [];
    board.on('stream:delta', (d) => boardDeltas.push(d));
    phone.on('stream:delta', (d) => phoneDeltas.push(d));

    const cookie = await httpSignIn(server.url, 'counter');
    const call = await fetch(`${server.url}/api/counters/${hall.counters[0]}/call-next`, {
      method: 'POST',
      headers: { cookie },
    });
    expect(call.status).toBe(200);
    const recall = await fetch(`${server.url}/api/counters/${hall.counters[0]}/recall`, {
      method: 'POST',
      headers: { cookie },
    });
    expect(recall.status).toBe(200);

    // The board gets each call on its own first (not held up by the estimates), then the queues.
    await eventually(() => boardDeltas.length >= 4 && phoneDeltas.length >= 2, 5000, 'deltas');
    expect(boardDeltas.map((d) => d.seq)).toEqual([1, 2, 3, 4].map((n) => boardSnap.data.seq + n));
    expect(boardDeltas.map((d) => d.ops.map((op) => op.key).join())).toEqual([
      'calls',
      'queues',
      'calls',
      'queues',
    ]);
    expect(phoneDeltas.map((d) => d.seq)).toEqual([phoneSnap.data.seq + 1, phoneSnap.data.seq + 2]);
    const calls = boardDeltas[0]!.ops.find((op) => op.key === 'calls') as {
      items: { number: string; counterNumber: number }[];
    };
    expect(calls.items[0]).toMatchObject({ number: ticket.number, counterNumber: 1 });
    const last = phoneDeltas[1]!.ops[0] as { value: { status: string; counterNumber: number } };
    expect(last.value).toMatchObject({ status: 'called', counterNumber: 1 });
    // Public streams carry no names or phone numbers.
    expect(JSON.stringify([boardDeltas, phoneDeltas])).not.toMatch(/010-|담당/);
  });
});
