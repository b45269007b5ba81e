/** TRUST_PROXY decides whether X-Forwarded-* count (issue 10, B6); HSTS goes out on secure requests. */
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { clientAddress, expectedOrigin, isSecureRequest, type AppEnv } from './request-context';
import { STRICT_TRANSPORT_SECURITY } from './security-headers';
import { createTestApp, jsonPost, OWNER_TOKEN } from './test-support';

const HTTPS_PROXY = { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'console.example', host: '10.0.0.5:8080' };

describe('without TRUST_PROXY (the default)', () => {
  it('ignores X-Forwarded-Proto: no Secure cookie, no HSTS', async () => {
    const { app } = createTestApp();
    const response = await app.request('http://10.0.0.5:8080/auth/session', jsonPost({ token: OWNER_TOKEN }, HTTPS_PROXY));
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toMatch(/^seqera_session=/);
    expect(response.headers.get('set-cookie')).not.toContain('Secure');
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });

  it('ignores X-Forwarded-Host when checking Origin', async () => {
    const { app } = createTestApp();
    const spoofed = await app.request(
      'http://10.0.0.5:8080/auth/demo',
      jsonPost({ role: 'owner' }, { ...HTTPS_PROXY, origin: 'https://console.example' }),
    );
    expect(spoofed.status).toBe(403);
    const own = await app.request('http://10.0.0.5:8080/auth/demo', jsonPost({ role: 'owner' }, { ...HTTPS_PROXY, origin: 'http://10.0.0.5:8080' }));
    expect(own.status).toBe(200);
  });

  it('sends HSTS when the request itself is https', async () => {
    const { app } = createTestApp();
    const response = await app.request('https://console.example/auth/config');
    expect(response.headers.get('strict-transport-security')).toBe(STRICT_TRANSPORT_SECURITY);
    expect(STRICT_TRANSPORT_SECURITY).toBe('max-age=31536000; includeSubDomains');
  });
});

describe('with TRUST_PROXY=1', () => {
  it('believes X-Forwarded-Proto: Secure __Host- cookie and HSTS on every kind of response', async () => {
    const { app } = createTestApp({ trustProxy: 1 });
    const signIn = await app.request('http://10.0.0.5:8080/auth/session', jsonPost({ token: OWNER_TOKEN }, HTTPS_PROXY));
    expect(signIn.headers.get('set-cookie')).toMatch(/^__Host-seqera_session=.*; Secure$/);
    for (const response of [signIn, await app.request('http://10.0.0.5:8080/api/credentials', { headers: HTTPS_PROXY })]) {
      expect(response.headers.get('strict-transport-security')).toBe(STRICT_TRANSPORT_SECURITY);
    }
  });

  it('sends no HSTS when the proxy says http', async () => {
    const { app } = createTestApp({ trustProxy: 1 });
    const response = await app.request('http://10.0.0.5:8080/auth/config', { headers: { 'x-forwarded-proto': 'http' } });
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });

  it('compares Origin with the forwarded host and protocol', async () => {
    const { app } = createTestApp({ trustProxy: 1 });
    const own = await app.request('http://10.0.0.5:8080/auth/demo', jsonPost({ role: 'owner' }, { ...HTTPS_PROXY, origin: 'https://console.example' }));
    expect(own.status).toBe(200);
    const internal = await app.request('http://10.0.0.5:8080/auth/demo', jsonPost({ role: 'owner' }, { ...HTTPS_PROXY, origin: 'http://10.0.0.5:8080' }));
    expect(internal.status).toBe(403);
  });
});

/** A bare app that reports what request-context makes of a request. */
function probe(trustProxy: number) {
  const app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    c.set('trustProxy', trustProxy);
    await next();
  });
  app.get('/', (c) => c.json({ secure: isSecureRequest(c), origin: expectedOrigin(c), client: clientAddress(c) }));
  return async (headers: Record<string, string>, socketAddress?: string) => {
    const env = socketAddress === undefined ? {} : { incoming: { socket: { remoteAddress: socketAddress } } };
    const response = await app.request('http://10.0.0.5:8080/', { headers }, env);
    return (await response.json()) as { secure: boolean; origin: string; client: string };
  };
}

describe('clientAddress and friends', () => {
  const chain = { 'x-forwarded-for': '6.6.6.6, 203.0.113.7, 10.0.0.2', 'x-forwarded-proto': 'http, https, http', host: '10.0.0.5:8080' };

  it('uses the socket address and ignores X-Forwarded-For when no proxy is trusted', async () => {
    expect(await probe(0)(chain, '192.0.2.1')).toEqual({ secure: false, origin: 'http://10.0.0.5:8080', client: '192.0.2.1' });
  });

  it('takes the right-most hop with one trusted proxy, never a client-written entry', async () => {
    expect((await probe(1)(chain, '10.0.0.3')).client).toBe('10.0.0.2');
  });

  it('skips the hops of a longer trusted chain', async () => {
    expect(await probe(2)(chain, '10.0.0.3')).toEqual({ secure: true, origin: 'https://10.0.0.5:8080', client: '203.0.113.7' });
  });

  it('falls back to the socket when a trusted proxy sent no X-Forwarded-For', async () => {
    expect((await probe(1)({}, '192.0.2.9')).client).toBe('192.0.2.9');
  });
});
