/** Devices: admins create and revoke them; a screen pairs itself with a one-time code. */
import { Hono } from 'hono';
import { z } from 'zod';
import { CreateDeviceBody, PairBody } from '../../shared/schemas/devices';
import { IdParam } from '../../shared/schemas/common';
import { CommandError, notFound } from '../../shared/errors';
import { createRateLimiter } from '../auth/rate-limit';
import {
  createDevice,
  createPairingCode,
  pairDevice,
  revokeDevice,
  toPublicDevice,
} from '../commands/devices';
import type { Deps } from '../context';
import { actorOf, hallOf, type AppEnv } from '../http/env';
import { validate } from '../http/validate';

const IdPath = z.object({ id: IdParam });

export const deviceRoutes = (deps: Deps) => {
  // Twenty tries a minute per address: enough for fat fingers, far too few to guess 32^8 codes.
  const pairingAttempts = createRateLimiter(20, 60_000);
  return new Hono<AppEnv>()
    .post('/pair', validate('json', PairBody), (c) => {
      if (!pairingAttempts.hit(c.get('clientKey'))) {
        throw new CommandError(
          429,
          'too_many_attempts',
          'Too many pairing attempts. Wait a minute.',
        );
      }
      return c.json(pairDevice(deps, c.req.valid('json').code));
    })
    .get('/me', (c) => {
      const principal = c.get('principal');
      const device =
        principal.device && deps.store.devices.get(hallOf(principal), principal.device.id);
      if (!device) throw notFound('Device');
      return c.json({ device: toPublicDevice(deps, device) });
    })
    .get('/', (c) => {
      const hallId = hallOf(c.get('principal'));
      return c.json({
        devices: deps.store.devices.list(hallId).map((d) => toPublicDevice(deps, d)),
      });
    })
    .post('/', validate('json', CreateDeviceBody), (c) => {
      const principal = c.get('principal');
      return c.json(
        createDevice(deps, actorOf(principal), hallOf(principal), c.req.valid('json')),
        201,
      );
    })
    .post('/:id/pairing-code', validate('param', IdPath), (c) => {
      const principal = c.get('principal');
      return c.json(
        createPairingCode(deps, actorOf(principal), hallOf(principal), c.req.valid('param').id),
      );
    })
    .post('/:id/revoke', validate('param', IdPath), (c) => {
      const principal = c.get('principal');
      return c.json({
        device: revokeDevice(deps, actorOf(principal), hallOf(principal), c.req.valid('param').id),
      });
    });
};
