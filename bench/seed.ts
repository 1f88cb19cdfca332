/**
 * A data directory with the small test hall and enough paired kiosks that every issue is a new
 * ticket (one kiosk's repeat within seconds would be the same ticket): shared by the benches.
 */
import { join } from 'node:path';
import { newToken, sha256 } from '../server/auth/secrets';
import { openDatabase } from '../server/store/db';
import { createStore } from '../server/store/index';
import { DeviceSettings } from '../shared/schemas/devices';
import { seedSmallHall, tempDir, type SmallHall } from '../tests/helpers/fixture';

/** 10:00 in Seoul on a Monday: the hall issues tickets. */
export const OPEN_AT = '2026-11-23T01:00:00Z';

export type BenchHall = {
  dir: string;
  remove: () => void;
  hallId: number;
  serviceId: number;
  kioskTokens: string[];
  hall: SmallHall;
};

export async function seedBenchHall(kiosks: number, prefix = 'annae-bench-'): Promise<BenchHall> {
  const tmp = tempDir(prefix);
  const db = openDatabase(join(tmp.dir, 'annae.db'));
  const store = createStore(db);
  const hall = await seedSmallHall(store, new Date(OPEN_AT));
  const kioskTokens: string[] = [];
  store.tx(() => {
    for (let k = 0; k < kiosks; k++) {
      const id = store.devices.add(
        hall.hallId,
        'kiosk',
        `K${k}`,
        DeviceSettings.parse({}),
        OPEN_AT,
      );
      const token = newToken();
      store.devices.setToken(hall.hallId, id, sha256(token), OPEN_AT);
      kioskTokens.push(token);
    }
  });
  db.close();
  return {
    dir: tmp.dir,
    remove: tmp.remove,
    hallId: hall.hallId,
    serviceId: hall.services.general,
    kioskTokens,
    hall,
  };
}
