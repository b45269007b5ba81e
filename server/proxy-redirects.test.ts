/** Proxy mode against a Seqera behind a gateway: redirects and Retry-After (issue 10, A12). */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn } from './test-support';
import { proxyUpstream } from './upstream';

// A stand-in Seqera on 127.0.0.1: /user-info answers (so sign-in works); /answer/<status>?h=<headers as JSON> answers that.
let fake: Server;
let fakeUrl = '';
let requests = 0;

beforeAll(async () => {
  fake = createServer((req, res) => {
    requests += 1;
    const url = new URL(req.url ?? '/', 'http://fake');
    if (url.pathname === '/user-info') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ user: { id: 1, userName: 'gw', email: 'gw@example.com', firstName: null, lastName: null } }));
      return;
    }
    const status = Number(url.pathname.split('/')[2]);
    const headers = JSON.parse(url.searchParams.get('h') ?? '{}') as Record<string, string>;
    res.writeHead(status, { 'content-type': 'text/html', ...headers });
    res.end(status === 429 || status === 503 ? '{"message":"Slow down"}' : '<html>Sign in with your company account</html>');
  });
  await new Promise<void>((done) => fake.listen(0, '127.0.0.1', done));
  fakeUrl = `http://127.0.0.1:${(fake.address() as AddressInfo).port}`;
});
afterAll(() => {
  fake.closeAllConnections();
  fake.close();
});

async function ask(status: number, headers: Record<string, string>) {
  const { app } = createTestApp({ upstream: proxyUpstream({ baseUrl: fakeUrl, timeoutMs: 5_000 }), demoTokens: undefined });
  const cookie = await signIn(app);
  return app.request(`/api/answer/${status}?h=${encodeURIComponent(JSON.stringify(headers))}`, { headers: { cookie } });
}

describe('an upstream redirect', () => {
  it.each([301, 302, 307, 308])('%i becomes a 502 that says where Seqera redirected, without following it', async (status) => {
    const before = requests;
    const response = await ask(status, { location: 'https://sso.example.com/login' });
    expect(requests - before).toBe(2); // the sign-in check and this request: the redirect was not followed
    expect(response.status).toBe(502);
    expect(response.headers.get('location')).toBeNull();
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({
      message:
        `The Seqera API (${fakeUrl}) answered with a redirect (HTTP ${status}) to https://sso.example.com/login instead of an answer. ` +
        'Check SEQERA_API_URL: it may need https, or a sign-on gateway stands in front of the API.',
    });
  });

  it('drops credentials, query and fragment from the location shown', async () => {
    const response = await ask(302, { location: 'https://user:pa55@sso.example.com/auth?ticket=SECRET-TICKET&state=x#frag' });
    const { message } = (await response.json()) as { message: string };
    expect(message).toContain('to https://sso.example.com/auth instead');
    expect(message).not.toMatch(/pa55|SECRET-TICKET|state|frag/);
  });

  it('resolves a relative location against SEQERA_API_URL, and copes with none', async () => {
    expect(((await (await ask(303, { location: '/login' })).json()) as { message: string }).message).toContain(`to ${fakeUrl}/login instead`);
    expect(((await (await ask(302, {})).json()) as { message: string }).message).toContain('(HTTP 302) instead');
  });
});

describe('Retry-After', () => {
  it.each([429, 503])('is passed through on %i with the status and body', async (status) => {
    const response = await ask(status, { 'retry-after': '12', 'content-type': 'application/json' });
    expect(response.status).toBe(status);
    expect(response.headers.get('retry-after')).toBe('12');
    expect(await response.json()).toEqual({ message: 'Slow down' });
  });

  it('passes an HTTP date, and drops a malformed value', async () => {
    const date = 'Wed, 21 Oct 2037 07:28:00 GMT';
    expect((await ask(503, { 'retry-after': date })).headers.get('retry-after')).toBe(date);
    expect((await ask(429, { 'retry-after': 'soon, maybe' })).headers.get('retry-after')).toBeNull();
  });

  it('is not passed on other statuses', async () => {
    expect((await ask(500, { 'retry-after': '12' })).headers.get('retry-after')).toBeNull();
  });
});
