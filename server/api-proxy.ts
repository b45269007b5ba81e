import type { ContentfulStatusCode, StatusCode } from 'hono/utils/http-status';
import { jsonMessage, type AppContext } from './request-context';
import { UpstreamTimeoutError, UpstreamUnreachableError, type Upstream } from './upstream';

/** Only these request headers travel upstream: the browser's cookies and the rest stay here. */
const FORWARDED_REQUEST_HEADERS = ['content-type', 'accept'] as const;

/** 3xx other than 304 (which answers a conditional request and is passed on). */
function isRedirect(status: number): boolean {
  return status >= 300 && status < 400 && status !== 304;
}

/** Retry-After is delta-seconds or an HTTP date; anything else is not passed on. */
function isRetryAfter(value: string): boolean {
  const trimmed = value.trim();
  return /^\d{1,9}$/.test(trimmed) || (/^[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(trimmed) && !Number.isNaN(Date.parse(trimmed)));
}

/**
 * Where a redirect points, without what could be a secret: user info, query (a sign-on gateway's
 * state or ticket) and fragment are dropped. Relative locations resolve against the upstream.
 */
export function shownLocation(location: string, base: string): string | undefined {
  let url: URL;
  try {
    url = new URL(location, base.startsWith('http') ? `${base}/` : undefined);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const shown = `${url.protocol}//${url.host}${url.pathname}`;
  return shown.length > 200 ? `${shown.slice(0, 200)}…` : shown;
}

export function redirectMessage(upstream: Upstream, status: number, location: string | null): string {
  const target = location === null ? undefined : shownLocation(location, upstream.label);
  const where = target === undefined ? '' : ` to ${target}`;
  return (
    `The Seqera API (${upstream.label}) answered with a redirect (HTTP ${status})${where} instead of an answer. ` +
    'Check SEQERA_API_URL: it may need https, or a sign-on gateway stands in front of the API.'
  );
}

/**
 * Sends `/api/<path>?<query>` to the upstream as `/<path>?<query>` with the session's bearer token
 * (or none, for test hooks) and returns its status, content type and body unchanged.
 */
export async function forwardToUpstream(c: AppContext, upstream: Upstream, token: string | undefined): Promise<Response> {
  const url = new URL(c.req.url);
  const path = url.pathname.slice('/api'.length) || '/';
  const requestHeaders = new Headers();
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = c.req.header(name);
    if (value !== undefined) requestHeaders.set(name, value);
  }
  if (token !== undefined) requestHeaders.set('authorization', `Bearer ${token}`);
  const method = c.req.method;
  const body = method === 'GET' || method === 'HEAD' ? undefined : await c.req.arrayBuffer();

  let upstreamResponse: Response;
  try {
    upstreamResponse = await upstream.fetch(`${path}${url.search}`, { method, headers: requestHeaders, body });
  } catch (error) {
    if (error instanceof UpstreamTimeoutError) {
      return jsonMessage(c, 504, `The Seqera API (${upstream.label}) did not answer in time. Try again.`);
    }
    if (error instanceof UpstreamUnreachableError) {
      return jsonMessage(c, 502, `The Seqera API could not be reached (${upstream.label}). Try again later.`);
    }
    throw error;
  }

  const status = upstreamResponse.status;
  // A redirect cannot be followed for page JavaScript (the browser would not send the session's
  // token on, and a sign-on page is not JSON), nor passed on raw (its Location names the upstream,
  // not this origin): say what happened instead.
  if (isRedirect(status)) return jsonMessage(c, 502, redirectMessage(upstream, status, upstreamResponse.headers.get('location')));
  const contentType = upstreamResponse.headers.get('content-type');
  const headers: Record<string, string> = contentType === null ? {} : { 'content-type': contentType };
  const retryAfter = upstreamResponse.headers.get('retry-after');
  if ((status === 429 || status === 503) && retryAfter !== null && isRetryAfter(retryAfter)) headers['retry-after'] = retryAfter.trim();
  // c.body (not a bare Response) keeps headers set earlier on the context, such as a refreshed
  // session cookie. The upstream's status is a plain number, hence the casts.
  if (status === 204 || status === 304 || method === 'HEAD') return c.body(null, status as StatusCode, headers);
  return c.body(await upstreamResponse.arrayBuffer(), status as ContentfulStatusCode, headers);
}
