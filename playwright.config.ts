import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { E2E_BASE_URL, E2E_PORT, OWNER_TOKEN, VIEWER_TOKEN } from './e2e/fixtures';

const ci = Boolean(process.env.CI);

// scripts/e2e.ts passes a fresh directory per run; when Playwright is started directly, make one
// here and put it in the environment so the worker processes (which re-read this file) agree.
process.env.E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'seqera-console-e2e-'));

const chromiumArgs = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
// Chromium's sandbox cannot start as root (containers, CI).
if (process.getuid?.() === 0) chromiumArgs.push('--no-sandbox');

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 2,
  retries: ci ? 1 : 0,
  forbidOnly: ci,
  reporter: ci ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: E2E_BASE_URL,
    trace: 'on-first-retry',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: process.env.CHROMIUM_PATH, args: chromiumArgs },
      },
    },
  ],
  webServer: {
    command: 'npx tsx server/main.ts',
    url: `${E2E_BASE_URL}/auth/config`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      HOST: '127.0.0.1',
      PORT: String(E2E_PORT),
      DATA_DIR: process.env.E2E_DATA_DIR,
      DEMO_OWNER_TOKEN: OWNER_TOKEN,
      DEMO_VIEWER_TOKEN: VIEWER_TOKEN,
      SEQERA_CONSOLE_TEST_HOOKS: '1',
      SEQERA_API_URL: '',
    },
  },
});
