import type { ContentfulStatusCode, StatusCode } from 'hono/utils/http-status';
import { jsonMessage, type AppContext } from './request-context';
import { UpstreamTimeoutError, UpstreamUnreachableError, type Upstream } from './upstream';

/** Only these request headers travel upstream: the browser's cookies and the rest stay here. */
const FORWARDED_REQUEST_HEADERS = ['content-type', 'accept'] as const;

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
  const contentType = upstreamResponse.headers.get('content-type');
  const headers: Record<string, string> = contentType === null ? {} : { 'content-type': contentType };
  // c.body (not a bare Response) keeps headers set earlier on the context, such as a refreshed
  // session cookie. The upstream's status is a plain number, hence the casts.
  if (status === 204 || status === 304 || method === 'HEAD') return c.body(null, status as StatusCode, headers);
  return c.body(await upstreamResponse.arrayBuffer(), status as ContentfulStatusCode, headers);
}
