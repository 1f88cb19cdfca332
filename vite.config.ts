/** One multi-page build for every screen; in development, /api and /socket.io go to the server. */
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

const serverPort = Number(process.env.PORT ?? 8080);

export default defineConfig({
  plugins: [preact()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    reportCompressedSize: true,
    rollupOptions: {
      input: {
        landing: 'index.html',
        kiosk: 'kiosk/index.html',
        ticket: 'kiosk/ticket.html',
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
