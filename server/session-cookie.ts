import { getCookie } from 'hono/cookie';
import { isSecureRequest, type AppContext } from './request-context';
import type { SessionCheck, SessionManager } from './session';

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
export function readSession(c: AppContext, sessions: SessionManager): SessionCheck {
  const check = sessions.check(getCookie(c, sessionCookieName(isSecureRequest(c))));
  if (check.state === 'invalid') clearSessionCookie(c);
  if (check.state === 'valid' && check.refreshed !== undefined) setSessionCookie(c, sessions, check.refreshed);
  return check;
}
