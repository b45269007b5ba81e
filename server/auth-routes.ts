import { Hono } from 'hono';
import { jsonMessage, type AppContext, type AppEnv } from './request-context';
import { clearSessionCookie, readSession, setSessionCookie } from './session-cookie';
import type { SessionManager } from './session';
import { UpstreamTimeoutError, UpstreamUnreachableError, type Upstream } from './upstream';
import { pickUser, type SessionUser } from './user-info';

export interface AuthRoutesOptions {
  upstream: Upstream;
  sessions: SessionManager;
  /** Present in embedded mode only, where one-click demo sign-in is offered. */
  demoTokens?: { owner: string; viewer: string };
}

const TOKEN_REJECTED = 'That access token was not accepted by Seqera Platform.';
const SESSION_ENDED = 'Your session has ended. Sign in again.';

type UserLookup = { ok: true; user: SessionUser } | { ok: false; response: Response };

/** Asks the upstream who owns the token; also how a token is checked at sign-in. */
async function lookUpUser(c: AppContext, upstream: Upstream, token: string): Promise<UserLookup> {
  let response: Response;
  try {
    response = await upstream.fetch('/user-info', {
      headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
    });
  } catch (error) {
    if (error instanceof UpstreamUnreachableError || error instanceof UpstreamTimeoutError) {
      return { ok: false, response: jsonMessage(c, 502, `The Seqera API could not be reached (${upstream.label}). Try again later.`) };
    }
    throw error;
  }
  if (response.status === 401 || response.status === 403) {
    return { ok: false, response: jsonMessage(c, 401, TOKEN_REJECTED) };
  }
  const user = response.ok ? pickUser(await response.json().catch(() => undefined)) : undefined;
  if (user === undefined) {
    return {
      ok: false,
      response: jsonMessage(c, 502, `The Seqera API (${upstream.label}) gave an unexpected answer (HTTP ${response.status}) when checking the token.`),
    };
  }
  return { ok: true, user };
}

export function authRoutes({ upstream, sessions, demoTokens }: AuthRoutesOptions): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  async function signIn(c: AppContext, token: string): Promise<Response> {
    const lookup = await lookUpUser(c, upstream, token);
    if (!lookup.ok) return lookup.response;
    // The cookie's user id is informational (nothing reads it back); 0 stands for "Seqera gave none".
    setSessionCookie(c, sessions, sessions.issue(token, lookup.user.id ?? 0));
    return c.json({ user: lookup.user, mode: upstream.mode }, 200);
  }

  async function readJson(c: AppContext): Promise<Record<string, unknown> | undefined> {
    const body: unknown = await c.req.json().catch(() => undefined);
    return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
  }

  routes.get('/config', (c) => c.json({ mode: upstream.mode, demo: demoTokens !== undefined }));

  routes.post('/session', async (c) => {
    const body = await readJson(c);
    const token = typeof body?.token === 'string' ? body.token.trim() : '';
    if (token === '' || token.length > 4096 || /\s/.test(token)) {
      return jsonMessage(c, 400, 'Send a JSON body {"token": "<your Seqera access token>"}.');
    }
    return signIn(c, token);
  });

  routes.post('/demo', async (c) => {
    if (demoTokens === undefined) return jsonMessage(c, 404, 'Demo sign-in is only available with the embedded API.');
    const role = (await readJson(c))?.role;
    if (role !== 'owner' && role !== 'viewer') return jsonMessage(c, 400, 'Send a JSON body {"role": "owner"} or {"role": "viewer"}.');
    return signIn(c, demoTokens[role]);
  });

  routes.get('/session', async (c) => {
    const check = readSession(c, sessions);
    // No cookie at all is the ordinary signed-out state, answered as such (no failed request in the
    // browser's console on the sign-in page); a cookie that no longer holds a session is an error.
    if (check.state === 'none') return c.json({ user: null }, 200);
    if (check.state !== 'valid') return jsonMessage(c, 401, SESSION_ENDED);
    // Asking upstream each time means a token revoked in Seqera ends the session here too.
    const lookup = await lookUpUser(c, upstream, check.session.token);
    if (!lookup.ok) {
      if (lookup.response.status === 401) {
        clearSessionCookie(c);
        return jsonMessage(c, 401, SESSION_ENDED);
      }
      return lookup.response;
    }
    return c.json({ user: lookup.user, mode: upstream.mode }, 200);
  });

  routes.delete('/session', (c) => {
    const check = readSession(c, sessions);
    if (check.state === 'valid') sessions.revoke(check.session);
    clearSessionCookie(c);
    return c.body(null, 204);
  });

  return routes;
}
