/** Callback requests: the kiosk leaves one; the responsible officer reads and marks them. */
import { Hono } from 'hono';
import { z } from 'zod';
import { IdParam } from '../../shared/schemas/common';
import { CallbackCalledBody, CreateCallbackBody } from '../../shared/schemas/staff';
import {
  callbackInbox,
  createCallback,
  markCallbackCalled,
  markCallbackDone,
} from '../commands/callbacks';
import type { Deps } from '../context';
import type { AppEnv } from '../http/env';
import { validate } from '../http/validate';

const IdPath = z.object({ id: IdParam });

export const callbackRoutes = (deps: Deps) =>
  new Hono<AppEnv>()
    .post('/', validate('json', CreateCallbackBody), (c) =>
      c.json({ callback: createCallback(deps, c.get('principal'), c.req.valid('json')) }, 201),
    )
    .get('/inbox', (c) =>
      // The server's time too: the console counts down from it, not from its own clock.
      c.json({
        callbacks: callbackInbox(deps, c.get('principal')),
        now: deps.clock.now().toISOString(),
      }),
    )
    .post('/:id/called', validate('param', IdPath), validate('json', CallbackCalledBody), (c) =>
      c.json({
        callback: markCallbackCalled(
          deps,
          c.get('principal'),
          c.req.valid('param').id,
          c.req.valid('json').outcome,
        ),
      }),
    )
    .post('/:id/done', validate('param', IdPath), (c) =>
      c.json({ callback: markCallbackDone(deps, c.get('principal'), c.req.valid('param').id) }),
    );
