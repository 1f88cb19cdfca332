/** Complex petitions (C8) at the counter console, and the praise an officer received. */
import { Hono } from 'hono';
import { z } from 'zod';
import { IdParam } from '../../shared/schemas/common';
import { CreatePetitionBody, PetitionNoticeBody } from '../../shared/schemas/petitions';
import {
  closePetition,
  createPetition,
  listPetitions,
  myPraise,
  readPraise,
  recordPetitionNotice,
} from '../commands/petitions';
import type { Deps } from '../context';
import type { AppEnv } from '../http/env';
import { validate } from '../http/validate';

const IdPath = z.object({ id: IdParam });

export const petitionRoutes = (deps: Deps) =>
  new Hono<AppEnv>()
    .get('/', (c) => c.json(listPetitions(deps, c.get('principal'))))
    .post('/', validate('json', CreatePetitionBody), (c) =>
      c.json({ petition: createPetition(deps, c.get('principal'), c.req.valid('json')) }, 201),
    )
    .post('/:id/notice', validate('param', IdPath), validate('json', PetitionNoticeBody), (c) =>
      c.json({
        petition: recordPetitionNotice(
          deps,
          c.get('principal'),
          c.req.valid('param').id,
          c.req.valid('json').note,
        ),
      }),
    )
    .post('/:id/close', validate('param', IdPath), (c) =>
      c.json({ petition: closePetition(deps, c.get('principal'), c.req.valid('param').id) }),
    );

export const praiseRoutes = (deps: Deps) =>
  new Hono<AppEnv>()
    .get('/mine', (c) => c.json({ praise: myPraise(deps, c.get('principal')) }))
    .post('/:id/read', validate('param', IdPath), (c) =>
      c.json(readPraise(deps, c.get('principal'), c.req.valid('param').id)),
    );
