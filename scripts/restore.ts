/**
 * `npm run restore -- <file>`: replaces ANNAE_DATA's database by a backup. Stop the server first:
 * it refuses while the server's `annae.pid` names a live process or its port answers.
 */
import { resolve } from 'node:path';
import { readConfig } from '../server/config';
import { OpsError, restoreDatabase } from '../server/ops/backup';

const file = process.argv[2];
if (!file) {
  console.error('Usage: npm run restore -- <file>   (writes ANNAE_DATA, default ./data)');
  process.exit(2);
}
const { dataDir } = readConfig();
try {
  const info = await restoreDatabase(resolve(file), dataDir);
  console.log(
    `Restored ${resolve(file)} into ${dataDir}: schema ${info.version}, ${info.halls} hall(s).` +
      (info.kept ? ` The previous database is kept as ${info.kept}.` : ''),
  );
} catch (err) {
  console.error(`Restore refused: ${err instanceof OpsError ? err.message : String(err)}`);
  process.exit(1);
}
