import type { Context } from 'hono';
import type { HttpBindings } from '@hono/node-server';

/** Node bindings are absent when the app is called in-process with `app.request()`. */
export type AppEnv = { Bindings: Partial<HttpBindings> };
export type AppContext = Context<AppEnv>;

/** https directly, or behind a TLS-terminating proxy that says so. */
export function isSecureRequest(c: AppContext): boolean {
  const forwarded = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  return forwarded === 'https' || new URL(c.req.url).protocol === 'https:';
}

/** This server's origin as the browser sees it, to compare with the Origin header. */
export function expectedOrigin(c: AppContext): string {
  const host = c.req.header('x-forwarded-host')?.split(',')[0]?.trim() || c.req.header('host') || new URL(c.req.url).host;
  return `${isSecureRequest(c) ? 'https' : 'http'}://${host.toLowerCase()}`;
}

/** The request target exactly as received (before URL parsing resolves dot segments). */
export function rawTarget(c: AppContext): string {
  const url = new URL(c.req.url);
  return c.env?.incoming?.url ?? `${url.pathname}${url.search}`;
}

export function jsonMessage(c: AppContext, status: 400 | 401 | 403 | 404 | 413 | 500 | 502 | 504, message: string): Response {
  return c.json({ message }, status);
}

/**
 * The peer address of the connection (the socket's, not X-Forwarded-For); `unknown` when the app
 * is called in-process (`app.request()` in tests). Used to count sign-in attempts per client.
 * (Same signature as the TRUST_PROXY-aware version on main, which replaces this one on merge.)
 */
export function clientAddress(c: AppContext): string {
  return c.env?.incoming?.socket?.remoteAddress ?? 'unknown';
}
