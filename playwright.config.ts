import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs } from './scripts/local-host';

const ci = Boolean(process.env.CI);

// Each worker starts its own app server (see e2e/fixtures.ts) with a database under this
// directory. scripts/e2e.ts passes a fresh one per run and removes it afterwards; when Playwright
// is started directly, make one here and put it in the environment so the workers (which re-read
// this file) agree.
process.env.E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'seqera-console-e2e-'));


export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 2,
  retries: ci ? 1 : 0,
  forbidOnly: ci,
  reporter: ci ? [['list']] : [['list'], ['html', { open: 'never' }]],
  // baseURL comes from the per-worker server fixture.
  use: {
    trace: 'on-first-retry',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: process.env.CHROMIUM_PATH, args: chromiumArgs() },
      },
    },
  ],
});
