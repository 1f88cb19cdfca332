/** Floors with their layouts and uploaded plans, and the departments placed on them. */
import type { FloorPlanKind } from '../../shared/schemas/floors';
import { FloorLayout, type Department, type Floor } from '../../shared/schemas/hall';
import type { Db } from './db';

type FloorRow = {
  id: number;
  code: string;
  name: string;
  name_en: string;
  sort: number;
  layout: string;
  plan_version: number | null;
  plan_kind: FloorPlanKind | null;
};
type DepartmentRow = {
  id: number;
  slug: string;
  name: string;
  name_en: string;
  floor_id: number | null;
  room: string;
  phone: string;
  hours: string;
  tasks: string;
  sort: number;
};

const toFloor = (row: FloorRow): Floor => ({
  id: row.id,
  code: row.code,
  name: row.name,
  nameEn: row.name_en,
  sort: row.sort,
  layout: FloorLayout.parse(JSON.parse(row.layout)),
  planUrl: row.plan_version === null ? null : planUrlOf(row.id, row.plan_version),
});

/** Where anyone (kiosk, phone, admin) fetches a floor's plan; the version busts caches. */
export const planUrlOf = (floorId: number, version: number): string =>
  `/api/places/plans/${floorId}?v=${version}`;

export type FloorPlanRecord = {
  kind: FloorPlanKind;
  bytes: Buffer;
  width: number;
  height: number;
  version: number;
};

const toDepartment = (row: DepartmentRow): Department => ({
  id: row.id,
  slug: row.slug,
  name: row.name,
  nameEn: row.name_en,
  floorId: row.floor_id,
  room: row.room,
  phone: row.phone,
  hours: row.hours,
  tasks: JSON.parse(row.tasks) as string[],
  sort: row.sort,
});

export type NewFloor = Omit<Floor, 'id' | 'planUrl'>;
export type NewDepartment = Omit<Department, 'id'>;

export function createPlaceStore(db: Db) {
  const floorColumns = `f.*, p.version AS plan_version, p.kind AS plan_kind
    FROM floors f LEFT JOIN floor_plans p ON p.floor_id = f.id AND p.hall_id = f.hall_id`;
  const floors = db.prepare<[number], FloorRow>(
    `SELECT ${floorColumns} WHERE f.hall_id = ? ORDER BY f.sort`,
  );
  const floorById = db.prepare<[number, number], FloorRow>(
    `SELECT ${floorColumns} WHERE f.hall_id = ? AND f.id = ?`,
  );
  const planOf = db.prepare<[number, number], FloorPlanRecord>(
    'SELECT kind, bytes, width, height, version FROM floor_plans WHERE hall_id = ? AND floor_id = ?',
  );
  const planByFloor = db.prepare<[number], FloorPlanRecord & { hall_id: number }>(
    'SELECT hall_id, kind, bytes, width, height, version FROM floor_plans WHERE floor_id = ?',
  );
  const upsertPlan = db.prepare(
    `INSERT INTO floor_plans (floor_id, hall_id, kind, bytes, width, height, version, updated_at)
     VALUES (@floorId, @hallId, @kind, @bytes, @width, @height, 1, @now)
     ON CONFLICT (floor_id) DO UPDATE SET kind = excluded.kind, bytes = excluded.bytes,
       width = excluded.width, height = excluded.height, version = floor_plans.version + 1,
       updated_at = excluded.updated_at
     WHERE floor_plans.hall_id = excluded.hall_id`,
  );
  const deletePlan = db.prepare('DELETE FROM floor_plans WHERE hall_id = ? AND floor_id = ?');
  const setDepartmentFloor = db.prepare(
    'UPDATE departments SET floor_id = @floorId WHERE hall_id = @hallId AND id = @id',
  );
  const insertFloor = db.prepare(
    `INSERT INTO floors (hall_id, code, name, name_en, sort, layout)
     VALUES (@hallId, @code, @name, @nameEn, @sort, @layout)`,
  );
  const updateLayout = db.prepare('UPDATE floors SET layout = ? WHERE hall_id = ? AND id = ?');
  const departments = db.prepare<[number], DepartmentRow>(
    'SELECT * FROM departments WHERE hall_id = ? ORDER BY sort, id',
  );
  const departmentBySlug = db.prepare<[number, string], DepartmentRow>(
    'SELECT * FROM departments WHERE hall_id = ? AND slug = ?',
  );
  const departmentById = db.prepare<[number, number], DepartmentRow>(
    'SELECT * FROM departments WHERE hall_id = ? AND id = ?',
  );
  const insertDepartment = db.prepare(
    `INSERT INTO departments (hall_id, slug, name, name_en, floor_id, room, phone, hours, tasks, sort)
     VALUES (@hallId, @slug, @name, @nameEn, @floorId, @room, @phone, @hours, @tasks, @sort)`,
  );

  return {
    floors: (hallId: number): Floor[] => floors.all(hallId).map(toFloor),
    floor(hallId: number, id: number): Floor | undefined {
      const row = floorById.get(hallId, id);
      return row && toFloor(row);
    },
    addFloor(hallId: number, floor: NewFloor): number {
      return Number(
        insertFloor.run({ ...floor, hallId, layout: JSON.stringify(floor.layout) }).lastInsertRowid,
      );
    },
    setLayout(hallId: number, floorId: number, layout: FloorLayout): void {
      updateLayout.run(JSON.stringify(layout), hallId, floorId);
    },
    plan(hallId: number, floorId: number): FloorPlanRecord | undefined {
      return planOf.get(hallId, floorId);
    },
    /** A plan by its floor alone, for the public URL (floor ids are unique across halls). */
    planOfFloor(floorId: number): FloorPlanRecord | undefined {
      return planByFloor.get(floorId);
    },
    setPlan(
      hallId: number,
      floorId: number,
      plan: Omit<FloorPlanRecord, 'version'>,
      now: string,
    ): void {
      upsertPlan.run({ floorId, hallId, ...plan, now });
    },
    removePlan(hallId: number, floorId: number): boolean {
      return deletePlan.run(hallId, floorId).changes > 0;
    },
    setDepartmentFloor(hallId: number, id: number, floorId: number | null): void {
      setDepartmentFloor.run({ hallId, id, floorId });
    },
    departments: (hallId: number): Department[] => departments.all(hallId).map(toDepartment),
    departmentBySlug(hallId: number, slug: string): Department | undefined {
      const row = departmentBySlug.get(hallId, slug);
      return row && toDepartment(row);
    },
    department(hallId: number, id: number): Department | undefined {
      const row = departmentById.get(hallId, id);
      return row && toDepartment(row);
    },
    addDepartment(hallId: number, department: NewDepartment): number {
      return Number(
        insertDepartment.run({ ...department, hallId, tasks: JSON.stringify(department.tasks) })
          .lastInsertRowid,
      );
    },
  };
}
