/** The administrator's edits: departments, services and counters changed in place, information pages. */
import { InfoItem, type InfoPage, type InfoPageInput } from '../../shared/schemas/admin';
import type { DepartmentInput, ServiceInput } from '../../shared/schemas/admin';
import type { DeviceSettings } from '../../shared/schemas/devices';
import type { Db } from './db';

type InfoRow = {
  id: number;
  kind: InfoPage['kind'];
  title: string;
  title_en: string;
  body: string;
  body_en: string;
  items: string;
  sort: number;
  published: number;
};

const toInfo = (row: InfoRow): InfoPage => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  titleEn: row.title_en,
  body: row.body,
  bodyEn: row.body_en,
  items: InfoItem.array().parse(JSON.parse(row.items)),
  sort: row.sort,
  published: row.published === 1,
});

export function createAdminStore(db: Db) {
  const updateDepartment = db.prepare(
    `UPDATE departments SET slug = @slug, name = @name, name_en = @nameEn, floor_id = @floorId,
       room = @room, phone = @phone, hours = @hours, tasks = @tasks, sort = @sort
     WHERE hall_id = @hallId AND id = @id`,
  );
  const serviceByCode = db.prepare<[number, number], { id: number }>(
    'SELECT id FROM services WHERE hall_id = ? AND code = ?',
  );
  const updateService = db.prepare(
    `UPDATE services SET code = @code, name = @name, name_en = @nameEn, department_id = @departmentId,
       avg_service_min = @avgServiceMin, open = @open, daily_cap = @dailyCap, sort = @sort,
       tasks = @tasks
     WHERE hall_id = @hallId AND id = @id`,
  );
  const counterByNumber = db.prepare<[number, number], { id: number }>(
    'SELECT id FROM counters WHERE hall_id = ? AND number = ?',
  );
  const updateCounter = db.prepare(
    'UPDATE counters SET number = @number, department_id = @departmentId WHERE hall_id = @hallId AND id = @id',
  );
  const clearCounterServices = db.prepare(
    'DELETE FROM counter_services WHERE hall_id = ? AND counter_id = ?',
  );
  const insertCounterService = db.prepare(
    'INSERT INTO counter_services (hall_id, counter_id, service_id, rank) VALUES (?, ?, ?, ?)',
  );
  const infoPages = db.prepare<[number], InfoRow>(
    'SELECT * FROM info_pages WHERE hall_id = ? AND deleted_at IS NULL ORDER BY sort, id',
  );
  const infoById = db.prepare<[number, number], InfoRow>(
    'SELECT * FROM info_pages WHERE hall_id = ? AND id = ? AND deleted_at IS NULL',
  );
  const insertInfo = db.prepare(
    `INSERT INTO info_pages (hall_id, kind, title, title_en, body, body_en, items, sort, published)
     VALUES (@hallId, @kind, @title, @titleEn, @body, @bodyEn, @items, @sort, @published)`,
  );
  const updateInfo = db.prepare(
    `UPDATE info_pages SET kind = @kind, title = @title, title_en = @titleEn, body = @body,
       body_en = @bodyEn, items = @items, sort = @sort, published = @published
     WHERE hall_id = @hallId AND id = @id AND deleted_at IS NULL`,
  );
  const deleteInfo = db.prepare(
    'UPDATE info_pages SET deleted_at = ? WHERE hall_id = ? AND id = ? AND deleted_at IS NULL',
  );
  const updateDevice = db.prepare(
    'UPDATE devices SET name = ?, settings = ? WHERE hall_id = ? AND id = ?',
  );
  const counts = db.prepare<[number, number, number, number, number, number], { n: number }>(
    `SELECT (SELECT count(*) FROM floors WHERE hall_id = ?) + (SELECT count(*) FROM departments WHERE hall_id = ?)
       + (SELECT count(*) FROM staff WHERE hall_id = ?) + (SELECT count(*) FROM services WHERE hall_id = ?)
       + (SELECT count(*) FROM counters WHERE hall_id = ?)
       + (SELECT count(*) FROM info_pages WHERE hall_id = ? AND deleted_at IS NULL) AS n`,
  );

  const infoParams = (hallId: number, page: InfoPageInput) => ({
    ...page,
    hallId,
    items: JSON.stringify(page.items),
    published: page.published ? 1 : 0,
  });

  return {
    updateDepartment(hallId: number, id: number, department: DepartmentInput): void {
      updateDepartment.run({ ...department, hallId, id, tasks: JSON.stringify(department.tasks) });
    },
    serviceIdByCode: (hallId: number, code: number): number | undefined =>
      serviceByCode.get(hallId, code)?.id,
    updateService(hallId: number, id: number, service: ServiceInput): void {
      updateService.run({
        ...service,
        hallId,
        id,
        open: service.open ? 1 : 0,
        tasks: JSON.stringify(service.tasks),
      });
    },
    counterIdByNumber: (hallId: number, number: number): number | undefined =>
      counterByNumber.get(hallId, number)?.id,
    updateCounter(
      hallId: number,
      id: number,
      counter: { number: number; departmentId: number; serviceIds: number[] },
    ): void {
      updateCounter.run({ hallId, id, number: counter.number, departmentId: counter.departmentId });
      clearCounterServices.run(hallId, id);
      counter.serviceIds.forEach((serviceId, rank) =>
        insertCounterService.run(hallId, id, serviceId, rank),
      );
    },
    infoPages: (hallId: number): InfoPage[] => infoPages.all(hallId).map(toInfo),
    infoPage(hallId: number, id: number): InfoPage | undefined {
      const row = infoById.get(hallId, id);
      return row && toInfo(row);
    },
    addInfoPage: (hallId: number, page: InfoPageInput): number =>
      Number(insertInfo.run(infoParams(hallId, page)).lastInsertRowid),
    updateInfoPage(hallId: number, id: number, page: InfoPageInput): void {
      updateInfo.run({ ...infoParams(hallId, page), id });
    },
    deleteInfoPage(hallId: number, id: number, now: string): void {
      deleteInfo.run(now, hallId, id);
    },
    updateDevice(hallId: number, id: number, name: string, settings: DeviceSettings): void {
      updateDevice.run(name, JSON.stringify(settings), hallId, id);
    },
    /** Floors, departments, staff, services, counters and info pages together: 0 for an empty hall. */
    configSize: (hallId: number): number =>
      counts.get(hallId, hallId, hallId, hallId, hallId, hallId)?.n ?? 0,
  };
}
