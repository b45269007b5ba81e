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
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, request as playwrightRequest, type APIRequestContext, type Page } from '@playwright/test';
import { startAppServer } from '../scripts/local-host';
import { CredentialsListPage } from './pages/credentials-list-page';
import { DetailsDrawer } from './pages/details-drawer';
import { SignInPage } from './pages/sign-in-page';

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

interface WorkerFixtures {
  /** This worker's app server (see the top of this file). */
  appServer: AppServer;
}

/** The page objects of e2e/pages, one of each per test, on the test's page. */
export interface PageObjects {
  page: Page;
  listPage: CredentialsListPage;
  detailsDrawer: DetailsDrawer;
  signInPage: SignInPage;
}

interface Fixtures extends Omit<PageObjects, 'page'> {
  /** Helper for the test-only routes; needs no session. */
  api: TestApi;
  /** Signs the page's browser context in as the demo owner or viewer (POST /auth/demo) and returns the user. */
  signIn: (role: DemoRole) => Promise<SessionUser>;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  appServer: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern; there are none.
    async ({}, use) => {
      const server = await startAppServer(ROOT, 'worker', {
        env: { DEMO_OWNER_TOKEN: OWNER_TOKEN, DEMO_VIEWER_TOKEN: VIEWER_TOKEN },
        dataRoot: process.env.E2E_DATA_DIR,
        echoStderr: false,
      });
      await use({ url: server.base, port: server.port });
      await server.stop();
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
  listPage: async ({ page }, use) => {
    await use(new CredentialsListPage(page));
  },
  detailsDrawer: async ({ page }, use) => {
    await use(new DetailsDrawer(page));
  },
  signInPage: async ({ page }, use) => {
    await use(new SignInPage(page));
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

/**
 * Waits until no finite CSS transition or animation runs on the page (MUI's fades and slides),
 * so a check that measures colours or positions sees the settled screen. Endless ones (spinners)
 * do not count.
 */
export async function expectTransitionsDone(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(
        () => document.getAnimations().filter((animation) => animation.playState === 'running' && animation.effect?.getComputedTiming().endTime !== Infinity).length,
      ),
    )
    .toBe(0);
}

/**
 * Fails with axe-core's violations on `page` (or inside `include`, a CSS selector), once MUI's fades
 * have finished (colours measured mid-fade give false contrast failures). Each line reads
 * "<state> <rule>: <targets>", so a failure says which screen broke which rule.
 *
 * Legacy mode runs axe in the page itself: the default mode opens a blank page per scan to merge
 * per-frame results, which cost a new renderer and doubled each scan (about 3.5 s against 1.8 s on
 * the list, with the same passes and violations). The console has no frames for it to merge.
 */
export async function expectNoAxeViolations(page: Page, options: { include?: string; state?: string } = {}): Promise<void> {
  await expectTransitionsDone(page);
  // Only violations are asserted: axe still runs every rule on every node, but skips building
  // selectors for all passing and inapplicable nodes (about 1.9 s against 0.8 s on the list). On a
  // page with missing alt text, a nameless button and low contrast it reports the same violations
  // and nodes as the default mode.
  const builder = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
  if (options.include !== undefined) builder.include(options.include);
  const { violations } = await builder.analyze();
  const prefix = options.state === undefined ? '' : `${options.state} `;
  expect(violations.map((violation) => `${prefix}${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

/**
 * The CSP reports the server received, less a positive control: a violation made on purpose in
 * `page` (an image from a unique blocked origin) must reach the server's log first. An empty result
 * therefore means reporting works and every earlier report has had time to arrive, not that the
 * log was read too soon or never fills. Call it last: the control logs a console error.
 */
export async function cspReportsAfterControl(page: Page, api: TestApi): Promise<Record<string, unknown>[]> {
  const origin = `https://control-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}.invalid`;
  await page.evaluate((src) => {
    new Image().src = src;
  }, `${origin}/csp-control.png`);
  const isControl = (report: Record<string, unknown>) => JSON.stringify(report).includes(origin);
  await expect
    .poll(async () => (await api.cspReports()).some(isControl), { message: `the control report from ${origin} never reached the server` })
    .toBe(true);
  return (await api.cspReports()).filter((report) => !isControl(report));
}

export { expect };
