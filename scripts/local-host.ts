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
  /** e.g. http://127.0.0.1:41234 */
  base: string;
  port: number;
  /** Stops the server (resolves once it has exited) and deletes its database. */
  stop: () => Promise<void>;
}

export interface StartOptions {
  /** Extra environment for the server (demo tokens, …). */
  env?: Record<string, string>;
  /** Folder the fresh DATA_DIR is made in; the system's temporary folder by default. */
  dataRoot?: string;
  /** Echo the server's stderr (default); off, it only goes into the error of a failed start. */
  echoStderr?: boolean;
}

const URL_LINE = /^Seqera credentials console: (http:\/\/\S+)$/m;

/**
 * The app server (server/main.ts) with the embedded API and its test hooks, on a free loopback
 * port and a fresh DATA_DIR, resolved once it prints its URL. Node itself (not npx) runs it, so
 * stopping the child stops the server rather than orphaning it. A port found free can be taken
 * before the server binds it; one retry on a new port covers that race. The bench and Lighthouse
 * scripts and every Playwright worker (e2e/fixtures.ts) start their server here.
 */
export async function startAppServer(root: string, label: string, options: StartOptions = {}): Promise<LocalAppServer> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await startOnce(root, label, options);
    } catch (error) {
      if (attempt >= 1) throw error;
    }
  }
}

async function startOnce(root: string, label: string, { env = {}, dataRoot = tmpdir(), echoStderr = true }: StartOptions): Promise<LocalAppServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(dataRoot, `seqera-console-${label}-`));
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      SEQERA_CONSOLE_TEST_HOOKS: '1',
      SEQERA_API_URL: '',
      // Benchmarks and every e2e test sign in from 127.0.0.1: lift the per-client sign-in throttle
      // (10 at once, then 30 a minute, for people; tested in server/sign-in-throttle.test.ts).
      SIGN_IN_BURST: '10000',
      SIGN_IN_PER_MINUTE: '100000',
      ...env,
    },
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    if (echoStderr) process.stderr.write(chunk);
  });
  try {
    const base = await new Promise<string>((resolveStart, reject) => {
      let stdout = '';
      const timer = setTimeout(() => reject(new Error(`The app server did not start within 60 s. ${stderr}`)), 60_000);
      const onData = (chunk: Buffer) => {
        stdout += chunk.toString();
        const match = URL_LINE.exec(stdout);
        if (match?.[1]) {
          clearTimeout(timer);
          child.stdout.off('data', onData);
          resolveStart(match[1]);
        }
      };
      child.stdout.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`The app server exited with code ${String(code)}: ${stderr.trim()}`));
      });
    });
    child.stdout.resume(); // keep draining its log so the pipe never fills
    return { base, port, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
