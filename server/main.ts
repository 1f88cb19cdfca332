/** The one file with side effects: read settings, build if needed, start, print URLs, stop cleanly. */
import { readConfig } from './config';
import { FutureDatabaseError } from './store/db';
import { ensureBuilt } from './build';
import { demoScreens } from './routes/demo';
import { prepareDataDir, startServer, StartupError } from './start';

async function main(): Promise<void> {
  const config = readConfig();
  // Before the (slow) build: an unwritable data directory is refused at once.
  prepareDataDir(config.dataDir);
  await ensureBuilt(config.distDir);
  const server = await startServer(config);
  const { store } = server.deps;
  const hall = store.halls.first();

  console.log(
    `\nAnnae ${config.version} · 안내 — ${hall ? `${hall.name} (${hall.nameEn})` : 'no hall yet'}`,
  );
  console.log(`Data: ${config.dataDir}`);
  console.log(`Serving on ${server.url}\n`);
  if (hall?.demo && !config.demo) {
    console.log(
      'Demo hall with demo links turned off (ANNAE_DEMO=0). To make it a real hall: stop, then\n' +
        '  npm run setup -- --convert-demo --admin admin --password <new password>\n',
    );
  }
  if (hall?.demo && config.demo) {
    console.log(
      'Warning: anyone who reaches this port gets admin, counter and guide sessions and device\n' +
        'tokens from the links below. Start with ANNAE_DEMO=0 to turn them off.\n',
    );
    console.log(`Demo hall — every screen opens from ${server.url}/ already paired or signed in:`);
    for (const screen of demoScreens(server.deps)) {
      console.log(`  ${screen.title.padEnd(22)} ${server.url}/api/demo/open/${screen.id}`);
    }
    console.log(
      '\nDemo sign-ins (staff pages): admin / annae-admin · counter / annae-counter · guide / annae-guide',
    );
  } else {
    for (const [name, path] of [
      ['Kiosk', '/kiosk/'],
      ['Board', '/display/board'],
      ['Guide tablet', '/staff/guide'],
      ['Counter console', '/staff/counter'],
      ['Administrator', '/staff/admin'],
    ] as const) {
      console.log(`  ${name.padEnd(16)} ${server.url}${path}`);
    }
  }
  console.log(`\nHealth: ${server.url}/api/health\n`);

  const stop = (signal: string) => {
    console.log(`${signal}: closing sockets and the database…`);
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

main().catch((err: unknown) => {
  if (err instanceof StartupError || err instanceof FutureDatabaseError) {
    console.error(`Annae did not start: ${err.message}`);
  } else if (
    err instanceof Error &&
    'code' in err &&
    (err as NodeJS.ErrnoException).code === 'EADDRINUSE'
  ) {
    console.error(`Annae did not start: the port is in use. Set PORT to a free one.`);
  } else if (
    err instanceof Error &&
    'code' in err &&
    /^(SQLITE_(FULL|READONLY|CANTOPEN|IOERR|PERM)|ENOSPC|EROFS|EACCES|EPERM)/.test(
      String((err as NodeJS.ErrnoException).code),
    )
  ) {
    // A full disk or a read-only data directory found while opening the database.
    console.error(
      `Annae did not start: it cannot write its database (${String((err as NodeJS.ErrnoException).code)}: ${err.message}). ` +
        'Free some disk space, or set ANNAE_DATA to a writable folder.',
    );
  } else {
    console.error('Annae did not start:', err);
  }
  process.exit(1);
});
