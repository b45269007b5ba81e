import type { Context } from 'hono';
import type { HttpBindings } from '@hono/node-server';

/**
 * Node bindings are absent when the app is called in-process with `app.request()`.
 * `trustProxy` is TRUST_PROXY (see server/config.ts), set on every request by createApp.
 */
export type AppEnv = { Bindings: Partial<HttpBindings>; Variables: { trustProxy?: number } };
export type AppContext = Context<AppEnv>;

/** Proxies in front that are trusted to set X-Forwarded-*; 0 (the default) trusts none. */
function trustedProxies(c: AppContext): number {
  return c.get('trustProxy') ?? 0;
}

/**
 * The value of a comma-separated X-Forwarded-* header that the farthest trusted proxy wrote: each
 * proxy appends, so with N trusted proxies it is the N-th entry from the right. Entries left of it
 * came from the client and anyone could have written them. Undefined unless TRUST_PROXY is set.
 */
function forwarded(c: AppContext, name: 'x-forwarded-for' | 'x-forwarded-host' | 'x-forwarded-proto'): string | undefined {
  const hops = trustedProxies(c);
  if (hops === 0) return undefined;
  const entries = (c.req.header(name) ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (entries.length === 0) return undefined;
  return entries[Math.max(0, entries.length - hops)];
}

/** https directly, or behind a trusted TLS-terminating proxy that says so. */
export function isSecureRequest(c: AppContext): boolean {
  return forwarded(c, 'x-forwarded-proto')?.toLowerCase() === 'https' || new URL(c.req.url).protocol === 'https:';
}

/** This server's origin as the browser sees it, to compare with the Origin header. */
export function expectedOrigin(c: AppContext): string {
  const host = forwarded(c, 'x-forwarded-host') || c.req.header('host') || new URL(c.req.url).host;
  return `${isSecureRequest(c) ? 'https' : 'http'}://${host.toLowerCase()}`;
}

/**
 * The address of the client this request comes from, for per-client limits: the socket's peer,
 * or behind trusted proxies the right-most X-Forwarded-For hop they did not add themselves.
 * `unknown` when called in-process without a socket (tests) and no trusted header says otherwise.
 */
export function clientAddress(c: AppContext): string {
  return forwarded(c, 'x-forwarded-for') ?? c.env?.incoming?.socket?.remoteAddress ?? 'unknown';
}

/** The request target exactly as received (before URL parsing resolves dot segments). */
export function rawTarget(c: AppContext): string {
  const url = new URL(c.req.url);
  return c.env?.incoming?.url ?? `${url.pathname}${url.search}`;
}

export function jsonMessage(c: AppContext, status: 400 | 401 | 403 | 404 | 413 | 500 | 502 | 504, message: string): Response {
  return c.json({ message }, status);
}
