import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { MAX_BODY_BYTES } from './api/http';
import { loggableErrorMessage } from './access-token';
import { forwardToUpstream } from './api-proxy';
import { authRoutes } from './auth-routes';
import { CspReportGate, CspReportLog, parseCspReports } from './csp-reports';
import { clientAddress, expectedOrigin, isSecureRequest, jsonMessage, rawTarget, type AppContext, type AppEnv } from './request-context';
import { SECURITY_HEADERS, STRICT_TRANSPORT_SECURITY } from './security-headers';
import { requireSession } from './session-cookie';
import type { SessionManager } from './session';
import type { SignInThrottle } from './sign-in-throttle';
import { isUnsafeTarget, serveStatic } from './static';
import { rememberWorkspaces, withStartupPreloads, WorkspaceIds } from './startup-preloads';
import type { Upstream } from './upstream';

export interface AppOptions {
  upstream: Upstream;
  sessions: SessionManager;
  /** Built app to serve; omitted in `--dev`, where Vite serves it. */
  distDir?: string;
  /** The embedded API's demo tokens; enables POST /auth/demo. */
  demoTokens?: { owner: string; viewer: string };
  /** Exposes /api/__test/* without a session. Never for production. */
  testHooks?: boolean;
  /** TRUST_PROXY: how many proxies in front may set X-Forwarded-*; 0 (default) trusts none. */
  trustProxy?: number;
  cspReports?: CspReportLog;
  /** Rate limit and deduplication of /csp-report (defaults: see CspReportGate). */
  cspReportGate?: CspReportGate;
  /** Sign-in attempts per client (POST /auth/session and /auth/demo); defaults in server/sign-in-throttle.ts. */
  signInThrottle?: SignInThrottle;
  /** Where one-line warnings go (CSP reports, unexpected errors); console.warn by default. */
  warn?: (line: string) => void;
}

export const CSRF_HEADER = 'x-requested-with';
export const CSRF_HEADER_VALUE = 'seqera-console';
const MAX_CSP_REPORT_BYTES = 16 * 1024;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function isServerPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/') || path === '/auth' || path.startsWith('/auth/');
}

const securityHeaders: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (isUnsafeTarget(rawTarget(c))) {
    c.res = new Response('Not found\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  } else {
    await next();
  }
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.header(name, value);
  // Browsers ignore HSTS over plain http, and behind a proxy only a trusted one can say https.
  if (isSecureRequest(c)) c.header('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
  if (isServerPath(c.req.path)) c.header('Cache-Control', 'no-store');
};

/**
 * A cross-site HTML form can neither set a custom header nor fake its Origin, so requiring both
 * stops CSRF even though SameSite=Strict treats other ports of the same host as same-site.
 */
const csrfGuard: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (SAFE_METHODS.has(c.req.method)) return next();
  if (c.req.header(CSRF_HEADER) !== CSRF_HEADER_VALUE) {
    return jsonMessage(c, 403, `Requests that change data must carry the header X-Requested-With: ${CSRF_HEADER_VALUE}.`);
  }
  const origin = c.req.header('origin');
  if (origin !== undefined && origin.toLowerCase() !== expectedOrigin(c)) {
    return jsonMessage(c, 403, 'Cross-origin requests are not accepted.');
  }
  return next();
};

const limitBody = (maxSize: number): MiddlewareHandler<AppEnv> =>
  bodyLimit({ maxSize, onError: (c) => jsonMessage(c, 413, `The request body is larger than ${maxSize / 1024} KiB.`) });

export function createApp(options: AppOptions): Hono<AppEnv> {
  const { upstream, sessions, distDir, testHooks = false } = options;
  const cspReports = options.cspReports ?? new CspReportLog();
  const cspGate = options.cspReportGate ?? new CspReportGate();
  const warn = options.warn ?? ((line: string) => console.warn(line));
  const app = new Hono<AppEnv>();
  const trustProxy = options.trustProxy ?? 0;

  app.use('*', async (c, next) => {
    c.set('trustProxy', trustProxy);
    await next();
  });
  app.use('*', securityHeaders);
  for (const prefix of ['/api', '/auth']) {
    app.use(prefix, csrfGuard, limitBody(MAX_BODY_BYTES));
    app.use(`${prefix}/*`, csrfGuard, limitBody(MAX_BODY_BYTES));
  }

  app.post('/csp-report', limitBody(MAX_CSP_REPORT_BYTES), async (c) => {
    const type = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/csp-report' && type !== 'application/reports+json' && type !== 'application/json') {
      return c.body(null, 415);
    }
    // Anyone can post here without a session: each report takes a token from the client's bucket
    // and the global one, and a violation already logged in this window is only counted.
    for (const line of cspGate.flush()) warn(line);
    const client = clientAddress(c);
    let refused = false;
    for (const report of parseCspReports(await c.req.json().catch(() => undefined))) {
      if (!cspGate.admit(client)) {
        refused = true;
        continue;
      }
      cspReports.add(report);
      const line = cspGate.record(report);
      if (line !== undefined) warn(line);
    }
    if (refused) return c.body(null, 429, { 'Retry-After': String(cspGate.retryAfterSeconds) });
    return c.body(null, 204);
  });

  app.route('/auth', authRoutes({ upstream, sessions, demoTokens: options.demoTokens, signInThrottle: options.signInThrottle }));

  if (testHooks) {
    for (const path of ['/api/__test/csp-reports', '/__test/csp-reports']) {
      app.get(path, (c) => c.json({ reports: cspReports.list() }));
      app.delete(path, (c) => {
        cspReports.clear();
        return c.body(null, 204);
      });
    }
    app.all('/api/__test/*', (c) => forwardToUpstream(c, upstream, undefined));
  } else {
    app.all('/api/__test/*', (c) => c.notFound());
  }

  // Lists run to thousands of rows; JSON shrinks ~5x under gzip. API bodies never hold a secret
  // (they are write-only), so compressing them reveals nothing through response sizes.
  app.use('/api/*', compress());
  // What each session's workspaces answers said, for the next workspace page's preloads.
  const workspaceIds = new WorkspaceIds();
  app.all('/api/*', async (c) => {
    const session = await requireSession(c, sessions);
    if (session instanceof Response) return session;
    const answer = await forwardToUpstream(c, upstream, session.token);
    if (c.req.method === 'GET') rememberWorkspaces(workspaceIds, session, c.req.path, answer);
    return answer;
  });

  if (distDir !== undefined) {
    app.on(['GET', 'HEAD'], '*', async (c) => {
      if (isServerPath(c.req.path)) return c.notFound();
      return withStartupPreloads(c, sessions, workspaceIds, (request) => serveStatic(request, distDir));
    });
  }

  app.notFound((c: AppContext) =>
    isServerPath(c.req.path) ? jsonMessage(c, 404, 'Not found') : c.text('Not found\n', 404),
  );

  app.onError((error, c: AppContext) => {
    // The message only: request bodies (which may hold secrets) are never part of it.
    // Header errors quote the offending value (possibly a token): loggableErrorMessage drops it.
    warn(`Unexpected error on ${c.req.method} ${c.req.path}: ${error.name}: ${loggableErrorMessage(error.message)}`);
    return isServerPath(c.req.path) ? jsonMessage(c, 500, 'Internal server error') : c.text('Internal server error\n', 500);
  });

  return app;
}
