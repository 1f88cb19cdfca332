/**
 * The hall's settings from the admin console (name, hours, holidays, languages, lunch rotation,
 * charter profile and its overrides), each service's issuing rules, and remote device commands
 * (reload, identify). Each change is logged with who did it and pushed live to every screen.
 */
import { CommandError, notFound } from '../../shared/errors';
import { profiles } from '../../shared/profiles';
import { activeProfile, applyOverrides } from '../../shared/profiles/active';
import { helpersOf } from '../../shared/help';
import type { PrintReport } from '../../shared/schemas/devices';
import type { HallInfo, HallSettingsInput, ServiceRules } from '../../shared/schemas/hall';
import type { Actor, Deps } from '../context';
import { rooms } from '../realtime/rooms';
import { pushDevice } from './devices';
import { pushQueue } from '../realtime/queue-push';

export type DeviceCommand = 'reload' | 'identify' | 'print-test';

/** Every screen that shows the hall gets its new settings and the numbers of its profile. */
export function pushHall(deps: Deps, hall: HallInfo): void {
  const profile = activeProfile(hall);
  const set = { op: 'set' as const, key: 'hall' as const, value: hall };
  deps.hub.publish<'board'>(rooms.board(hall.id), [
    set,
    { op: 'set', key: 'voiceLine', value: profile.queue.voiceLine },
    { op: 'set', key: 'voiceLineEn', value: profile.queue.voiceLineEn },
  ]);
  deps.hub.publish<'kiosk'>(rooms.kiosks(hall.id), [set]);
  deps.hub.publish<'guides'>(rooms.guides(hall.id), [
    set,
    { op: 'set', key: 'rules', value: helpersOf(profile) },
  ]);
  deps.hub.publish<'counter'>(rooms.counters(hall.id), [
    set,
    { op: 'set', key: 'recallsBeforeNoShow', value: profile.queue.recallsBeforeNoShow },
  ]);
  deps.hub.publish<'admin'>(rooms.admin(hall.id), [set]);
  for (const department of deps.store.places.departments(hall.id)) {
    deps.hub.publish<'seats'>(rooms.department(hall.id, department.id), [set]);
  }
}

export function updateHallSettings(
  deps: Deps,
  actor: Actor,
  hallId: number,
  input: HallSettingsInput,
): HallInfo {
  const before = deps.store.halls.get(hallId);
  if (!before) throw notFound('Hall');
  const base = profiles[input.profileId];
  if (!base) {
    throw new CommandError(
      400,
      'unknown_profile',
      `Invalid profileId: there is no charter profile "${input.profileId}" (one of ${Object.keys(profiles).join(', ')}).`,
      [{ path: 'profileId', message: `unknown profile "${input.profileId}"` }],
    );
  }
  const applied = applyOverrides(base, input.profileOverrides);
  if (applied.profile === null) {
    const details = applied.problems.map((p) => ({
      path: `profileOverrides.${p.path}`,
      message: p.message,
    }));
    throw new CommandError(
      400,
      'invalid_override',
      `Invalid profileOverrides.${applied.problems[0]?.path}: ${applied.problems[0]?.message}`,
      details,
    );
  }
  for (const shift of input.lunchShifts) {
    if (shift.from < input.open || shift.to > input.close) {
      throw new CommandError(
        400,
        'invalid_request',
        'Invalid lunchShifts: outside opening hours.',
        [{ path: 'lunchShifts', message: 'a lunch shift lies within the opening hours' }],
      );
    }
  }
  const now = deps.clock.now().toISOString();
  const hall = deps.store.tx(() => {
    deps.store.halls.updateSettings(hallId, input);
    const after = deps.store.halls.get(hallId);
    if (!after) throw notFound('Hall');
    const changed = (Object.keys(input) as (keyof HallSettingsInput)[]).filter(
      (k) =>
        JSON.stringify(before[k as keyof HallInfo]) !== JSON.stringify(after[k as keyof HallInfo]),
    );
    deps.store.events.append(hallId, now, actor, 'hall:settings-changed', {
      changed,
      profileId: after.profileId,
      profileOverrides: after.profileOverrides,
    });
    return after;
  });
  pushHall(deps, hall);
  // Opening hours, lunch and the profile's issuing rules change what the kiosks may issue.
  pushQueue(deps, hallId);
  return hall;
}

export function setServiceRules(
  deps: Deps,
  actor: Actor,
  hallId: number,
  serviceId: number,
  input: ServiceRules,
): ServiceRules {
  const service = deps.store.services.list(hallId).find((s) => s.id === serviceId);
  if (!service) throw notFound('Service');
  const rules: ServiceRules = {
    ...input,
    ratioNormal: input.priorityPolicy === 'ratio' ? input.ratioNormal : null,
  };
  const now = deps.clock.now().toISOString();
  deps.store.tx(() => {
    deps.store.halls.setServiceRules(hallId, serviceId, rules);
    deps.store.events.append(hallId, now, actor, 'service:rules-changed', { serviceId, ...rules });
  });
  pushQueue(deps, hallId);
  return rules;
}

/** Sends a reload or identify command to one device's own room: no other screen sees it. */
export function commandDevice(
  deps: Deps,
  actor: Actor,
  hallId: number,
  deviceId: number,
  command: DeviceCommand,
): { sent: boolean } {
  const device = deps.store.devices.get(hallId, deviceId);
  if (!device) throw notFound('Device');
  if (device.revokedAt) {
    throw new CommandError(409, 'device_revoked', 'This device is unpaired: pair it again first.');
  }
  if (command === 'print-test' && device.kind !== 'kiosk') {
    throw new CommandError(409, 'device_cannot_print', 'Only a kiosk has a receipt printer.');
  }
  const now = deps.clock.now().toISOString();
  deps.store.events.append(hallId, now, actor, 'device:commanded', { deviceId, command });
  deps.hub.commandDevice(deviceId, { command, name: device.name });
  return { sent: deps.hub.isOnline(deviceId) };
}

/** A screen tells which version of the app it runs (the server's version when it loaded). */
export function reportDeviceVersion(
  deps: Deps,
  hallId: number,
  deviceId: number,
  version: string,
): void {
  deps.store.halls.setDeviceVersion(hallId, deviceId, version);
  pushDevice(deps, hallId, deviceId);
}

/**
 * A kiosk tells what its browser did with a receipt: took the job ('sent') or refused it
 * ('failed'). Paper jams, an empty roll or "Save as PDF" stay invisible to the page, so the
 * console shows this as the browser's answer, next to the print test that a person checks.
 */
export function reportPrint(deps: Deps, hallId: number, deviceId: number, report: PrintReport) {
  const device = deps.store.devices.get(hallId, deviceId);
  if (!device) throw notFound('Device');
  if (device.kind !== 'kiosk') {
    throw new CommandError(409, 'device_cannot_print', 'Only a kiosk has a receipt printer.');
  }
  deps.store.devices.recordPrint(hallId, deviceId, deps.clock.now().toISOString(), report);
  pushDevice(deps, hallId, deviceId);
}
