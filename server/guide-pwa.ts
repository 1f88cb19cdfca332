/**
 * The guide tablet as an installable app: a manifest, icons (SVG, and PNG 192/512 drawn from it
 * with sharp on first request), and a service worker that keeps the page and its assets so a lost
 * link shows the app with "reconnecting", not a browser error.
 */
import { Hono } from 'hono';
import sharp from 'sharp';

const SCOPE = '/staff/guide';

const manifest = {
  name: '민원안내도우미 — 안내',
  short_name: '안내도우미',
  lang: 'ko',
  start_url: SCOPE,
  scope: SCOPE,
  display: 'standalone',
  orientation: 'any',
  background_color: '#f4f6f8',
  theme_color: '#0b4f8a',
  icons: [
    { src: `${SCOPE}/icon-192.png`, sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: `${SCOPE}/icon-512.png`, sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: `${SCOPE}/icon-512.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    { src: `${SCOPE}/icon.svg`, sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
  ],
};

/** A bell on the accent blue, inside the maskable safe zone. */
const icon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
<rect width="512" height="512" fill="#0b4f8a"/>
<path d="M256 128c-53 0-92 41-92 96v62l-32 50h248l-32-50v-62c0-55-39-96-92-96z" fill="#fff"/>
<circle cx="256" cy="364" r="28" fill="#fff"/>
</svg>`;

/** Network first for the page, cache first for hashed assets; the API and sockets pass by. */
const worker = `const CACHE = 'annae-guide-v2';
const PAGE = '${SCOPE}';
self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const res = await fetch(PAGE, { credentials: 'same-origin' });
    if (!res.ok) return;
    const html = await res.clone().text();
    await cache.put(PAGE, res);
    const assets = [...new Set(html.match(/\\/assets\\/[^"']+/g) || [])];
    await cache.addAll(assets).catch(() => undefined);
  })());
  self.skipWaiting();
});
self.addEventListener('activate', (event) =>
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
    await self.clients.claim();
  })()),
);
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (event.request.mode === 'navigate' && url.pathname === PAGE) {
    event.respondWith(
      fetch(event.request)
        .then((res) => {
          const copy = res.clone();
          if (res.ok) void caches.open(CACHE).then((c) => c.put(PAGE, copy));
          return res;
        })
        .catch(() => caches.match(PAGE).then((hit) => hit || Response.error())),
    );
    return;
  }
  if (url.pathname.startsWith('/assets/')) {
    event.respondWith(
      caches.match(event.request).then(
        (hit) =>
          hit ||
          fetch(event.request).then((res) => {
            const copy = res.clone();
            if (res.ok) void caches.open(CACHE).then((c) => c.put(event.request, copy));
            return res;
          }),
      ),
    );
  }
});
`;

/** The PNG icons, rendered once from the SVG (no binary in the repository). */
export const ICON_SIZES = [192, 512] as const;
const pngs = new Map<number, Promise<Buffer>>();
export function iconPng(size: (typeof ICON_SIZES)[number]): Promise<Buffer> {
  let png = pngs.get(size);
  if (!png) {
    png = sharp(Buffer.from(icon)).resize(size, size).png({ compressionLevel: 9 }).toBuffer();
    png.catch(() => pngs.delete(size));
    pngs.set(size, png);
  }
  return png;
}

export function guidePwaRoutes() {
  const app = new Hono();
  for (const size of ICON_SIZES) {
    app.get(`${SCOPE}/icon-${size}.png`, async (c) => {
      const png = await iconPng(size);
      c.header('Content-Type', 'image/png');
      c.header('Cache-Control', 'public, max-age=86400');
      return c.body(new Uint8Array(png));
    });
  }
  return app
    .get(`${SCOPE}/manifest.webmanifest`, (c) => {
      c.header('Content-Type', 'application/manifest+json; charset=utf-8');
      return c.body(JSON.stringify(manifest));
    })
    .get(`${SCOPE}/icon.svg`, (c) => {
      c.header('Content-Type', 'image/svg+xml');
      c.header('Cache-Control', 'public, max-age=86400');
      return c.body(icon);
    })
    .get(`${SCOPE}/sw.js`, (c) => {
      c.header('Content-Type', 'text/javascript; charset=utf-8');
      c.header('Cache-Control', 'no-cache');
      // The worker sits under the page's path but must also control the page itself.
      c.header('Service-Worker-Allowed', SCOPE);
      return c.body(worker);
    });
}
