/**
 * Shared Playwright fixtures for every spec. Import `test` and `expect` from here, not from
 * '@playwright/test'.
 *
 *   test('…', async ({ page, api, signIn }) => {
 *     await api.reset();            // fresh demo data (this worker's server only)
 *     await signIn('owner');        // page's context now has a session cookie
 *     await page.goto('/orgs/genomics-lab/workspaces/production/credentials');
 *   });
 *
 * Each worker starts its OWN app server (embedded API, test hooks on, the fixed demo tokens below,
 * a fresh SQLite database) on a free 127.0.0.1 port, and `baseURL` points at it. So `api.reset()`
 * in one worker never pulls data from under a test running in another, and concurrent runs on the
 * same machine do not fight over a port.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import { freePort } from '../scripts/local-host';

/** Access tokens of the seeded demo owner and viewer, for specs that paste a token into the sign-in form. */
export const OWNER_TOKEN = 'e2e-demo-owner-token-0001';
export const VIEWER_TOKEN = 'e2e-demo-viewer-token-0002';

/** The header every mutating request to /api and /auth must carry (the server's CSRF guard). */
export const CSRF_HEADERS = { 'X-Requested-With': 'seqera-console' } as const;

export type DemoRole = 'owner' | 'viewer';

export interface SessionUser {
  id: number;
  userName: string;
  email: string;
  firstName: string | null;
  lastName: string | null;
}

export interface TestWorkflow {
  id: string;
  name: string;
  status: string;
  workspaceId: number;
  url: string | null;
  credentialsIds: string[];
}

/** A rule for POST /api/__test/fail: the next `times` matching requests answer `status`. */
export interface FailureRule {
  method: string;
  pathPrefix: string;
  status: number;
  times?: number;
}

/** Test-only routes of the embedded API and the server, called without a session. */
export interface TestApi {
  /** Wipes the database and re-seeds the demo data (same tokens); clears faults and CSP reports. */
  reset(): Promise<void>;
  /** While `validate` is 'transient', every validation probe answers transientError: true. */
  faults(faults: { validate: 'transient' | null }): Promise<void>;
  /** Makes the next matching API requests fail with the given status. */
  fail(rule: FailureRule): Promise<void>;
  /** Inserts `count` credentials in one go (workspaceId null = the owner's personal context). */
  bulk(options: { workspaceId: number | null; count: number; prefix?: string; userId?: number }): Promise<{ created: number }>;
  /** sha256 over a credential's stored secrets, to check a secret was kept or replaced without reading it. */
  secretDigest(credentialsId: string): Promise<string>;
  /** Workflows of the seed, with their status (running/stopped). */
  workflows(): Promise<TestWorkflow[]>;
  /** CSP violation reports the server received (expect none). */
  cspReports(): Promise<Record<string, unknown>[]>;
}

async function ok(response: Awaited<ReturnType<APIRequestContext['get']>>, what: string): Promise<void> {
  if (!response.ok()) throw new Error(`${what} failed: HTTP ${response.status()} ${await response.text()}`);
}

function testApi(http: APIRequestContext): TestApi {
  const post = async (path: string, data: unknown) => {
    const response = await http.post(`/api/__test/${path}`, { data });
    await ok(response, `POST /api/__test/${path}`);
    return response;
  };
  const get = async (path: string) => {
    const response = await http.get(`/api/__test/${path}`);
    await ok(response, `GET /api/__test/${path}`);
    return response.json();
  };
  return {
    async reset() {
      await post('reset', {});
      await ok(await http.delete('/api/__test/csp-reports'), 'DELETE /api/__test/csp-reports');
    },
    async faults(faults) {
      await post('faults', faults);
    },
    async fail(rule) {
      await post('fail', rule);
    },
    async bulk(options) {
      return (await post('bulk', options)).json();
    },
    async secretDigest(credentialsId) {
      return ((await get(`credentials/${encodeURIComponent(credentialsId)}/secret-digest`)) as { digest: string }).digest;
    },
    async workflows() {
      return ((await get('workflows')) as { workflows: TestWorkflow[] }).workflows;
    },
    async cspReports() {
      return ((await get('csp-reports')) as { reports: Record<string, unknown>[] }).reports;
    },
  };
}

/** The app server of this worker. */
export interface AppServer {
  /** e.g. http://127.0.0.1:41234 (also the tests' baseURL) */
  url: string;
  port: number;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const URL_LINE = /^Seqera credentials console: (http:\/\/\S+)$/m;


/** Starts server/main.ts and resolves once it prints its URL; rejects with its stderr if it exits. */
function startAppServer(port: number, dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      DEMO_OWNER_TOKEN: OWNER_TOKEN,
      DEMO_VIEWER_TOKEN: VIEWER_TOKEN,
      SEQERA_CONSOLE_TEST_HOOKS: '1',
      SEQERA_API_URL: '',
      // Every test signs in (POST /auth/demo) from 127.0.0.1; the default throttle (10 at once, then
      // 30 a minute) is for people, and has its own tests in server/sign-in-throttle.test.ts.
      SIGN_IN_BURST: '10000',
      SIGN_IN_PER_MINUTE: '100000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolveStart, reject) => {
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => reject(new Error(`The app server did not start within 60 s. ${stderr}`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = URL_LINE.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveStart({ child, url: match[1] });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The app server exited with code ${code}: ${stderr.trim()}`));
    });
  });
}

interface WorkerFixtures {
  /** This worker's app server (see the top of this file). */
  appServer: AppServer;
}

interface Fixtures {
  /** Helper for the test-only routes; needs no session. */
  api: TestApi;
  /** Signs the page's browser context in as the demo owner or viewer (POST /auth/demo) and returns the user. */
  signIn: (role: DemoRole) => Promise<SessionUser>;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  appServer: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern; there are none.
    async ({}, use) => {
      const dataDir = mkdtempSync(join(process.env.E2E_DATA_DIR ?? tmpdir(), 'worker-'));
      let started: { child: ChildProcess; url: string } | undefined;
      // A port picked free can be taken before the server binds it; one retry covers that race.
      for (let attempt = 0; started === undefined; attempt++) {
        try {
          started = await startAppServer(await freePort(), dataDir);
        } catch (error) {
          if (attempt >= 1) throw error;
        }
      }
      const { child, url } = started;
      await use({ url, port: Number(new URL(url).port) });
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        await exited;
      }
    },
    { scope: 'worker', timeout: 90_000 },
  ],
  baseURL: async ({ appServer }, use) => {
    await use(appServer.url);
  },
  api: async ({ baseURL }, use) => {
    const http = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: CSRF_HEADERS });
    await use(testApi(http));
    await http.dispose();
  },
  signIn: async ({ page }, use) => {
    await use(async (role) => {
      // page.request shares the context's cookie jar, so the page is signed in afterwards.
      const response = await page.request.post('/auth/demo', { data: { role }, headers: CSRF_HEADERS });
      await ok(response, `Sign-in as demo ${role}`);
      return ((await response.json()) as { user: SessionUser }).user;
    });
  },
});

export { expect };
