/** Tickets: the kiosk issues them, anyone with the code follows one, counters transfer them. */
import { Hono } from 'hono';
import { z } from 'zod';
import { IdParam } from '../../shared/schemas/common';
import { IssueTicketBody, TransferBody } from '../../shared/schemas/queue';
import { issueTicket, publicTicketByCode, transferTicket } from '../commands/queue';
import { cancelTicketByCode } from '../commands/ticket-cancel';
import type { Deps } from '../context';
import { actorOf, hallOf, type AppEnv } from '../http/env';
import { validate } from '../http/validate';

const CodeParam = z.object({ code: z.string().regex(/^[a-z0-9]{16}$/, 'not a ticket code') });

export const ticketRoutes = (deps: Deps) =>
  new Hono<AppEnv>()
    .post('/', validate('json', IssueTicketBody), (c) => {
      const principal = c.get('principal');
      const ticket = issueTicket(
        deps,
        actorOf(principal),
        hallOf(principal),
        principal.device?.id ?? null,
        c.req.valid('json'),
      );
      return c.json({ ticket }, 201);
    })
    .get('/:code', validate('param', CodeParam), (c) =>
      c.json({ ticket: publicTicketByCode(deps, c.req.valid('param').code) }),
    )
    // The phone's 대기 취소: whoever holds the code may leave the line it stands for.
    .post('/:code/cancel', validate('param', CodeParam), (c) =>
      c.json({ ticket: cancelTicketByCode(deps, c.req.valid('param').code) }),
    )
    .post(
      '/:id/transfer',
      validate('param', z.object({ id: IdParam })),
      validate('json', TransferBody),
      (c) => {
        const principal = c.get('principal');
        return c.json({
          ticket: transferTicket(
            deps,
            actorOf(principal),
            hallOf(principal),
            c.req.valid('param').id,
            c.req.valid('json').serviceId,
          ),
        });
      },
    );
