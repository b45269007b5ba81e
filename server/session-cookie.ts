import { getCookie } from 'hono/cookie';
import { isSecureRequest, type AppContext } from './request-context';
import type { SessionCheck, SessionManager, SessionPayload } from './session';

/** `__Host-` binds the cookie to this exact host over https; browsers refuse the prefix without Secure. */
export function sessionCookieName(secure: boolean): string {
  return secure ? '__Host-seqera_session' : 'seqera_session';
}

function serialize(c: AppContext, value: string, maxAgeSeconds: number): string {
  const secure = isSecureRequest(c);
  const parts = [`${sessionCookieName(secure)}=${value}`, 'Path=/', 'HttpOnly', 'SameSite=Strict', `Max-Age=${maxAgeSeconds}`];
  if (secure) parts.push('Secure');
  return parts.join('; ');
}

export function setSessionCookie(c: AppContext, sessions: SessionManager, value: string): void {
  c.header('Set-Cookie', serialize(c, value, sessions.cookieMaxAgeSeconds), { append: true });
}

export function clearSessionCookie(c: AppContext): void {
  c.header('Set-Cookie', serialize(c, '', 0), { append: true });
}

/** Checks the request's session cookie; clears a bad one and re-sends a refreshed one. */
export async function readSession(c: AppContext, sessions: SessionManager): Promise<SessionCheck> {
  const check = await sessions.check(getCookie(c, sessionCookieName(isSecureRequest(c))));
  if (check.state === 'invalid') clearSessionCookie(c);
  if (check.state === 'valid' && check.refreshed !== undefined) setSessionCookie(c, sessions, check.refreshed);
  return check;
}

export const SESSION_ENDED = 'Your session has ended. Sign in again.';
export const NOT_SIGNED_IN = 'Not signed in';

/**
 * 503 when sign-outs cannot be looked up: failing closed, since accepting the cookie could let a
 * signed-out session back in. The cookie is kept: it may well be valid once the store is back.
 */
export function sessionStoreUnavailable(c: AppContext): Response {
  c.header('Retry-After', '5');
  return c.json({ message: 'Your session cannot be checked right now because the session store is unreachable. Try again in a moment.' }, 503);
}

/** The valid session of this request, or the response that refuses it (401, or 503 as above). */
export async function requireSession(c: AppContext, sessions: SessionManager): Promise<SessionPayload | Response> {
  const check = await readSession(c, sessions);
  if (check.state === 'valid') return check.session;
  if (check.state === 'unavailable') return sessionStoreUnavailable(c);
  return c.json({ message: check.state === 'none' ? NOT_SIGNED_IN : SESSION_ENDED }, 401);
}
