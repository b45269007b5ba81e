import { Hono, type MiddlewareHandler } from 'hono';
import { isSendableToken, TOKEN_FORMAT_MESSAGE } from './access-token';
import { clientAddress, jsonMessage, type AppContext, type AppEnv } from './request-context';
import { clearSessionCookie, readSession, SESSION_ENDED, sessionStoreUnavailable, setSessionCookie } from './session-cookie';
import type { SessionManager } from './session';
import { RevocationStoreUnavailableError } from './session-revocations';
import { SignInThrottle, throttleKey } from './sign-in-throttle';
import { UpstreamTimeoutError, UpstreamUnreachableError, type Upstream } from './upstream';
import { pickUser, type SessionUser } from './user-info';

export interface AuthRoutesOptions {
  upstream: Upstream;
  sessions: SessionManager;
  /** Present in embedded mode only, where one-click demo sign-in is offered. */
  demoTokens?: { owner: string; viewer: string };
  /** Counts sign-in attempts per client; default 10 at once, then 30 a minute. */
  signInThrottle?: SignInThrottle;
}

const TOKEN_REJECTED = 'That access token was not accepted by Seqera Platform.';

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

/** 429 with Retry-After once a client has used up its sign-in attempts; every attempt counts, good or bad. */
function throttleSignIn(throttle: SignInThrottle): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const decision = throttle.take(throttleKey(clientAddress(c)));
    if (decision.allowed) return next();
    const seconds = decision.retryAfterSeconds;
    c.header('Retry-After', String(seconds));
    return c.json(
      { message: `Too many sign-in attempts from your address. Try again in ${seconds} second${seconds === 1 ? '' : 's'}.` },
      429,
    );
  };
}

export function authRoutes({ upstream, sessions, demoTokens, signInThrottle }: AuthRoutesOptions): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const throttle = throttleSignIn(signInThrottle ?? new SignInThrottle());

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

  routes.post('/session', throttle, async (c) => {
    const body = await readJson(c);
    const token = typeof body?.token === 'string' ? body.token.trim() : '';
    if (token === '') return jsonMessage(c, 400, 'Send a JSON body {"token": "<your Seqera access token>"}.');
    // Before any header is built: a NUL or non-Latin-1 character would make Headers throw with the
    // whole token in its message.
    if (!isSendableToken(token)) return jsonMessage(c, 400, TOKEN_FORMAT_MESSAGE);
    return signIn(c, token);
  });

  routes.post('/demo', throttle, async (c) => {
    if (demoTokens === undefined) return jsonMessage(c, 404, 'Demo sign-in is only available with the embedded API.');
    const role = (await readJson(c))?.role;
    if (role !== 'owner' && role !== 'viewer') return jsonMessage(c, 400, 'Send a JSON body {"role": "owner"} or {"role": "viewer"}.');
    return signIn(c, demoTokens[role]);
  });

  routes.get('/session', async (c) => {
    const check = await readSession(c, sessions);
    if (check.state === 'unavailable') return sessionStoreUnavailable(c);
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

  routes.delete('/session', async (c) => {
    const check = await readSession(c, sessions);
    // Not recorded means not signed out: keep the cookie so that the user can try again.
    if (check.state === 'unavailable') return sessionStoreUnavailable(c);
    if (check.state === 'valid') {
      try {
        await sessions.revoke(check.session);
      } catch (error) {
        if (error instanceof RevocationStoreUnavailableError) return sessionStoreUnavailable(c);
        throw error;
      }
    }
    clearSessionCookie(c);
    return c.body(null, 204);
  });

  return routes;
}
