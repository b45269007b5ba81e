/**
 * The bare reference page of `npm run bench` (scripts/bench-lighthouse.ts): React, react-dom, MUI and
 * TanStack Query rendering one table, built by the same Vite as the app and nothing else. It is not
 * part of the app's build; the bench builds it into bench-results/reference-dist.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: { outDir: fileURLToPath(new URL('../../bench-results/reference-dist', import.meta.url)), emptyOutDir: true },
});
