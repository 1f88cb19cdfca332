/** Counters: an officer opens one, calls, recalls, marks no-shows and finishes. */
import { Hono } from 'hono';
import { z } from 'zod';
import { IdParam } from '../../shared/schemas/common';
import { CallTicketBody, CounterStateBody } from '../../shared/schemas/queue';
import {
  callNext,
  callSpecific,
  finishServing,
  markNoShow,
  recall,
  setCounterState,
} from '../commands/queue';
import type { Deps } from '../context';
import { actorOf, hallOf, type AppEnv } from '../http/env';
import { validate } from '../http/validate';

const IdPath = z.object({ id: IdParam });

export const counterRoutes = (deps: Deps) =>
  new Hono<AppEnv>()
    .post('/:id/state', validate('param', IdPath), validate('json', CounterStateBody), (c) => {
      const p = c.get('principal');
      setCounterState(
        deps,
        actorOf(p),
        hallOf(p),
        c.req.valid('param').id,
        c.req.valid('json').state,
        c.req.valid('json'),
      );
      return c.json({ ok: true as const });
    })
    .post('/:id/call-next', validate('param', IdPath), (c) => {
      const p = c.get('principal');
      return c.json({ ticket: callNext(deps, actorOf(p), hallOf(p), c.req.valid('param').id) });
    })
    .post('/:id/call', validate('param', IdPath), validate('json', CallTicketBody), (c) => {
      const p = c.get('principal');
      return c.json({
        ticket: callSpecific(
          deps,
          actorOf(p),
          hallOf(p),
          c.req.valid('param').id,
          c.req.valid('json').ticketId,
        ),
      });
    })
    .post('/:id/recall', validate('param', IdPath), (c) => {
      const p = c.get('principal');
      return c.json({ ticket: recall(deps, actorOf(p), hallOf(p), c.req.valid('param').id) });
    })
    .post('/:id/no-show', validate('param', IdPath), (c) => {
      const p = c.get('principal');
      return c.json({ ticket: markNoShow(deps, actorOf(p), hallOf(p), c.req.valid('param').id) });
    })
    .post('/:id/done', validate('param', IdPath), (c) => {
      const p = c.get('principal');
      return c.json({
        ticket: finishServing(deps, actorOf(p), hallOf(p), c.req.valid('param').id),
      });
    });
