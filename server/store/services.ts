/** Services (업무) with their ticket prefix, and the counters that serve them. */
import type { Counter, CounterState, Service, ServiceTask } from '../../shared/schemas/hall';
import type { Db } from './db';

type ServiceRow = {
  id: number;
  code: number;
  name: string;
  name_en: string;
  department_id: number;
  avg_service_min: number;
  open: number;
  daily_cap: number | null;
  sort: number;
  tasks: string;
};
type CounterRow = {
  id: number;
  number: number;
  department_id: number;
  state: string;
  state_until: string | null;
  state_since: string | null;
  service_ids: string | null;
};

const toService = (row: ServiceRow): Service => ({
  id: row.id,
  code: row.code,
  name: row.name,
  nameEn: row.name_en,
  departmentId: row.department_id,
  avgServiceMin: row.avg_service_min,
  open: row.open === 1,
  dailyCap: row.daily_cap,
  sort: row.sort,
  tasks: JSON.parse(row.tasks) as ServiceTask[],
});

const toCounter = (row: CounterRow): Counter => ({
  id: row.id,
  number: row.number,
  departmentId: row.department_id,
  state: row.state as CounterState,
  serviceIds: row.service_ids ? row.service_ids.split(',').map(Number) : [],
  returnsAt: row.state === 'lunch' || row.state === 'break' ? row.state_until : null,
  stateSince: row.state_since,
});

export type NewService = Omit<Service, 'id' | 'dailyCap' | 'tasks'> & {
  dailyCap?: number | null;
  tasks?: ServiceTask[];
};

const counterSelect = `
  SELECT c.id, c.number, c.department_id, c.state, c.state_until, c.state_since,
    (SELECT group_concat(service_id, ',') FROM
      (SELECT service_id FROM counter_services cs WHERE cs.counter_id = c.id ORDER BY rank)) AS service_ids
  FROM counters c`;

export function createServiceStore(db: Db) {
  const services = db.prepare<[number], ServiceRow>(
    'SELECT * FROM services WHERE hall_id = ? ORDER BY sort, code',
  );
  const insertService = db.prepare(
    `INSERT INTO services (hall_id, code, name, name_en, department_id, avg_service_min, open, daily_cap, sort, tasks)
     VALUES (@hallId, @code, @name, @nameEn, @departmentId, @avgServiceMin, @open, @dailyCap, @sort, @tasks)`,
  );
  const counters = db.prepare<[number], CounterRow>(
    `${counterSelect} WHERE c.hall_id = ? ORDER BY c.number`,
  );
  const insertCounter = db.prepare(
    `INSERT INTO counters (hall_id, number, department_id, state) VALUES (?, ?, ?, ?)`,
  );
  const insertCounterService = db.prepare(
    `INSERT INTO counter_services (hall_id, counter_id, service_id, rank) VALUES (?, ?, ?, ?)`,
  );

  return {
    list: (hallId: number): Service[] => services.all(hallId).map(toService),
    add(hallId: number, service: NewService): number {
      return Number(
        insertService.run({
          ...service,
          hallId,
          open: service.open ? 1 : 0,
          dailyCap: service.dailyCap ?? null,
          tasks: JSON.stringify(service.tasks ?? []),
        }).lastInsertRowid,
      );
    },
    counters: (hallId: number): Counter[] => counters.all(hallId).map(toCounter),
    addCounter(
      hallId: number,
      counter: { number: number; departmentId: number; state: CounterState; serviceIds: number[] },
    ): number {
      const id = Number(
        insertCounter.run(hallId, counter.number, counter.departmentId, counter.state)
          .lastInsertRowid,
      );
      counter.serviceIds.forEach((serviceId, rank) =>
        insertCounterService.run(hallId, id, serviceId, rank),
      );
      return id;
    },
  };
}
