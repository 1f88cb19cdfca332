/** 행정사무착오보상 (C12) at the counter console: what the charter compensates, and recording. */
import { Hono } from 'hono';
import { RecordCompensationBody } from '../../shared/schemas/compensation';
import { compensationDesk, recordCompensation } from '../commands/compensation';
import type { Deps } from '../context';
import type { AppEnv } from '../http/env';
import { validate } from '../http/validate';

export const compensationRoutes = (deps: Deps) =>
  new Hono<AppEnv>()
    .get('/', (c) => c.json(compensationDesk(deps, c.get('principal'))))
    .post('/', validate('json', RecordCompensationBody), (c) =>
      c.json({ case: recordCompensation(deps, c.get('principal'), c.req.valid('json')) }, 201),
    );
