/** Call-bell pages, guides' duty and escorted visits: the only SQL of the helper feature. */
import type { HelpKind, HelpStatus } from '../../shared/schemas/help';
import type { Db } from './db';

export type HelpPageRow = {
  id: number;
  hall_id: number;
  kiosk_id: number | null;
  appointment_id: number | null;
  kind: HelpKind | null;
  status: HelpStatus;
  guide_id: number | null;
  department_id: number | null;
  note: string | null;
  requested_at: string;
  accepted_at: string | null;
  arrived_at: string | null;
  escorting_at: string | null;
  resolved_at: string | null;
  cancelled_at: string | null;
  escalated_at: string | null;
};

export type AppointmentRow = {
  id: number;
  hall_id: number;
  at: string;
  entrance: string;
  need: HelpKind;
  contact_masked: string;
  status: 'booked' | 'reminded' | 'paged' | 'cancelled';
  page_id: number | null;
  created_by: string;
  created_at: string;
};

const OPEN = `('open', 'accepted', 'arrived', 'escorting')`;

export function createHelpStore(db: Db) {
  const byId = db.prepare<{ hallId: number; id: number }, HelpPageRow>(
    'SELECT * FROM help_pages WHERE hall_id = @hallId AND id = @id',
  );
  const openOfKiosk = db.prepare<{ hallId: number; kioskId: number }, HelpPageRow>(
    `SELECT * FROM help_pages WHERE hall_id = @hallId AND kiosk_id = @kioskId
       AND status IN ${OPEN} ORDER BY id DESC LIMIT 1`,
  );
  const lastOfKiosk = db.prepare<{ hallId: number; kioskId: number }, HelpPageRow>(
    'SELECT * FROM help_pages WHERE hall_id = @hallId AND kiosk_id = @kioskId ORDER BY id DESC LIMIT 1',
  );
  const recent = db.prepare<{ hallId: number; since: string; limit: number }, HelpPageRow>(
    `SELECT * FROM help_pages WHERE hall_id = @hallId
       AND (status IN ${OPEN} OR requested_at >= @since)
     ORDER BY id DESC LIMIT @limit`,
  );
  const dueForEscalation = db.prepare<{ before: string }, HelpPageRow>(
    `SELECT * FROM help_pages WHERE status = 'open' AND escalated_at IS NULL
       AND requested_at <= @before ORDER BY id`,
  );
  const insert = db.prepare<{
    hallId: number;
    kioskId: number | null;
    appointmentId: number | null;
    kind: HelpKind | null;
    at: string;
  }>(
    `INSERT INTO help_pages (hall_id, kiosk_id, appointment_id, kind, status, requested_at)
     VALUES (@hallId, @kioskId, @appointmentId, @kind, 'open', @at)`,
  );
  const setKind = db.prepare<{ hallId: number; id: number; kind: HelpKind }>(
    `UPDATE help_pages SET kind = @kind WHERE hall_id = @hallId AND id = @id AND status IN ${OPEN}`,
  );
  // The race's referee: only a page still open can be taken, so two accepts make one winner.
  const accept = db.prepare<{ hallId: number; id: number; guideId: number; at: string }>(
    `UPDATE help_pages SET status = 'accepted', guide_id = @guideId, accepted_at = @at
     WHERE hall_id = @hallId AND id = @id AND status = 'open'`,
  );
  const arrive = db.prepare<{ hallId: number; id: number; guideId: number; at: string }>(
    `UPDATE help_pages SET status = 'arrived', arrived_at = @at
     WHERE hall_id = @hallId AND id = @id AND guide_id = @guideId AND status = 'accepted'`,
  );
  const escort = db.prepare<{
    hallId: number;
    id: number;
    guideId: number;
    at: string;
    departmentId: number;
  }>(
    `UPDATE help_pages SET status = 'escorting', escorting_at = @at, department_id = @departmentId,
       arrived_at = COALESCE(arrived_at, @at)
     WHERE hall_id = @hallId AND id = @id AND guide_id = @guideId
       AND status IN ('accepted', 'arrived')`,
  );
  const resolve = db.prepare<{
    hallId: number;
    id: number;
    guideId: number;
    at: string;
    note: string | null;
  }>(
    `UPDATE help_pages SET status = 'resolved', resolved_at = @at, note = @note,
       arrived_at = COALESCE(arrived_at, @at)
     WHERE hall_id = @hallId AND id = @id AND guide_id = @guideId
       AND status IN ('accepted', 'arrived', 'escorting')`,
  );
  const cancel = db.prepare<{ hallId: number; id: number; at: string }>(
    `UPDATE help_pages SET status = 'cancelled', cancelled_at = @at
     WHERE hall_id = @hallId AND id = @id AND status IN ${OPEN}`,
  );
  const escalate = db.prepare<{ hallId: number; id: number; at: string }>(
    `UPDATE help_pages SET escalated_at = @at
     WHERE hall_id = @hallId AND id = @id AND status = 'open' AND escalated_at IS NULL`,
  );

  const dutyOf = db.prepare<{ hallId: number }, { account_id: number; on_duty: number }>(
    'SELECT account_id, on_duty FROM help_duty WHERE hall_id = @hallId',
  );
  const setDuty = db.prepare<{ hallId: number; accountId: number; onDuty: number; at: string }>(
    `INSERT INTO help_duty (hall_id, account_id, on_duty, changed_at)
     VALUES (@hallId, @accountId, @onDuty, @at)
     ON CONFLICT (hall_id, account_id) DO UPDATE SET on_duty = @onDuty, changed_at = @at`,
  );

  const insertAppointment = db.prepare<{
    hallId: number;
    at: string;
    entrance: string;
    need: HelpKind;
    contact: string;
    by: string;
    now: string;
  }>(
    `INSERT INTO help_appointments
       (hall_id, at, entrance, need, contact_masked, status, created_by, created_at)
     VALUES (@hallId, @at, @entrance, @need, @contact, 'booked', @by, @now)`,
  );
  const appointmentsFrom = db.prepare<{ hallId: number; since: string }, AppointmentRow>(
    `SELECT * FROM help_appointments WHERE hall_id = @hallId AND at >= @since
       AND status != 'cancelled' ORDER BY at LIMIT 50`,
  );
  const appointmentById = db.prepare<{ hallId: number; id: number }, AppointmentRow>(
    'SELECT * FROM help_appointments WHERE hall_id = @hallId AND id = @id',
  );
  const appointmentsDue = db.prepare<{ status: string; before: string }, AppointmentRow>(
    'SELECT * FROM help_appointments WHERE status = @status AND at <= @before ORDER BY at',
  );
  const setAppointment = db.prepare<{
    hallId: number;
    id: number;
    from: string;
    status: string;
    pageId: number | null;
  }>(
    `UPDATE help_appointments SET status = @status, page_id = COALESCE(@pageId, page_id)
     WHERE hall_id = @hallId AND id = @id AND status = @from`,
  );

  const cancelAppointmentStmt = db.prepare<{ hallId: number; id: number }>(
    `UPDATE help_appointments SET status = 'cancelled'
     WHERE hall_id = @hallId AND id = @id AND status IN ('booked', 'reminded')`,
  );

  return {
    get: (hallId: number, id: number) => byId.get({ hallId, id }),
    openOfKiosk: (hallId: number, kioskId: number) => openOfKiosk.get({ hallId, kioskId }),
    lastOfKiosk: (hallId: number, kioskId: number) => lastOfKiosk.get({ hallId, kioskId }),
    /** Open pages and those requested since `since`, newest first: requested, accepted, arrived and resolved times for the charter report. */
    recent: (hallId: number, since: string, limit = 50) => recent.all({ hallId, since, limit }),
    dueForEscalation: (before: string) => dueForEscalation.all({ before }),
    insert: (
      hallId: number,
      page: { kioskId: number | null; appointmentId: number | null; kind: HelpKind | null },
      at: string,
    ) => Number(insert.run({ hallId, ...page, at }).lastInsertRowid),
    setKind: (hallId: number, id: number, kind: HelpKind) =>
      setKind.run({ hallId, id, kind }).changes === 1,
    accept: (hallId: number, id: number, guideId: number, at: string) =>
      accept.run({ hallId, id, guideId, at }).changes === 1,
    arrive: (hallId: number, id: number, guideId: number, at: string) =>
      arrive.run({ hallId, id, guideId, at }).changes === 1,
    escort: (hallId: number, id: number, guideId: number, departmentId: number, at: string) =>
      escort.run({ hallId, id, guideId, at, departmentId }).changes === 1,
    resolve: (hallId: number, id: number, guideId: number, note: string | null, at: string) =>
      resolve.run({ hallId, id, guideId, at, note }).changes === 1,
    cancel: (hallId: number, id: number, at: string) =>
      cancel.run({ hallId, id, at }).changes === 1,
    escalate: (hallId: number, id: number, at: string) =>
      escalate.run({ hallId, id, at }).changes === 1,
    onDuty: (hallId: number): Set<number> =>
      new Set(
        dutyOf
          .all({ hallId })
          .filter((r) => r.on_duty === 1)
          .map((r) => r.account_id),
      ),
    setDuty: (hallId: number, accountId: number, onDuty: boolean, at: string) =>
      setDuty.run({ hallId, accountId, onDuty: onDuty ? 1 : 0, at }),
    addAppointment: (
      hallId: number,
      a: { at: string; entrance: string; need: HelpKind; contact: string },
      by: string,
      now: string,
    ) => Number(insertAppointment.run({ hallId, ...a, by, now }).lastInsertRowid),
    appointment: (hallId: number, id: number) => appointmentById.get({ hallId, id }),
    appointmentsFrom: (hallId: number, since: string) => appointmentsFrom.all({ hallId, since }),
    appointmentsDue: (status: 'booked' | 'reminded', before: string) =>
      appointmentsDue.all({ status, before }),
    moveAppointment: (
      hallId: number,
      id: number,
      from: AppointmentRow['status'],
      status: AppointmentRow['status'],
      pageId: number | null = null,
    ) => setAppointment.run({ hallId, id, from, status, pageId }).changes === 1,
    /** Booked or reminded → cancelled; false when it was neither. */
    cancelAppointment: (hallId: number, id: number) =>
      cancelAppointmentStmt.run({ hallId, id }).changes === 1,
  };
}
export type HelpStore = ReturnType<typeof createHelpStore>;
