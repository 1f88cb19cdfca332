/**
 * `npm run setup`: an empty hall with its first admin account and charter profile, instead of the
 * demo. Asks in a terminal; for scripts: `npm run setup -- --hall-name 안양시청 --admin admin
 * --password '…' --profile anyang --data ./data`. Then start with ANNAE_DEMO=0.
 *
 * `npm run setup -- --convert-demo --admin admin --password '…'` instead keeps the demo hall
 * already in the data directory and makes it a real one (the server must be stopped).
 */
import { createInterface } from 'node:readline/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { profiles } from '../shared/profiles';
import { readConfig } from '../server/config';
import { StartupError } from '../server/start';
import { convertDemo, MIN_PASSWORD_LENGTH, SetupError, setupHall } from '../server/ops/setup';

const { values } = parseArgs({
  options: {
    'hall-name': { type: 'string' },
    'hall-name-en': { type: 'string' },
    admin: { type: 'string' },
    password: { type: 'string' },
    profile: { type: 'string' },
    data: { type: 'string' },
    'convert-demo': { type: 'boolean' },
    help: { type: 'boolean' },
  },
});

if (values.help) {
  console.log(
    'Usage: npm run setup -- [--hall-name NAME] [--hall-name-en NAME] [--admin USER] [--password PW] [--profile ID] [--data DIR]\n' +
      '       npm run setup -- --convert-demo [--admin USER] [--password PW] [--data DIR]\n' +
      `Profiles: ${Object.keys(profiles).join(', ')}. Missing values are asked in a terminal.\n` +
      '--convert-demo keeps the demo hall and makes it real: demo links, sessions and device tokens end,\n' +
      'the admin gets the new password, every other account is locked until an admin resets it.',
  );
  process.exit(0);
}

const interactive = process.stdin.isTTY === true;
const rl = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : null;

async function ask(
  value: string | undefined,
  question: string,
  fallback?: string,
): Promise<string> {
  if (value !== undefined) return value;
  if (!rl) {
    if (fallback !== undefined) return fallback;
    throw new SetupError(`Missing ${question}: pass it as a flag (see --help).`);
  }
  const answer = (
    await rl.question(fallback ? `${question} [${fallback}]: ` : `${question}: `)
  ).trim();
  return answer || fallback || '';
}

try {
  const dataDir = resolve(await ask(values.data, 'Data directory', readConfig().dataDir));
  if (values['convert-demo']) {
    const admin = await ask(values.admin, 'Admin username to keep', 'admin');
    const password = await ask(
      values.password,
      `New admin password (at least ${MIN_PASSWORD_LENGTH} characters)`,
    );
    rl?.close();
    const done = await convertDemo({ dataDir, admin, password });
    console.log(
      `The demo hall in ${dataDir} is now a real hall. "${admin}" signs in with the new password; ` +
        `${done.lockedAccounts.length} other accounts wait for a password reset, ` +
        `${done.revokedDevices.length} devices for a new pairing.\n` +
        `Start it with: ANNAE_DATA=${dataDir} ANNAE_DEMO=0 npm start`,
    );
    process.exit(0);
  }
  const hallName = await ask(values['hall-name'], 'Hall name (청사 이름)');
  const hallNameEn = await ask(values['hall-name-en'], 'Hall name in English', hallName);
  const profile = await ask(
    values.profile,
    `Charter profile (${Object.keys(profiles).join(', ')})`,
    'demo',
  );
  const admin = await ask(values.admin, 'First admin username', 'admin');
  const password = await ask(
    values.password,
    `Admin password (at least ${MIN_PASSWORD_LENGTH} characters)`,
  );
  rl?.close();
  await setupHall({ dataDir, hallName, hallNameEn, admin, password, profile });
  console.log(
    `Set up "${hallName}" in ${dataDir} with admin "${admin}" and profile "${profile}".\n` +
      `Start it with: ANNAE_DATA=${dataDir} ANNAE_DEMO=0 npm start, then sign in at /staff/admin.`,
  );
} catch (err) {
  rl?.close();
  if (err instanceof SetupError || err instanceof StartupError) {
    console.error(`Setup failed: ${err.message}`);
    process.exit(1);
  }
  throw err;
}
