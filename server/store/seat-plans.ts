/** Offices' seat plans beyond their people: empty desks and walkways (seat_plan_marks). */
import type { SeatPlan } from '../../shared/schemas/staff';
import type { Db } from './db';

type MarkRow = { kind: 'empty' | 'aisleCol' | 'aisleRow'; seat_row: number; seat_col: number };

const addMark = (plan: SeatPlan, m: MarkRow) => {
  if (m.kind === 'empty') plan.emptyDesks.push({ row: m.seat_row, col: m.seat_col });
  else if (m.kind === 'aisleCol') plan.aisleCols.push(m.seat_col);
  else plan.aisleRows.push(m.seat_row);
};
const emptyPlan = (): SeatPlan => ({ emptyDesks: [], aisleCols: [], aisleRows: [] });

export function createSeatPlanStore(db: Db) {
  const marks = db.prepare<[number, number], MarkRow>(
    `SELECT kind, seat_row, seat_col FROM seat_plan_marks WHERE hall_id = ? AND department_id = ?
     ORDER BY kind, seat_row, seat_col`,
  );
  const hallMarks = db.prepare<[number], MarkRow & { department_id: number }>(
    `SELECT department_id, kind, seat_row, seat_col FROM seat_plan_marks WHERE hall_id = ?
     ORDER BY department_id, kind, seat_row, seat_col`,
  );
  const clear = db.prepare(
    'DELETE FROM seat_plan_marks WHERE hall_id = @hallId AND department_id = @departmentId',
  );
  const insert = db.prepare(
    `INSERT OR IGNORE INTO seat_plan_marks (hall_id, department_id, kind, seat_row, seat_col)
     VALUES (@hallId, @departmentId, @kind, @row, @col)`,
  );
  const dropEmpty = db.prepare(
    `DELETE FROM seat_plan_marks WHERE hall_id = @hallId AND department_id = @departmentId
       AND kind = 'empty' AND seat_row = @row AND seat_col = @col`,
  );
  return {
    get(hallId: number, departmentId: number): SeatPlan {
      const plan = emptyPlan();
      for (const m of marks.all(hallId, departmentId)) addMark(plan, m);
      return plan;
    },
    /** Every office's plan that marks anything, for the kiosk's seat charts (one query). */
    ofHall(hallId: number): { id: number; plan: SeatPlan }[] {
      const plans = new Map<number, SeatPlan>();
      for (const m of hallMarks.all(hallId)) {
        const plan = plans.get(m.department_id) ?? emptyPlan();
        addMark(plan, m);
        plans.set(m.department_id, plan);
      }
      return [...plans].map(([id, plan]) => ({ id, plan }));
    },
    /** Replaces the whole plan; call inside a transaction. */
    set(hallId: number, departmentId: number, plan: SeatPlan): void {
      clear.run({ hallId, departmentId });
      const base = { hallId, departmentId };
      for (const d of plan.emptyDesks) insert.run({ ...base, kind: 'empty', ...d });
      for (const col of plan.aisleCols) insert.run({ ...base, kind: 'aisleCol', row: -1, col });
      for (const row of plan.aisleRows) insert.run({ ...base, kind: 'aisleRow', row, col: -1 });
    },
    /** Someone sat down at an empty desk: it is no longer empty. */
    occupy(hallId: number, departmentId: number, seat: { row: number; col: number }): void {
      dropEmpty.run({ hallId, departmentId, ...seat });
    },
  };
}
