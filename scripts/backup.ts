/** `npm run backup -- <file>`: an online backup of ANNAE_DATA's database, safe while the server runs. */
import { resolve } from 'node:path';
import { readConfig } from '../server/config';
import { backupDatabase, OpsError } from '../server/ops/backup';

const target = process.argv[2];
if (!target) {
  console.error('Usage: npm run backup -- <file>   (reads ANNAE_DATA, default ./data)');
  process.exit(2);
}
const { dataDir } = readConfig();
try {
  const info = await backupDatabase(dataDir, resolve(target));
  console.log(
    `Backed up ${dataDir} to ${resolve(target)}: schema ${info.version}, ${info.halls} hall(s), ${info.bytes} bytes.`,
  );
} catch (err) {
  console.error(`Backup failed: ${err instanceof OpsError ? err.message : String(err)}`);
  process.exit(1);
}
