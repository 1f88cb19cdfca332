/** Device commands: create, pairing codes, pair, revoke. Each is validate → transaction → log → push. */
import type {
  DeviceSettings as DeviceSettingsType,
  PairResult,
} from '../../shared/schemas/devices';
import { DeviceSettings } from '../../shared/schemas/devices';
import { CommandError, notFound } from '../../shared/errors';
import type { Actor, Deps } from '../context';
import { invalidRequest } from '../http/validate';
import { newPairingCode, newToken, sha256 } from '../auth/secrets';
import { rooms } from '../realtime/rooms';
import type { DeviceRecord } from '../store/devices';
import type { Device } from '../../shared/schemas/devices';

/** Long enough to walk from the admin's desk to the kiosk; short enough to be useless if seen. */
export const PAIRING_CODE_TTL_MS = 15 * 60 * 1000;

export const toPublicDevice = (deps: Deps, device: DeviceRecord): Device => {
  const { hallId: _hallId, ...rest } = device;
  return { ...rest, online: deps.hub.isOnline(device.id) };
};

/** Tells the admin console a device's new state (paired, revoked, online). */
export function pushDevice(deps: Deps, hallId: number, deviceId: number): void {
  const device = deps.store.devices.get(hallId, deviceId);
  if (device) {
    deps.hub.publish<'admin'>(rooms.admin(hallId), [
      { op: 'upsert', key: 'devices', items: [toPublicDevice(deps, device)] },
    ]);
  }
}

export function createDevice(
  deps: Deps,
  actor: Actor,
  hallId: number,
  input: {
    kind: DeviceRecord['kind'];
    name: string;
    settings?: Partial<DeviceSettingsType> | undefined;
  },
): { device: Device; pairingCode: string; expiresAt: string } {
  const now = deps.clock.now();
  // Parsed here too, for the defaults: a setting out of range is the caller's 400 naming the
  // field, as the route's validator gives, not a ZodError the HTTP layer reports as a 500.
  const parsed = DeviceSettings.safeParse(input.settings ?? {});
  if (!parsed.success) throw invalidRequest(parsed.error, 'settings');
  const settings = parsed.data;
  const code = newPairingCode();
  const expiresAt = new Date(now.getTime() + PAIRING_CODE_TTL_MS).toISOString();
  const id = deps.store.tx(() => {
    const deviceId = deps.store.devices.add(
      hallId,
      input.kind,
      input.name,
      settings,
      now.toISOString(),
    );
    deps.store.devices.addPairingCode(hallId, deviceId, code, expiresAt, now.toISOString());
    deps.store.events.append(hallId, now.toISOString(), actor, 'device:created', {
      deviceId,
      kind: input.kind,
      name: input.name,
    });
    return deviceId;
  });
  pushDevice(deps, hallId, id);
  const device = deps.store.devices.get(hallId, id);
  if (!device) throw notFound('Device');
  return { device: toPublicDevice(deps, device), pairingCode: code, expiresAt };
}

export function createPairingCode(
  deps: Deps,
  actor: Actor,
  hallId: number,
  deviceId: number,
): { pairingCode: string; expiresAt: string } {
  if (!deps.store.devices.get(hallId, deviceId)) throw notFound('Device');
  const now = deps.clock.now();
  const code = newPairingCode();
  const expiresAt = new Date(now.getTime() + PAIRING_CODE_TTL_MS).toISOString();
  deps.store.tx(() => {
    deps.store.devices.addPairingCode(hallId, deviceId, code, expiresAt, now.toISOString());
    deps.store.events.append(hallId, now.toISOString(), actor, 'device:pairing-code-created', {
      deviceId,
    });
  });
  return { pairingCode: code, expiresAt };
}

/** Exchanges a one-time code for the device's token. The token is shown once, stored hashed. */
export function pairDevice(deps: Deps, rawCode: string): PairResult {
  const code = rawCode.replace('-', '');
  const formatted = `${code.slice(0, 4)}-${code.slice(4)}`;
  const now = deps.clock.now();
  const record = deps.store.devices.pairingCode(formatted);
  if (!record) {
    throw new CommandError(
      404,
      'pairing_code_unknown',
      'This pairing code is not known. Check it, or ask for a new one.',
    );
  }
  if (record.used_at) {
    throw new CommandError(
      410,
      'pairing_code_used',
      'This pairing code was already used. Ask for a new one.',
    );
  }
  if (record.expires_at <= now.toISOString()) {
    throw new CommandError(
      410,
      'pairing_code_expired',
      'This pairing code has expired. Ask for a new one.',
    );
  }
  const token = newToken();
  deps.store.tx(() => {
    deps.store.devices.usePairingCode(formatted, now.toISOString());
    deps.store.devices.setToken(record.hall_id, record.device_id, sha256(token), now.toISOString());
    deps.store.events.append(
      record.hall_id,
      now.toISOString(),
      `device:${record.device_id}`,
      'device:paired',
      {
        deviceId: record.device_id,
      },
    );
  });
  pushDevice(deps, record.hall_id, record.device_id);
  const device = deps.store.devices.get(record.hall_id, record.device_id);
  if (!device) throw notFound('Device');
  return { token, device: toPublicDevice(deps, device) };
}

export function revokeDevice(deps: Deps, actor: Actor, hallId: number, deviceId: number): Device {
  const device = deps.store.devices.get(hallId, deviceId);
  if (!device) throw notFound('Device');
  const now = deps.clock.now().toISOString();
  deps.store.tx(() => {
    deps.store.devices.revoke(hallId, deviceId, now);
    deps.store.events.append(hallId, now, actor, 'device:revoked', { deviceId });
  });
  deps.hub.cutDevice(deviceId);
  pushDevice(deps, hallId, deviceId);
  const revoked = deps.store.devices.get(hallId, deviceId);
  if (!revoked) throw notFound('Device');
  return toPublicDevice(deps, revoked);
}
