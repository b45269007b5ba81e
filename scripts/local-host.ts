/**
 * What every script and browser test that runs the app locally shares: a free loopback port,
 * Chromium's path and flags, and (for the bench and Lighthouse scripts) a throw-away app server.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** This machine has no internet: these keep Chromium from reaching out at start. */
export const CHROMIUM_OFFLINE_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Chromium refuses its sandbox as root, as on CI. */
export const chromiumArgs = (): string[] =>
  process.getuid?.() === 0 ? [...CHROMIUM_OFFLINE_ARGS, '--no-sandbox'] : CHROMIUM_OFFLINE_ARGS;

/** A port on 127.0.0.1 that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

/** The headers the app server asks of every mutating request (its CSRF guard), plus JSON. */
export const CLIENT_HEADERS = { 'X-Requested-With': 'seqera-console', 'Content-Type': 'application/json' } as const;

/** `CHROMIUM_PATH`, else the machine's Chromium, else undefined (Playwright's own browser). */
export const chromiumPath = (): string | undefined =>
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export interface LocalAppServer {
  base: string;
  /** Stops the server and deletes its database. */
  stop: () => void;
}

/**
 * The built app with the embedded API and its test hooks, on a free loopback port and a fresh
 * DATA_DIR, resolved once it answers. Node itself (not npx) runs it, so stopping the child stops
 * the server rather than orphaning it.
 */
export async function startAppServer(root: string, label: string, env: Record<string, string> = {}): Promise<LocalAppServer> {
  const port = await freePort();
  const base = `http://127.0.0.1:${String(port)}`;
  const dataDir = mkdtempSync(join(tmpdir(), `seqera-console-${label}-`));
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      SEQERA_CONSOLE_TEST_HOOKS: '1',
      SEQERA_API_URL: '',
      // Benchmarks sign in once per run from 127.0.0.1: lift the per-client sign-in throttle.
      SIGN_IN_BURST: '10000',
      SIGN_IN_PER_MINUTE: '100000',
      ...env,
    },
  });
  const stop = () => {
    child.kill();
    rmSync(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      stop();
      throw new Error(`The app server exited with code ${String(child.exitCode)}`);
    }
    if (await fetch(`${base}/auth/config`).then((response) => response.ok, () => false)) return { base, stop };
    await new Promise((done) => setTimeout(done, 250));
  }
  stop();
  throw new Error('The app server did not start within 60 s');
}
