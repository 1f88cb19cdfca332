/**
 * The one typed event map of the socket.io link, imported by the server and every screen.
 * Commands are imperative (`stream:subscribe`), broadcasts past tense (`device:revoked`).
 */
import type { Ack } from './errors';
import type { StreamDelta, StreamRef, StreamSnapshot } from './streams';

export interface ServerToClientEvents {
  'stream:delta': (delta: StreamDelta) => void;
  /** The device's token was revoked: the screen forgets it and shows the pairing page. */
  'device:revoked': () => void;
  /** The sign-in this socket was opened with ended or changed: the screen signs in again. */
  'session:ended': () => void;
  /** From the admin console: reload the page, or show the device's name big for a moment. */
  'device:command': (command: DeviceCommandMessage) => void;
}

export type DeviceCommandMessage = { command: 'reload' | 'identify' | 'print-test'; name: string };

export interface ClientToServerEvents {
  'stream:subscribe': (ref: StreamRef, ack: (res: Ack<StreamSnapshot>) => void) => void;
}

/** Who is on the other end of a socket or request, settled once at the edge. */
export type Principal = {
  hallId: number | null;
  device: { id: number; kind: 'kiosk' | 'display' | 'guide' } | null;
  account: { id: number; role: 'admin' | 'counter' | 'guide'; sessionId: string } | null;
};

export interface SocketData {
  principal: Principal;
}

/** Socket handshake auth: a device sends its token; staff are known by their session cookie. */
export type HandshakeAuth = { deviceToken?: string };
