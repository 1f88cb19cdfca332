/**
 * `/api/hall/*`: the hall's settings and charter profile, services' issuing rules, remote device
 * commands, the devices' app version, scheduled presence, and turning the demo hall into a real one.
 */
import { Hono } from 'hono';
import { deleteCookie } from 'hono/cookie';
import { z } from 'zod';
import { line } from '../../shared/schemas/text';
import { profiles } from '../../shared/profiles';
import { activeProfile } from '../../shared/profiles/active';
import { IdParam } from '../../shared/schemas/common';
import { NewPassword } from '../../shared/schemas/accounts';
import { HallSettingsInput, PresenceScheduleInput, ServiceRules } from '../../shared/schemas/hall';
import { PrintReportBody } from '../../shared/schemas/devices';
import { notFound } from '../../shared/errors';
import {
  commandDevice,
  reportDeviceVersion,
  reportPrint,
  setServiceRules,
  updateHallSettings,
} from '../commands/admin-hall';
import { SESSION_COOKIE } from '../auth/principal';
import { convertDemoHall } from '../commands/demo-convert';
import { cancelSchedule, listSchedules, schedulePresence } from '../commands/presence-schedule';
import type { Deps } from '../context';
import { actorOf, hallOf, type AppEnv } from '../http/env';
import { validate } from '../http/validate';

const IdPath = z.object({ id: IdParam });
const DeviceCommandBody = z
  .object({ command: z.enum(['reload', 'identify', 'print-test']) })
  .strict();
const ConvertDemoBody = z.object({ newPassword: NewPassword }).strict();
const VersionBody = z.object({ appVersion: line().min(1).max(40) }).strict();

export const adminHallRoutes = (deps: Deps) =>
  new Hono<AppEnv>()
    .get('/settings', (c) => {
      const hall = deps.store.halls.get(hallOf(c.get('principal')));
      if (!hall) throw notFound('Hall');
      return c.json({
        hall,
        profile: activeProfile(hall),
        profiles: Object.values(profiles).map((p) => ({
          id: p.id,
          name: p.name,
          nameEn: p.nameEn,
        })),
      });
    })
    .put('/settings', validate('json', HallSettingsInput), (c) => {
      const p = c.get('principal');
      const hall = updateHallSettings(deps, actorOf(p), hallOf(p), c.req.valid('json'));
      return c.json({ hall, profile: activeProfile(hall) });
    })
    .post('/convert-demo', validate('json', ConvertDemoBody), async (c) => {
      const done = await convertDemoHall(deps, c.get('principal'), c.req.valid('json').newPassword);
      // This session ended with all the others: sign in again with the new password.
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.json({ ok: true as const, ...done });
    })
    .get('/service-rules', (c) => {
      const rules = deps.store.halls.serviceRules(hallOf(c.get('principal')));
      return c.json({
        rules: Object.fromEntries([...rules].map(([id, r]) => [String(id), r])),
      });
    })
    .put('/services/:id/rules', validate('param', IdPath), validate('json', ServiceRules), (c) => {
      const p = c.get('principal');
      return c.json({
        rules: setServiceRules(
          deps,
          actorOf(p),
          hallOf(p),
          c.req.valid('param').id,
          c.req.valid('json'),
        ),
      });
    })
    .post(
      '/devices/:id/command',
      validate('param', IdPath),
      validate('json', DeviceCommandBody),
      (c) => {
        const p = c.get('principal');
        return c.json(
          commandDevice(
            deps,
            actorOf(p),
            hallOf(p),
            c.req.valid('param').id,
            c.req.valid('json').command,
          ),
        );
      },
    )
    .post('/devices/version', validate('json', VersionBody), (c) => {
      const p = c.get('principal');
      if (!p.device) throw notFound('Device');
      reportDeviceVersion(deps, hallOf(p), p.device.id, c.req.valid('json').appVersion);
      return c.json({ ok: true as const });
    })
    .post('/devices/print', validate('json', PrintReportBody), (c) => {
      const p = c.get('principal');
      if (!p.device) throw notFound('Device');
      reportPrint(deps, hallOf(p), p.device.id, c.req.valid('json'));
      return c.json({ ok: true as const });
    })
    .get('/presence-schedules', (c) =>
      c.json({ schedules: listSchedules(deps, c.get('principal')) }),
    )
    .post('/presence-schedules', validate('json', PresenceScheduleInput), (c) =>
      c.json({ schedule: schedulePresence(deps, c.get('principal'), c.req.valid('json')) }, 201),
    )
    .delete('/presence-schedules/:id', validate('param', IdPath), (c) => {
      cancelSchedule(deps, c.get('principal'), c.req.valid('param').id);
      return c.json({ ok: true as const });
    });
