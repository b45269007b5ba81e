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
  // Tests, not files, are shared out: every test signs in and resets what it needs, and one worker
  // per file left the 33-test form spec (5.6 min) as the whole run's tail.
  fullyParallel: true,
  // Three on two cores: much of a browser test is waiting on timers, transitions and the server.
  // Measured on this 2-core machine, whole suite: 2 workers 9.5 min, 3 workers 7.2 min (all
  // passed); 4 workers timed out tests. E2E_WORKERS overrides it.
  workers: Number(process.env.E2E_WORKERS ?? 3),
  retries: ci ? 1 : 0,
  forbidOnly: ci,
  reporter: ci ? [['list']] : [['list'], ['html', { open: 'never' }]],
  // baseURL comes from the per-worker server fixture.
  use: {
    trace: 'on-first-retry',
    // The pages ask for reduced motion, which the console honours (src/app/theme.ts): dialogs and
    // drawers appear without their 225-300 ms fades and slides, whose frames and forced layouts were
    // about a third of a form test's CPU time. accessibility.spec.ts and motion.spec.ts keep the
    // animated console covered.
    reducedMotion: 'reduce',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        // No GPU process: the headless shell composites in software anyway, and its GPU process was
        // the second-largest CPU user of a run; the form subset used 3-4 % less CPU without it.
        launchOptions: { executablePath: process.env.CHROMIUM_PATH, args: [...chromiumArgs(), '--disable-gpu'] },
      },
    },
  ],
});
