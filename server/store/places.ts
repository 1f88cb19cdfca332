/** Floors with their layouts, and the departments placed on them. */
import { FloorLayout, type Department, type Floor } from '../../shared/schemas/hall';
import type { Db } from './db';

type FloorRow = {
  id: number;
  code: string;
  name: string;
  name_en: string;
  sort: number;
  layout: string;
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
});

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

export type NewFloor = Omit<Floor, 'id'>;
export type NewDepartment = Omit<Department, 'id'>;

export function createPlaceStore(db: Db) {
  const floors = db.prepare<[number], FloorRow>(
    'SELECT * FROM floors WHERE hall_id = ? ORDER BY sort',
  );
  const floorById = db.prepare<[number, number], FloorRow>(
    'SELECT * FROM floors WHERE hall_id = ? AND id = ?',
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
