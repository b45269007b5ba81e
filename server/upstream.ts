/** The Seqera-compatible API the app server talks to: the embedded one, or a real Platform behind a proxy. */
export interface Upstream {
  mode: 'embedded' | 'proxy';
  /** Human-readable target for error messages (the URL in proxy mode). */
  label: string;
  /** `pathAndQuery` starts with `/` and is relative to the API root (no `/api` prefix). */
  fetch(pathAndQuery: string, init: RequestInit): Promise<Response>;
}

/** The upstream did not answer at all (connection refused, DNS, TLS…). */
export class UpstreamUnreachableError extends Error {}
/** The upstream did not answer within the timeout. */
export class UpstreamTimeoutError extends Error {}

type FetchHandler = (request: Request) => Promise<Response>;

/** Calls the embedded API in-process; the origin is irrelevant because it routes on the path only. */
export function embeddedUpstream(handler: FetchHandler): Upstream {
  return {
    mode: 'embedded',
    label: 'the embedded API',
    fetch: (pathAndQuery, init) => handler(new Request(`http://embedded.invalid${pathAndQuery}`, init)),
  };
}

export interface ProxyOptions {
  /** Absolute base URL without a trailing slash, e.g. https://api.cloud.seqera.io */
  baseUrl: string;
  timeoutMs?: number;
}

export function proxyUpstream({ baseUrl, timeoutMs = 30_000 }: ProxyOptions): Upstream {
  return {
    mode: 'proxy',
    label: baseUrl,
    async fetch(pathAndQuery, init) {
      const signal = AbortSignal.timeout(timeoutMs);
      try {
        const response = await fetch(`${baseUrl}${pathAndQuery}`, { ...init, signal, redirect: 'manual' });
        // Read the body inside the timeout so a stalled stream also counts as a timeout.
        const body = response.status === 204 || response.status === 304 ? null : await response.arrayBuffer();
        return new Response(body, { status: response.status, headers: response.headers });
      } catch (error) {
        if (signal.aborted) throw new UpstreamTimeoutError(`${baseUrl} did not answer within ${timeoutMs / 1000} s`);
        throw new UpstreamUnreachableError(`${baseUrl} could not be reached`, { cause: error });
      }
    },
  };
}
