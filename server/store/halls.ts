/** Halls: the top of every row's `hall_id`. */
import type { HallInfo } from '../../shared/schemas/hall';
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
});

export function createHallStore(db: Db) {
  const all = db.prepare<[], HallRow>('SELECT * FROM halls ORDER BY id');
  const byId = db.prepare<[number], HallRow>('SELECT * FROM halls WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO halls (slug, name, name_en, open_time, close_time, lunch_from, lunch_to, profile_id, demo, created_at)
     VALUES (@slug, @name, @nameEn, @open, @close, @lunchFrom, @lunchTo, @profileId, @demo, @now)`,
  );
  const setSecrets = db.prepare('UPDATE halls SET demo_secrets = ? WHERE id = ?');

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
  };
}
