/** Halls: the top of every row's `hall_id`. */
import type { Lang } from '../../shared/schemas/common';
import type {
  HallInfo,
  HallSettingsInput,
  LunchShift,
  ServiceRules,
} from '../../shared/schemas/hall';
import type { Db } from './db';

type HallRow = {
  id: number;
  slug: string;
  name: string;
  name_en: string;
  open_time: string;
  close_time: string;
  lunch_from: string | null;
  lunch_to: string | null;
  profile_id: string;
  demo: number;
  demo_secrets: string | null;
  address: string;
  holidays: string;
  languages: string;
  lunch_shifts: string;
  profile_overrides: string;
};

type ServiceRuleRow = {
  service_id: number;
  priority_policy: ServiceRules['priorityPolicy'];
  ratio_normal: number | null;
  stop_before_close_min: number | null;
};

const json = <T>(text: string, fallback: T): T => {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
};

export type NewHall = {
  slug: string;
  name: string;
  nameEn: string;
  open: string;
  close: string;
  lunch: { from: string; to: string } | null;
  profileId: string;
  demo: boolean;
};

const toHall = (row: HallRow): HallInfo => ({
  id: row.id,
  name: row.name,
  nameEn: row.name_en,
  open: row.open_time,
  close: row.close_time,
  lunch: row.lunch_from && row.lunch_to ? { from: row.lunch_from, to: row.lunch_to } : null,
  profileId: row.profile_id,
  demo: row.demo === 1,
  address: row.address ?? '',
  holidays: json<string[]>(row.holidays ?? '[]', []),
  languages: json<Lang[]>(row.languages ?? '["ko","en"]', ['ko', 'en']),
  lunchShifts: json<LunchShift[]>(row.lunch_shifts ?? '[]', []),
  profileOverrides: json<Record<string, unknown>>(row.profile_overrides ?? '{}', {}),
});

export function createHallStore(db: Db) {
  const all = db.prepare<[], HallRow>('SELECT * FROM halls ORDER BY id');
  const byId = db.prepare<[number], HallRow>('SELECT * FROM halls WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO halls (slug, name, name_en, open_time, close_time, lunch_from, lunch_to, profile_id, demo, created_at)
     VALUES (@slug, @name, @nameEn, @open, @close, @lunchFrom, @lunchTo, @profileId, @demo, @now)`,
  );
  const setSecrets = db.prepare('UPDATE halls SET demo_secrets = ? WHERE id = ?');
  const clearDemo = db.prepare('UPDATE halls SET demo = 0, demo_secrets = NULL WHERE id = ?');
  const update = db.prepare(
    `UPDATE halls SET name = @name, name_en = @nameEn, address = @address, open_time = @open,
       close_time = @close, lunch_from = @lunchFrom, lunch_to = @lunchTo, profile_id = @profileId,
       holidays = @holidays, languages = @languages, lunch_shifts = @lunchShifts,
       profile_overrides = @profileOverrides
     WHERE id = @id`,
  );
  const rules = db.prepare<[number], ServiceRuleRow>(
    'SELECT service_id, priority_policy, ratio_normal, stop_before_close_min FROM service_rules WHERE hall_id = ?',
  );
  const upsertRule = db.prepare(
    `INSERT INTO service_rules (hall_id, service_id, priority_policy, ratio_normal, stop_before_close_min)
     VALUES (@hallId, @serviceId, @priorityPolicy, @ratioNormal, @stopBeforeCloseMin)
     ON CONFLICT (service_id) DO UPDATE SET priority_policy = excluded.priority_policy,
       ratio_normal = excluded.ratio_normal, stop_before_close_min = excluded.stop_before_close_min`,
  );
  const setVersion = db.prepare(
    'UPDATE devices SET app_version = @version WHERE hall_id = @hallId AND id = @deviceId',
  );
  const versions = db.prepare<[number], { id: number; app_version: string | null }>(
    'SELECT id, app_version FROM devices WHERE hall_id = ?',
  );

  return {
    list: (): HallInfo[] => all.all().map(toHall),
    get: (id: number): HallInfo | undefined => {
      const row = byId.get(id);
      return row && toHall(row);
    },
    first: (): HallInfo | undefined => {
      const row = all.get();
      return row && toHall(row);
    },
    create(hall: NewHall, now: string): number {
      return Number(
        insert.run({
          ...hall,
          lunchFrom: hall.lunch?.from ?? null,
          lunchTo: hall.lunch?.to ?? null,
          demo: hall.demo ? 1 : 0,
          now,
        }).lastInsertRowid,
      );
    },
    demoSecrets(id: number): Record<string, string> | null {
      const row = byId.get(id);
      return row?.demo === 1 && row.demo_secrets
        ? (JSON.parse(row.demo_secrets) as Record<string, string>)
        : null;
    },
    setDemoSecrets(id: number, secrets: Record<string, string>): void {
      setSecrets.run(JSON.stringify(secrets), id);
    },
    /** A demo hall becomes a real one: no demo flag, and the kept tokens are forgotten. */
    clearDemo(id: number): void {
      clearDemo.run(id);
    },
    /** Replaces the hall's settings (the caller validated them). */
    updateSettings(id: number, input: HallSettingsInput): void {
      update.run({
        id,
        name: input.name,
        nameEn: input.nameEn,
        address: input.address,
        open: input.open,
        close: input.close,
        lunchFrom: input.lunch?.from ?? null,
        lunchTo: input.lunch?.to ?? null,
        profileId: input.profileId,
        holidays: JSON.stringify([...new Set(input.holidays)].sort()),
        languages: JSON.stringify(input.languages),
        lunchShifts: JSON.stringify(input.lunchShifts),
        profileOverrides: JSON.stringify(input.profileOverrides),
      });
    },
    /** Each service's own issuing rules, by service id (absent: the profile's). */
    serviceRules(hallId: number): Map<number, ServiceRules> {
      return new Map(
        rules.all(hallId).map((r) => [
          r.service_id,
          {
            priorityPolicy: r.priority_policy,
            ratioNormal: r.ratio_normal,
            stopBeforeCloseMin: r.stop_before_close_min,
          },
        ]),
      );
    },
    setServiceRules(hallId: number, serviceId: number, r: ServiceRules): void {
      upsertRule.run({ hallId, serviceId, ...r });
    },
    setDeviceVersion(hallId: number, deviceId: number, version: string): void {
      setVersion.run({ hallId, deviceId, version });
    },
    deviceVersions(hallId: number): Map<number, string | null> {
      return new Map(versions.all(hallId).map((r) => [r.id, r.app_version]));
    },
  };
}
