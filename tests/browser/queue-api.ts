/** The queue through the HTTP API, as the kiosk and a counter officer use it, for browser tests. */
import { io } from 'socket.io-client';
import type { AppSocket } from '../../shared/live';
import type { DeviceSettings } from '../../shared/schemas/devices';
import type { PublicTicket } from '../../shared/schemas/queue';
import type { CounterConsoleState } from '../../shared/streams';

/** 10:30 on a Monday in Seoul: the demo hall is open and issues tickets. */
export const OPEN_HOUR = { ANNAE_NOW: '2026-11-23T01:30:00Z' };

/** A demo screen's device token, from the `#device=` of its redirect. */
export async function demoToken(url: string, screen: string): Promise<string> {
  const res = await fetch(`${url}/api/demo/open/${screen}`, { redirect: 'manual' });
  const location = res.headers.get('location') ?? '';
  const token = new URLSearchParams(location.split('#')[1] ?? '').get('device');
  if (!token) throw new Error(`no device token for ${screen}: ${res.status} ${location}`);
  return token;
}

export async function signIn(url: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

export async function call<T>(
  url: string,
  path: string,
  auth: { cookie?: string; token?: string },
  body: unknown = {},
): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (auth.cookie) headers.cookie = auth.cookie;
  if (auth.token) headers.authorization = `Bearer ${auth.token}`;
  const res = await fetch(`${url}${path}`, {
    method: 'POST',
    headers,
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as T;
  if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

let keys = 0;
export async function issue(url: string, kioskToken: string, serviceId: number) {
  const { ticket } = await call<{ ticket: PublicTicket }>(
    url,
    '/api/tickets',
    { token: kioskToken },
    { serviceId, priority: false, idempotencyKey: `browser-test-${Date.now()}-${++keys}` },
  );
  return ticket;
}

/** The counter console's snapshot: counters with their ids and services. */
export async function counterView(url: string, cookie: string): Promise<CounterConsoleState> {
  const socket: AppSocket = io(url, {
    transports: ['websocket'],
    extraHeaders: { cookie },
    forceNew: true,
  });
  try {
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    const res = await socket.timeout(5000).emitWithAck('stream:subscribe', { kind: 'counter' });
    if (!res.ok) throw new Error(res.error.message);
    return res.data.data as CounterConsoleState;
  } finally {
    socket.disconnect();
  }
}

/** The demo's counter officer, with each counter's id by its number. */
export async function counterOfficer(url: string) {
  const cookie = await signIn(url, 'counter', 'annae-counter');
  const view = await counterView(url, cookie);
  const counter = (number: number) => {
    const found = view.counters.find((c) => c.number === number);
    if (!found) throw new Error(`no counter ${number}`);
    return found;
  };
  const post = (number: number, action: string, body: unknown = {}) =>
    call<{ ticket?: { number: string } }>(
      url,
      `/api/counters/${counter(number).id}/${action}`,
      { cookie },
      body,
    );
  return {
    cookie,
    view,
    counter,
    post,
    open: (number: number) => post(number, 'state', { state: 'open' }),
    callNext: (number: number) => post(number, 'call-next'),
    done: (number: number) => post(number, 'done'),
  };
}

/**
 * Another kiosk, paired through the admin API, for tests that need tickets from several kiosks
 * (only the idempotency key folds two requests into one ticket, whichever kiosk sends them).
 */
export async function newKiosk(url: string, name: string): Promise<string> {
  const cookie = await signIn(url, 'admin', 'annae-admin');
  const { pairingCode } = await call<{ pairingCode: string }>(
    url,
    '/api/devices',
    { cookie },
    { kind: 'kiosk', name },
  );
  const { token } = await call<{ token: string }>(
    url,
    '/api/devices/pair',
    {},
    { code: pairingCode },
  );
  return token;
}

export type DemoDevice = { id: number; name: string; settings: DeviceSettings };

/** The device behind a demo screen, from its own token. */
export async function deviceOf(url: string, screen: string): Promise<DemoDevice> {
  const token = await demoToken(url, screen);
  const res = await fetch(`${url}/api/devices/me`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return ((await res.json()) as { device: DemoDevice }).device;
}

/** Sets a demo screen's viewing distance through the admin API; the device as stored after it. */
export async function setViewingDistance(
  url: string,
  screen: string,
  viewingDistanceMm: number,
): Promise<DemoDevice> {
  const admin = await signIn(url, 'admin', 'annae-admin');
  const device = await deviceOf(url, screen);
  const res = await fetch(`${url}/api/admin/devices/${device.id}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', cookie: admin },
    body: JSON.stringify({
      name: device.name,
      settings: { ...device.settings, viewingDistanceMm },
    }),
  });
  if (res.status !== 200)
    throw new Error(`setting the distance: ${res.status} ${await res.text()}`);
  return deviceOf(url, screen);
}
