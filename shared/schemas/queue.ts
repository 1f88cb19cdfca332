/** What screens show of the queue: calls, waiting counts and estimates. */
import { z } from 'zod';
import { line } from './text';
import { Id } from './common';
import { ServiceTask } from './hall';

/** A wait estimate in minutes with the range shown as "약 12–18분": whole minutes meant to hold the true wait 60 % of the time (`waitRange` in server/domain/wait-estimate.ts). */
export const WaitEstimate = z.object({
  minutes: z.number().nonnegative(),
  low: z.number().nonnegative(),
  high: z.number().nonnegative(),
});
export type WaitEstimate = z.infer<typeof WaitEstimate>;

/** Why the kiosk cannot issue a ticket now, and when it can again. */
export const IssueRefusal = z.object({
  reason: z.enum(['service_closed', 'before_hours', 'after_hours', 'lunch', 'daily_cap']),
  opensAt: z.string().nullable(),
});
export type IssueRefusal = z.infer<typeof IssueRefusal>;

export const ServiceQueue = z.object({
  serviceId: Id,
  code: z.number().int(),
  name: z.string(),
  nameEn: z.string(),
  open: z.boolean(),
  waiting: z.number().int().nonnegative(),
  /** For "a ticket taken now"; null when no counter serves the service today. */
  estimate: WaitEstimate.nullable(),
  counterNumbers: z.array(z.number().int()),
  /** Why the kiosk would not issue now (closed, lunch, cap), or null when it would. */
  refusal: IssueRefusal.nullable(),
  /** False when the service keeps one line (no priority): the kiosk does not ask. */
  priority: z.boolean().optional(),
  /** Tasks the kiosk asks after the service (empty: it does not ask). */
  tasks: z.array(ServiceTask).optional(),
});
export type ServiceQueue = z.infer<typeof ServiceQueue>;

export const Call = z.object({
  id: Id,
  ticketId: Id,
  number: z.string(),
  counterNumber: z.number().int(),
  serviceId: Id,
  at: z.string(),
  /** 0 for the first call, 1 and up for recalls. */
  recall: z.number().int().nonnegative(),
});
export type Call = z.infer<typeof Call>;

export const TicketClass = z.enum(['normal', 'priority']);
export type TicketClass = z.infer<typeof TicketClass>;

/** `cancelled`: the visitor left the line from the phone; stored as closed with `cancelled_at`. */
export const TicketStatus = z.enum(['waiting', 'called', 'done', 'no_show', 'closed', 'cancelled']);
export type TicketStatus = z.infer<typeof TicketStatus>;

/** What the ticket, the phone page and the kiosk show. Never a name, phone or priority reason. */
export const PublicTicket = z.object({
  code: z.string(),
  number: z.string(),
  serviceId: Id,
  serviceName: z.string(),
  serviceNameEn: z.string(),
  class: TicketClass,
  status: TicketStatus,
  issuedAt: z.string(),
  peopleAhead: z.number().int().nonnegative(),
  estimate: WaitEstimate.nullable(),
  counterNumbers: z.array(z.number().int()),
  /** Set once called: where to go. */
  counterNumber: z.number().int().nullable(),
  calledAt: z.string().nullable(),
  hallName: z.string(),
  hallNameEn: z.string(),
  /** The hall and the department's address, for the phone's "see the way" link (route page). */
  routeTo: z.object({ hall: Id, department: z.string() }).nullable().optional(),
});
export type PublicTicket = z.infer<typeof PublicTicket>;

/** A ticket as the counter console lists it. */
export const ConsoleTicket = z.object({
  id: Id,
  number: z.string(),
  serviceId: Id,
  class: TicketClass,
  status: TicketStatus,
  issuedAt: z.string(),
  /** The original issue time, which orders the line (kept across a transfer). */
  queuedAt: z.string(),
  counterId: Id.nullable(),
  calledAt: z.string().nullable(),
  recalls: z.number().int().nonnegative(),
  /** The task the visitor chose at the kiosk, or null. */
  task: z.string().nullable(),
});
export type ConsoleTicket = z.infer<typeof ConsoleTicket>;

export const IssueTicketBody = z
  .object({
    serviceId: Id,
    priority: z.boolean().default(false),
    /** One of the service's tasks by name; absent when the kiosk asked none or "잘 모르겠어요". */
    task: line().min(1).max(30).optional(),
    /** The kiosk makes one per tap of "issue": a retry or a double tap returns the same ticket. */
    idempotencyKey: z
      .string()
      .min(8)
      .max(64)
      .regex(/^[A-Za-z0-9_-]+$/),
  })
  .strict();
export type IssueTicketBody = z.infer<typeof IssueTicketBody>;

export const CounterStateBody = z
  .object({
    state: z.enum(['open', 'closed', 'lunch', 'break']),
    /** On lunch or break: the expected return (ISO with offset), or null/absent for "모름". */
    returnsAt: z.string().datetime({ offset: true }).nullable().optional(),
    /**
     * Or the return in minutes from now on the server's clock, as the console sends it: a
     * console whose clock is off still announces the right return.
     */
    returnInMin: z.number().int().optional(),
  })
  .strict()
  .refine((b) => !(b.returnInMin !== undefined && b.returnsAt), {
    message: 'Give returnsAt or returnInMin, not both.',
    path: ['returnInMin'],
  });
export const CallTicketBody = z.object({ ticketId: Id }).strict();
export const TransferBody = z.object({ serviceId: Id }).strict();
