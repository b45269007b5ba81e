import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiError, NETWORK_ERROR_STATUS, SCHEMA_ERROR_STATUS, apiRequest, apiSend, parseRetryAfter, searchQuery } from './api-client';

const schema = z.object({ credentials: z.array(z.object({ id: z.string() })) });

function answer(status: number, body: unknown) {
  const fetchMock = vi.fn(async () => new Response(body === undefined ? null : JSON.stringify(body), { status }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('apiRequest', () => {
  it('returns the parsed body and sends the client header on every request', async () => {
    const fetchMock = answer(200, { credentials: [{ id: 'a' }] });
    await expect(apiRequest('/api/credentials', schema)).resolves.toEqual({ credentials: [{ id: 'a' }] });
    const init = fetchMock.mock.calls[0]?.at(1) as RequestInit | undefined;
    expect(new Headers(init?.headers).get('X-Requested-With')).toBe('seqera-console');
  });

  it("carries the server's status and message on failure", async () => {
    answer(403, { message: 'Operation not allowed' });
    const error = await apiRequest('/api/credentials', schema).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 403, message: 'Operation not allowed' });
  });

  it('describes a failure without a message body', async () => {
    answer(500, undefined);
    const error = await apiRequest('/api/credentials', schema).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 500, message: expect.stringContaining('500') });
  });

  it('turns a contract mismatch into an ApiError naming where it broke', async () => {
    answer(200, { credentials: [{ id: 42 }] });
    const error = await apiRequest('/api/credentials', schema).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: SCHEMA_ERROR_STATUS, message: expect.stringContaining('credentials.0.id') });
  });

  it('turns a network failure into an ApiError', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(apiRequest('/api/credentials', schema)).rejects.toMatchObject({ status: NETWORK_ERROR_STATUS });
  });

  it('sends the request before a schema still downloading has arrived, and parses with it once it has', async () => {
    const fetchMock = answer(200, { credentials: [{ id: 'a' }] });
    let arrive: (loaded: typeof schema) => void = () => undefined;
    const downloading = new Promise<typeof schema>((resolve) => (arrive = resolve));
    const result = apiRequest('/api/credentials', downloading);
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    arrive(schema);
    await expect(result).resolves.toEqual({ credentials: [{ id: 'a' }] });
  });

  it('fails with the download error when the schema cannot be loaded, and reports the request failure first', async () => {
    answer(200, { credentials: [] });
    await expect(apiRequest('/api/credentials', Promise.reject(new TypeError('chunk failed')))).rejects.toThrow('chunk failed');
    answer(503, { message: 'Down' });
    await expect(apiRequest('/api/credentials', Promise.reject(new TypeError('chunk failed')))).rejects.toMatchObject({ status: 503 });
  });

  it('sends JSON bodies for mutations', async () => {
    const fetchMock = answer(204, undefined);
    await apiSend('/auth/session', { method: 'DELETE' });
    expect(fetchMock.mock.calls[0]?.at(1)).toMatchObject({ method: 'DELETE', credentials: 'same-origin' });
  });
});

describe('Retry-After', () => {
  it.each([
    ['12', 12],
    [' 0 ', 0],
    ['Thu, 01 Jan 2026 00:02:00 GMT', 120],
    ['Wed, 31 Dec 2025 23:00:00 GMT', 0],
    ['soon', undefined],
    [null, undefined],
  ])('reads %j as %s seconds', (value, seconds) => {
    expect(parseRetryAfter(value, Date.UTC(2026, 0, 1))).toBe(seconds);
  });

  it('puts when to try again in the message of a 429 or 503, unless the server already did', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('{"message":"Seqera is busy."}', { status: 503, headers: { 'Retry-After': '45' } })));
    await expect(apiSend('/api/x')).rejects.toMatchObject({ status: 503, retryAfter: 45, message: 'Seqera is busy. Try again in 45 seconds.' });
    vi.stubGlobal('fetch', vi.fn(async () => new Response('{"message":"Too many attempts. Try again in 9 s."}', { status: 429, headers: { 'Retry-After': '9' } })));
    await expect(apiSend('/api/x')).rejects.toMatchObject({ retryAfter: 9, message: 'Too many attempts. Try again in 9 s.' });
    vi.stubGlobal('fetch', vi.fn(async () => new Response(null, { status: 429, headers: { 'Retry-After': '7200' } })));
    await expect(apiSend('/api/x')).rejects.toMatchObject({ message: 'Too many requests. Try again in 2 hours.' });
  });
});

describe('searchQuery', () => {
  it('writes the parameters that have a value, encoded, and leaves out undefined and empty ones', () => {
    expect(searchQuery({ workspaceId: 201, platformId: undefined, name: 'a b&c', checked: false, force: true, filter: '' })).toBe(
      '?workspaceId=201&name=a+b%26c&checked=false&force=true',
    );
  });

  it('is empty, without a question mark, when no parameter has a value', () => {
    expect(searchQuery({ workspaceId: undefined, platformId: '' })).toBe('');
  });
});
