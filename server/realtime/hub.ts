/**
 * Pushes deltas to rooms with consecutive sequence numbers per room. Commands publish here after
 * their transaction commits; before a socket server is attached (HTTP-only tests) it only counts.
 */
import type { Server } from 'socket.io';
import type {
  ClientToServerEvents,
  DeviceCommandMessage,
  ServerToClientEvents,
  SocketData,
} from '../../shared/events';
import type { DeltaOp, StreamStates } from '../../shared/streams';
import { rooms } from './rooms';

export type IoServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  SocketData
>;

/**
 * Packets a screen may have waiting to be written before it misses deltas. A board reads them as
 * they come (0–1 waiting); one that cannot keep up (a stalled link, a frozen browser) would
 * otherwise hold every delta of the day in the server's memory. It sees the gap in the sequence
 * numbers and asks for one snapshot instead.
 */
export const MAX_PENDING_PACKETS = 16;

/** Sockets of the room whose engine write buffer is past the bound: skipped by the next push. */
function behindIn(server: IoServer, members: Set<string>): string[] {
  const behind: string[] = [];
  for (const id of members) {
    const conn = server.sockets.sockets.get(id)?.conn;
    // engine.io keeps the packets not yet written in `writeBuffer`; its type calls it private.
    const pending = (conn as unknown as { writeBuffer?: unknown[] } | undefined)?.writeBuffer;
    if ((pending?.length ?? 0) > MAX_PENDING_PACKETS) behind.push(id);
  }
  return behind;
}

export function createHub() {
  let io: IoServer | null = null;
  const seqs = new Map<string, number>();
  // Ticket rooms someone follows (a phone on /t/<code>): a queue push looks at these and at the
  // tickets that changed, not at every ticket waiting.
  const followed = new Set<string>();
  const TICKET_ROOM = rooms.ticket('');
  const onlineDevices = new Map<number, number>();
  const listeners = new Set<(deviceId: number, online: boolean) => void>();
  const cutRoom = (room: string) => {
    if (!io) return;
    // The screen is told first, so it goes back to the sign-in form instead of retrying.
    io.in(room).emit('session:ended');
    io.in(room).disconnectSockets(true);
  };

  return {
    attach(server: IoServer): void {
      io = server;
      const adapter = server.of('/').adapter;
      adapter.on('create-room', (room: string) => {
        if (room.startsWith(TICKET_ROOM)) followed.add(room.slice(TICKET_ROOM.length));
      });
      adapter.on('delete-room', (room: string) => {
        if (room.startsWith(TICKET_ROOM)) followed.delete(room.slice(TICKET_ROOM.length));
      });
    },
    /** Codes of the tickets whose room has at least one socket in it now. */
    followedTickets: (): ReadonlySet<string> => followed,
    /** The sequence number a snapshot of `room` taken now carries. */
    seq: (room: string): number => seqs.get(room) ?? 0,
    publish<K extends keyof StreamStates>(room: string, ops: DeltaOp<StreamStates[K]>[]): void {
      if (ops.length === 0) return;
      const seq = (seqs.get(room) ?? 0) + 1;
      seqs.set(room, seq);
      // socket.io encodes a broadcast before it looks for sockets: a push to every open ticket's
      // room (most followed by no phone) would serialise each delta for nobody. The number still
      // advances, so a later snapshot carries the right seq.
      const members = io?.sockets.adapter.rooms.get(room);
      if (!io || !members?.size) return;
      const behind = behindIn(io, members);
      // Each socket is in the room named by its id, so `except` leaves out exactly those.
      (behind.length > 0 ? io.to(room).except(behind) : io.to(room)).emit('stream:delta', {
        room,
        seq,
        ops: ops as never,
      });
    },
    /** A remote command (reload, identify) for one device's screens only. */
    commandDevice(deviceId: number, command: DeviceCommandMessage): void {
      io?.in(`device:${deviceId}`).emit('device:command', command);
    },
    /** Cuts every socket of a revoked device at once. */
    cutDevice(deviceId: number): void {
      if (!io) return;
      io.in(`device:${deviceId}`).emit('device:revoked');
      io.in(`device:${deviceId}`).disconnectSockets(true);
    },
    /**
     * Cuts every socket opened with an ended session (sign-out, a new sign-in in the same browser).
     * A socket keeps the identity it connected with, so it must not outlive the session.
     */
    cutSession(sessionHash: string): void {
      cutRoom(rooms.session(sessionHash));
    },
    /** Cuts every socket of an account that was disabled, got a new role or a new password. */
    cutAccount(accountId: number): void {
      cutRoom(rooms.account(accountId));
    },
    /** Cuts every signed-in socket of the hall (a demo hall turned into a real one). */
    cutHallSessions(hallId: number): void {
      cutRoom(rooms.signedIn(hallId));
    },
    deviceConnected(deviceId: number, delta: 1 | -1): void {
      const count = (onlineDevices.get(deviceId) ?? 0) + delta;
      if (count <= 0) onlineDevices.delete(deviceId);
      else onlineDevices.set(deviceId, count);
      const online = count > 0;
      if ((delta === 1 && count === 1) || (delta === -1 && count <= 0)) {
        for (const listener of listeners) listener(deviceId, online);
      }
    },
    isOnline: (deviceId: number): boolean => onlineDevices.has(deviceId),
    onDevicePresence(listener: (deviceId: number, online: boolean) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
export type Hub = ReturnType<typeof createHub>;
