import { safeParse, type $ZodType, type output } from 'zod/v4/core';

/**
 * The one error type the app deals with. `status` is the HTTP status, or 0 when the
 * server could not be reached, or -1 when the answer did not match the expected shape.
 */
export class ApiError extends Error {
  readonly status: number;
  /** The error answer's parsed body, for the few callers that read more than `message` (a delete's 409 conflicts). */
  readonly payload: unknown;
  /** Seconds the server asked us to wait (Retry-After on a 429 or 503), when it said. */
  readonly retryAfter: number | undefined;

  constructor(status: number, message: string, payload?: unknown, retryAfter?: number) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.payload = payload;
    this.retryAfter = retryAfter;
  }
}

/** Retry-After as seconds from `now`: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/** "12 seconds", "3 minutes", "2 hours": when to try again, for a person. */
export function describeWait(seconds: number): string {
  const plural = (count: number, unit: string) => `${String(count)} ${unit}${count === 1 ? '' : 's'}`;
  if (seconds < 90) return plural(Math.max(1, seconds), 'second');
  if (seconds < 90 * 60) return plural(Math.ceil(seconds / 60), 'minute');
  return plural(Math.ceil(seconds / 3600), 'hour');
}

/**
 * The query string of a request, `?a=1&b=x` or '' when nothing is left: a parameter without a value
 * (undefined or '') is left out; numbers and booleans are written as text. A flag that means nothing when
 * false is passed as `flag || undefined`.
 */
export function searchQuery(params: Record<string, string | number | boolean | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  return search.size === 0 ? '' : `?${search.toString()}`;
}

export const NETWORK_ERROR_STATUS = 0;
export const SCHEMA_ERROR_STATUS = -1;

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

interface RequestOptions {
  method?: Method;
  body?: unknown;
  signal?: AbortSignal | undefined;
}

// The app server rejects mutating requests without this header (a CSRF guard), so it is
// sent on every request rather than remembered per call site.
const CLIENT_HEADER = { 'X-Requested-With': 'seqera-console' } as const;

async function send(path: string, { method = 'GET', body, signal }: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { ...CLIENT_HEADER, Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  try {
    return await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? null : JSON.stringify(body),
      signal: signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(NETWORK_ERROR_STATUS, 'The server could not be reached. Check your connection and try again.');
  }
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function messageOf(payload: unknown, response: Response): string {
  if (typeof payload === 'object' && payload !== null && 'message' in payload) {
    const { message } = payload;
    if (typeof message === 'string' && message.trim() !== '') return message;
  }
  if (response.status === 429) return 'Too many requests.';
  return `The server answered ${String(response.status)}${response.statusText ? ` ${response.statusText}` : ''}.`;
}

/** The ApiError for a non-2xx answer; a 429 or 503 that says when to come back says so to the user too. */
function errorOf(response: Response, payload: unknown): ApiError {
  const message = messageOf(payload, response);
  if (response.status !== 429 && response.status !== 503) return new ApiError(response.status, message, payload);
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
  const withWhen =
    retryAfter === undefined || /try again/i.test(message) ? message : `${message} Try again in ${describeWait(retryAfter)}.`;
  return new ApiError(response.status, withWhen, payload, retryAfter);
}

/**
 * Sends a same-origin request and parses the answer with `schema`; every failure is an ApiError.
 * Takes any zod schema (classic or zod/mini): the list route uses zod/mini to keep its first load small.
 * The schema may still be downloading: the request leaves at once and the schema is awaited only to
 * parse the answer (a schema that failed to download fails the call then, as it is).
 */
export async function apiRequest<Schema extends $ZodType>(
  path: string,
  schema: Schema | Promise<Schema>,
  options: RequestOptions = {},
): Promise<output<Schema>> {
  const pendingSchema = Promise.resolve(schema);
  // Observed here so that a failed download is not reported as unhandled while the request is out;
  // it is still thrown below, where the schema is awaited.
  pendingSchema.catch(() => undefined);
  const response = await send(path, options);
  const payload = await readJson(response);
  if (!response.ok) throw errorOf(response, payload);
  const parsed = safeParse(await pendingSchema, payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw new ApiError(SCHEMA_ERROR_STATUS, `The server sent an answer this console does not understand${where}.`);
  }
  return parsed.data;
}

/** For endpoints that answer without a body (204). */
export async function apiSend(path: string, options: RequestOptions = {}): Promise<void> {
  const response = await send(path, options);
  if (!response.ok) {
    throw errorOf(response, await readJson(response));
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}
