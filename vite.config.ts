/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { moduleFiles } from './scripts/module-files';
import { precompress } from './scripts/precompress';
import { routePreloads } from './scripts/route-preloads';
import { compileHints, startupChunks } from './scripts/startup-chunks';
import { themeStylesheet } from './scripts/theme-css';

// In development the app server runs beside Vite (see `npm run dev`) and Vite forwards
// the session and API routes to it, so the browser sees one origin as in production.
const appServer = `http://127.0.0.1:${process.env.DEV_SERVER_PORT ?? '8787'}`;

const startup = startupChunks(import.meta.dirname);

export default defineConfig({
  plugins: [react(), themeStylesheet(), moduleFiles(), routePreloads(), startup.plugin, compileHints(), precompress()],
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
    // Few files for the first screens (scripts/startup-chunks.ts); lazy screens keep the default splitting.
    rolldownOptions: { output: { codeSplitting: { groups: startup.groups } } },
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
          // One jsdom window and one module graph per worker instead of per file: setting up jsdom
          // and importing React, MUI and the app again for each of ~50 files cost more than the
          // tests. Safe here: no vi.mock, every stubGlobal/fake timer is undone in afterEach, and
          // src/test/setup.ts resets storage, cookies, body and URL before each file.
          isolate: false,
        },
      },
      {
        test: {
          name: 'server',
          environment: 'node',
          // One module graph per worker: no vi.mock or global stubs, and the files share no module
          // state that a test asserts on (server/static-compression's cache is keyed by file version).
          isolate: false,
          include: ['server/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
    ],
  },
});
