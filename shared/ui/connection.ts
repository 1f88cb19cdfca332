/**
 * A screen's link to the server: the device token (taken from `#device=` once, then kept in
 * localStorage), and one socket.io connection that reconnects by itself.
 */
import { signal } from '@preact/signals';
import { io } from 'socket.io-client';
import { RECONNECT, type AppSocket } from '../live';

const TOKEN_KEY = 'annae.deviceToken';

/** Null until paired; cleared when the server says the device was revoked. */
export const deviceToken = signal<string | null>(readToken());
export const revoked = signal(false);

function readToken(): string | null {
  if (typeof window === 'undefined') return null;
  const fromHash = new URLSearchParams(window.location.hash.slice(1)).get('device');
  if (fromHash) {
    localStorage.setItem(TOKEN_KEY, fromHash);
    // The token must not stay in the address bar, the history or a screenshot.
    history.replaceState(null, '', window.location.pathname + window.location.search);
    return fromHash;
  }
  return localStorage.getItem(TOKEN_KEY);
}

export function rememberToken(token: string): void {
  localStorage.setItem(TOKEN_KEY, token);
  revoked.value = false;
  deviceToken.value = token;
}

export function forgetToken(): void {
  localStorage.removeItem(TOKEN_KEY);
  deviceToken.value = null;
  revoked.value = true;
}

/** One socket per screen. A revoked device is told at connect or at once when revoked. */
export function connect(token: string | null): AppSocket {
  const socket: AppSocket = io({
    auth: token ? { deviceToken: token } : {},
    transports: ['websocket', 'polling'],
    ...RECONNECT,
  });
  socket.on('connect_error', (err) => {
    if (err.message === 'device_revoked') {
      socket.disconnect();
      forgetToken();
    }
  });
  socket.on('device:revoked', () => {
    socket.disconnect();
    forgetToken();
  });
  // The sign-in ended or changed (signed out elsewhere, disabled, new role): the page starts
  // again from the sign-in form, and the device's own link (if any) comes back with it.
  socket.on('session:ended', () => {
    socket.disconnect();
    if (typeof window !== 'undefined') window.location.reload();
  });
  return socket;
}
