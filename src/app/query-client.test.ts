import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { apiRequest, ApiError } from '../lib/api-client';
import { createQueryClient, MAX_AUTO_RETRY_AFTER_SECONDS, queryRetryDelay, shouldRetryQuery } from './query-client';

const okSchema = z.object({ ok: z.boolean() });

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('retry policy', () => {
  it.each([
    ['a 503 that asks for 5 s', new ApiError(503, 'Busy', undefined, 5), true, 5_000],
    ['a 429 that asks for 30 s', new ApiError(429, 'Slow down', undefined, 30), true, 30_000],
    ['a 429 without Retry-After', new ApiError(429, 'Slow down'), true, 1_000],
    ['a 429 that asks for 31 s', new ApiError(429, 'Slow down', undefined, MAX_AUTO_RETRY_AFTER_SECONDS + 1), false, undefined],
    ['a 503 that asks for an hour', new ApiError(503, 'Maintenance', undefined, 3600), false, undefined],
    ['a plain 502', new ApiError(502, 'Bad gateway'), true, 1_000],
    ['a 404', new ApiError(404, 'Not found'), false, undefined],
    ['a contract mismatch', new ApiError(-1, 'Not understood'), false, undefined],
  ])('%s: retried %s, after %s ms', (_label, error, retried, delay) => {
    expect(shouldRetryQuery(0, error)).toBe(retried);
    if (delay !== undefined) expect(queryRetryDelay(0, error)).toBe(delay);
    expect(shouldRetryQuery(1, error)).toBe(false);
  });
});

describe('a query against a server that answers 429 with Retry-After', () => {
  function serverAnswering(...responses: (() => Response)[]) {
    const fetchMock = vi.fn(async () => (responses.shift() ?? (() => new Response('{"ok":true}')))());
    vi.stubGlobal('fetch', fetchMock);
    return fetchMock;
  }

  it('waits as long as asked, then succeeds', async () => {
    vi.useFakeTimers();
    const fetchMock = serverAnswering(() => new Response('{"message":"Slow down."}', { status: 429, headers: { 'Retry-After': '7' } }));
    const client = createQueryClient(() => undefined);
    const result = client.fetchQuery({ queryKey: ['x'], queryFn: () => apiRequest('/api/x', okSchema) });
    await vi.advanceTimersByTimeAsync(6_900);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(200);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    await expect(result).resolves.toEqual({ ok: true });
  });

  it('does not retry a long wait, and tells the user when to try again', async () => {
    const fetchMock = serverAnswering(() => new Response('{"message":"Slow down."}', { status: 429, headers: { 'Retry-After': '120' } }));
    const client = createQueryClient(() => undefined);
    await expect(client.fetchQuery({ queryKey: ['y'], queryFn: () => apiRequest('/api/y', okSchema) })).rejects.toMatchObject({
      status: 429,
      retryAfter: 120,
      message: 'Slow down. Try again in 2 minutes.',
    });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});
