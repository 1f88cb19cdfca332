/** One multi-page build for every screen; in development, /api and /socket.io go to the server. */
import preact from '@preact/preset-vite';
import { defineConfig, type Logger, type Plugin } from 'vite';
import { formatTable, measure, overBudget } from './scripts/bundle-budget';

const serverPort = Number(process.env.PORT ?? 8080);

/** Prints each page's up-front JavaScript against its budget after every build (the test fails it). */
function bundleBudgets(): Plugin {
  let logger: Logger | undefined;
  let outDir: string | undefined;
  return {
    name: 'annae-bundle-budgets',
    apply: 'build',
    configResolved(config) {
      logger = config.logger;
    },
    writeBundle(options) {
      outDir = options.dir;
    },
    // After Vite's own list of files, so the table is the last thing the build prints.
    closeBundle() {
      if (!outDir) return;
      const rows = measure(outDir);
      logger?.info(`\n${formatTable(rows)}`);
      for (const row of overBudget(rows)) logger?.warn(`${row.entry} is over its bundle budget`);
    },
  };
}

export default defineConfig({
  plugins: [preact(), bundleBudgets()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    reportCompressedSize: true,
    // Read by the bundle budgets (scripts/bundle-budget.ts); not served (only /assets/* is).
    manifest: true,
    rollupOptions: {
      // zod ships /* @__PURE__ */ comments in places Rollup cannot use; Rollup ignores them and the
      // output is the same. Said once per file on every build, they buried our own warnings.
      onLog(level, log, handler) {
        if (log.code === 'INVALID_ANNOTATION' && log.id?.includes('/node_modules/')) return;
        handler(level, log);
      },
      input: {
        landing: 'index.html',
        kiosk: 'kiosk/index.html',
        ticket: 'kiosk/ticket.html',
        route: 'kiosk/route.html',
        board: 'display/board.html',
        seats: 'display/seats.html',
        guide: 'staff/guide/index.html',
        counter: 'staff/counter/index.html',
        admin: 'staff/admin/index.html',
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': `http://localhost:${serverPort}`,
      '/socket.io': { target: `http://localhost:${serverPort}`, ws: true },
    },
  },
});
