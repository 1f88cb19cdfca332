/**
 * Complaints, praise and suggestions (a kiosk files; administrators and the officer an administrator
 * assigned work the inbox, see commands/feedback.ts), and the exit survey.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { line } from '../../shared/schemas/text';
import { IdParam } from '../../shared/schemas/common';
import {
  AnswerFeedbackBody,
  AssignFeedbackBody,
  CreateFeedbackBody,
  SurveyBody,
} from '../../shared/schemas/feedback';
import { CommandError } from '../../shared/errors';
import { createRateLimiter } from '../auth/rate-limit';
import {
  answerFeedback,
  answerSurvey,
  assignFeedback,
  closeFeedback,
  feedbackByReceipt,
  fileFeedback,
  investigateFeedback,
  listFeedback,
  revealFeedback,
} from '../commands/feedback';
import type { Deps } from '../context';
import { actorOf, hallOf, type AppEnv } from '../http/env';
import { validate } from '../http/validate';

const IdPath = z.object({ id: IdParam });
const ReceiptPath = z.object({ receipt: line().min(4).max(16) });

export const feedbackRoutes = (deps: Deps) => {
  const lookups = createRateLimiter(30, 60_000);
  return new Hono<AppEnv>()
    .post('/', validate('json', CreateFeedbackBody), (c) => {
      const principal = c.get('principal');
      return c.json(
        fileFeedback(
          deps,
          actorOf(principal),
          hallOf(principal),
          principal.device?.id ?? null,
          c.req.valid('json'),
        ),
        201,
      );
    })
    .get('/receipt/:receipt', validate('param', ReceiptPath), (c) => {
      if (!lookups.hit(c.get('clientKey'))) {
        throw new CommandError(429, 'too_many_attempts', 'Too many look-ups. Wait a minute.');
      }
      return c.json(feedbackByReceipt(deps, c.req.valid('param').receipt));
    })
    .get('/', (c) => c.json({ items: listFeedback(deps, c.get('principal')) }))
    .get('/:id', validate('param', IdPath), (c) =>
      c.json({ item: revealFeedback(deps, c.get('principal'), c.req.valid('param').id) }),
    )
    .post('/:id/assign', validate('param', IdPath), validate('json', AssignFeedbackBody), (c) =>
      c.json({
        item: assignFeedback(
          deps,
          c.get('principal'),
          c.req.valid('param').id,
          c.req.valid('json'),
        ),
      }),
    )
    .post('/:id/investigate', validate('param', IdPath), (c) =>
      c.json({ item: investigateFeedback(deps, c.get('principal'), c.req.valid('param').id) }),
    )
    .post('/:id/answer', validate('param', IdPath), validate('json', AnswerFeedbackBody), (c) =>
      c.json({
        item: answerFeedback(
          deps,
          c.get('principal'),
          c.req.valid('param').id,
          c.req.valid('json').answer,
        ),
      }),
    )
    .post('/:id/close', validate('param', IdPath), (c) =>
      c.json({ item: closeFeedback(deps, c.get('principal'), c.req.valid('param').id) }),
    );
};

export const surveyRoutes = (deps: Deps) => {
  const answers = createRateLimiter(30, 60_000);
  return new Hono<AppEnv>().post('/', validate('json', SurveyBody), (c) => {
    if (!answers.hit(c.get('clientKey'))) {
      throw new CommandError(429, 'too_many_attempts', 'Too many answers. Wait a minute.');
    }
    const principal = c.get('principal');
    const body = c.req.valid('json');
    // Without a ticket only a paired kiosk may answer (its hall is the hall); with one, the
    // ticket's unguessable code names the hall.
    const kioskHall = principal.device?.kind === 'kiosk' ? principal.hallId : null;
    if (body.ticketCode === undefined && kioskHall === null) {
      throw new CommandError(400, 'ticket_required', 'A ticket code is needed for this survey.');
    }
    return c.json(answerSurvey(deps, actorOf(principal), kioskHall, body), 201);
  });
};
