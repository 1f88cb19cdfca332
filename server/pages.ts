/** Serves the built front ends: each screen's URL maps to one page of the Vite build. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type { Deps } from './context';

/** URL → built HTML file, the table of every screen. */
export const pages: [path: string, file: string][] = [
  ['/', 'index.html'],
  ['/kiosk', 'kiosk/index.html'],
  ['/kiosk/', 'kiosk/index.html'],
  ['/t/:code', 'kiosk/ticket.html'],
  ['/route', 'kiosk/route.html'],
  ['/route/', 'kiosk/route.html'],
  ['/display/board', 'display/board.html'],
  ['/display/seats/:department', 'display/seats.html'],
  ['/staff/guide', 'staff/guide/index.html'],
  ['/staff/counter', 'staff/counter/index.html'],
  ['/staff/admin', 'staff/admin/index.html'],
];

export function pageRoutes(deps: Deps) {
  const app = new Hono();
  const cache = new Map<string, string>();
  // Browsers ask for it on every page; the screens carry no icon of their own.
  app.get('/favicon.ico', (c) => c.body(null, 204));
  // Tests without a build serve the API only; `npm start` builds before it gets here.
  if (!existsSync(deps.config.distDir)) return app;
  app.use(
    '/assets/*',
    serveStatic({
      root: deps.config.distDir,
      onFound: (_path, c) => {
        // Vite puts a content hash in every asset name: they never change.
        c.header('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  for (const [path, file] of pages) {
    app.get(path, async (c) => {
      let html = cache.get(file);
      if (html === undefined) {
        html = await readFile(join(deps.config.distDir, file), 'utf8').catch(() => '');
        if (html) cache.set(file, html);
      }
      if (!html) return c.text('The screens are not built yet: run `npm run build`.', 503);
      c.header('Cache-Control', 'no-cache');
      return c.html(html);
    });
  }
  return app;
}
