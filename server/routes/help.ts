/** The call bell: kiosks call and cancel; guides take duty and work pages; staff book escorts. */
import { Hono } from 'hono';
import { z } from 'zod';
import { IdParam } from '../../shared/schemas/common';
import {
  BookEscortBody,
  DutyBody,
  EscortBody,
  HelpKindBody,
  RequestHelpBody,
  ResolveBody,
} from '../../shared/schemas/help';
import { forbidden } from '../../shared/errors';
import type { Principal } from '../../shared/events';
import {
  bookEscort,
  cancelEscort,
  cancelHelp,
  chooseHelpKind,
  guideStep,
  requestHelp,
  type GuideStep,
  type GuideStepExtra,
  setDuty,
} from '../commands/help';
import type { Deps } from '../context';
import { actorOf, hallOf, type AppEnv } from '../http/env';
import { validate } from '../http/validate';

const IdPath = z.object({ id: IdParam });

function kioskOf(principal: Principal): number {
  if (principal.device?.kind !== 'kiosk') throw forbidden('Only a paired kiosk calls a helper.');
  return principal.device.id;
}

function accountOf(principal: Principal): number {
  if (!principal.account) throw forbidden('Sign in first.');
  return principal.account.id;
}

export function helpRoutes(deps: Deps) {
  /** A guide's step on a page, as the signed-in guide (the command checks who may take it). */
  const stepAs = (p: Principal, pageId: number, step: GuideStep, extra?: GuideStepExtra) =>
    guideStep(deps, actorOf(p), hallOf(p), accountOf(p), pageId, step, extra);

  return new Hono<AppEnv>()
    .post('/pages', validate('json', RequestHelpBody), (c) => {
      const p = c.get('principal');
      return c.json(
        { page: requestHelp(deps, actorOf(p), hallOf(p), kioskOf(p), c.req.valid('json').kind) },
        201,
      );
    })
    .post('/pages/:id/kind', validate('param', IdPath), validate('json', HelpKindBody), (c) => {
      const p = c.get('principal');
      return c.json({
        page: chooseHelpKind(
          deps,
          actorOf(p),
          hallOf(p),
          kioskOf(p),
          c.req.valid('param').id,
          c.req.valid('json').kind,
        ),
      });
    })
    .post('/pages/:id/cancel', validate('param', IdPath), (c) => {
      const p = c.get('principal');
      return c.json({
        page: cancelHelp(deps, actorOf(p), hallOf(p), kioskOf(p), c.req.valid('param').id),
      });
    })
    .post('/pages/:id/accept', validate('param', IdPath), (c) => {
      return c.json({ page: stepAs(c.get('principal'), c.req.valid('param').id, 'accept') });
    })
    .post('/pages/:id/arrive', validate('param', IdPath), (c) => {
      return c.json({ page: stepAs(c.get('principal'), c.req.valid('param').id, 'arrive') });
    })
    .post('/pages/:id/escort', validate('param', IdPath), validate('json', EscortBody), (c) => {
      return c.json({
        page: stepAs(c.get('principal'), c.req.valid('param').id, 'escort', {
          departmentId: c.req.valid('json').departmentId,
        }),
      });
    })
    .post('/pages/:id/resolve', validate('param', IdPath), validate('json', ResolveBody), (c) => {
      return c.json({
        page: stepAs(c.get('principal'), c.req.valid('param').id, 'resolve', {
          note: c.req.valid('json').note,
        }),
      });
    })
    .post('/duty', validate('json', DutyBody), (c) => {
      const p = c.get('principal');
      return c.json(setDuty(deps, actorOf(p), hallOf(p), accountOf(p), c.req.valid('json').onDuty));
    })
    .post('/appointments', validate('json', BookEscortBody), (c) => {
      const p = c.get('principal');
      return c.json(
        { appointment: bookEscort(deps, actorOf(p), hallOf(p), c.req.valid('json')) },
        201,
      );
    })
    .post('/appointments/:id/cancel', validate('param', IdPath), (c) => {
      const p = c.get('principal');
      return c.json({
        appointment: cancelEscort(deps, actorOf(p), hallOf(p), c.req.valid('param').id),
      });
    });
}
