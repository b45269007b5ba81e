/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { themeStylesheet } from './scripts/theme-css';

// In development the app server runs beside Vite (see `npm run dev`) and Vite forwards
// the session and API routes to it, so the browser sees one origin as in production.
const appServer = `http://127.0.0.1:${process.env.DEV_SERVER_PORT ?? '8787'}`;

export default defineConfig({
  plugins: [react(), themeStylesheet()],
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: {
      '/api': appServer,
      '/auth': appServer,
    },
  },
  build: {
    // Maps are written to dist/ for tools that read them from disk (e2e/bundle-chunks.spec.ts) but
    // not referenced from the JavaScript, and the app server never serves them (server/static.ts).
    sourcemap: 'hidden',
  },
  test: {
    // Vitest's default on this 2-core machine is cores - 1 = one worker; files wait on network
    // round trips, timers and child processes, so two keep both cores busy.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'web',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          setupFiles: ['src/test/setup.ts'],
        },
      },
      {
        test: {
          name: 'server',
          environment: 'node',
          include: ['server/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
    ],
  },
});
