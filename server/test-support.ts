/** Shared set-up for the server's Vitest files: an app over the real embedded API, in memory. */
import { randomBytes } from 'node:crypto';
import { createEmbeddedApi, type EmbeddedApi } from './api/embedded';
import { createApp, CSRF_HEADER, CSRF_HEADER_VALUE, type AppOptions } from './app';
import { CspReportLog } from './csp-reports';
import { SessionManager } from './session';
import { SignInThrottle } from './sign-in-throttle';
import { embeddedUpstream, type Upstream } from './upstream';

export const OWNER_TOKEN = 'owner-token-for-server-tests';
export const VIEWER_TOKEN = 'viewer-token-for-server-tests';
export const CSRF = { [CSRF_HEADER]: CSRF_HEADER_VALUE };

export interface TestClock {
  now: number;
  advance(ms: number): void;
}

export function testClock(start = Date.UTC(2025, 0, 1)): TestClock {
  return {
    now: start,
    advance(ms) {
      this.now += ms;
    },
  };
}

export interface TestApp {
  app: ReturnType<typeof createApp>;
  api: EmbeddedApi;
  clock: TestClock;
  sessions: SessionManager;
  cspReports: CspReportLog;
  warnings: string[];
}

export function embeddedTestApi(): EmbeddedApi {
  return createEmbeddedApi({ dbPath: ':memory:', demoOwnerToken: OWNER_TOKEN, demoViewerToken: VIEWER_TOKEN, testHooks: true });
}

export function createTestApp(overrides: Partial<AppOptions> & { upstream?: Upstream; idleMinutes?: number } = {}): TestApp {
  const api = embeddedTestApi();
  const clock = testClock();
  const sessions = new SessionManager({
    key: randomBytes(32),
    idleMs: (overrides.idleMinutes ?? 30) * 60_000,
    clock: () => clock.now,
  });
  const cspReports = new CspReportLog();
  const warnings: string[] = [];
  const app = createApp({
    upstream: embeddedUpstream((request) => api.fetch(request)),
    sessions,
    demoTokens: api.demoTokens,
    testHooks: true,
    cspReports,
    warn: (line) => warnings.push(line),
    // Suites here sign in hundreds of times from one (in-process) client; the throttle has its own tests.
    signInThrottle: new SignInThrottle({ burst: 10_000, clock: () => clock.now }),
    ...overrides,
  });
  return { app, api, clock, sessions, cspReports, warnings };
}

/** The `name=value` part of the session cookie a response sets, for sending it back. */
export function sessionCookie(response: Response): string {
  const cookie = response.headers.getSetCookie().find((line) => /seqera_session=[^;]/.test(line));
  if (cookie === undefined) throw new Error(`No session cookie in ${response.status} response`);
  return cookie.split(';', 1)[0] ?? '';
}

export function jsonPost(body: unknown, headers: Record<string, string> = {}): RequestInit {
  return { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...CSRF, ...headers } };
}

/** Signs in through POST /auth/session and returns the cookie to send with later requests. */
export async function signIn(app: TestApp['app'], token = OWNER_TOKEN): Promise<string> {
  const response = await app.request('/auth/session', jsonPost({ token }));
  if (response.status !== 200) throw new Error(`Sign-in failed with ${response.status}`);
  return sessionCookie(response);
}
