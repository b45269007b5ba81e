/**
 * `npm run test:e2e [-- playwright args]`: finds a Chromium (the headless shell first), makes sure dist is fresh, then runs
 * `playwright test` with CHROMIUM_PATH set (playwright.config.ts launches that binary).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { buildIfStale } from './build-if-stale';

const root = fileURLToPath(new URL('..', import.meta.url));
// The binary itself first: Debian's /usr/bin one is a shell wrapper that does not exec it.
const HEADLESS_SHELLS = ['/usr/lib/chromium/chromium-headless-shell', '/usr/bin/chromium-headless-shell'];
const NO_CHROMIUM = "No Chromium found: install one with 'apt-get install chromium' (Debian/Ubuntu) or set CHROMIUM_PATH.";

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { cwd: root, env, stdio: 'inherit' });
    child.on('error', () => resolvePromise(1));
    child.on('exit', (code, signal) => resolvePromise(code ?? (signal ? 1 : 0)));
  });
}

function managedChromium(): string | undefined {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

async function findChromium(): Promise<string | undefined> {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (existsSync(configured)) return configured;
    console.error(`CHROMIUM_PATH is set to ${configured}, which does not exist.`);
    return undefined;
  }
  // Chromium's headless shell runs the same Blink without the full browser around it: the suite
  // runs about a third faster with it (Playwright's own headless default is this build too).
  for (const path of HEADLESS_SHELLS) if (existsSync(path)) return path;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const managed = managedChromium();
  if (managed) return managed;
  console.log('No Chromium found; trying `npx playwright install chromium`.');
  return (await run('npx', ['playwright', 'install', 'chromium'])) === 0 ? managedChromium() : undefined;
}

const executable = await findChromium();
if (executable === undefined) {
  console.error(NO_CHROMIUM);
  process.exit(1);
}

try {
  await buildIfStale(root);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

// One throw-away data directory per run, shared by the config in the runner and its workers.
const dataDir = mkdtempSync(join(tmpdir(), 'seqera-console-e2e-'));
// Ctrl-C reaches Playwright directly (same process group); this process waits for it to finish,
// then cleans up and passes its exit code on.
process.on('SIGINT', () => undefined);
const code = await run('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  ...process.env,
  CHROMIUM_PATH: executable,
  E2E_DATA_DIR: dataDir,
});
rmSync(dataDir, { recursive: true, force: true });
process.exit(code);
