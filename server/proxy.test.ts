import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type RunningServer } from './http-server';
import { createTestApp, CSRF, embeddedTestApi, jsonPost, OWNER_TOKEN, signIn } from './test-support';
import { proxyUpstream } from './upstream';

interface Seen {
  method: string;
  url: string;
  headers: Headers;
  body: string;
}

// A stand-in Seqera Platform on 127.0.0.1: the real embedded API, recording what reaches it.
const api = embeddedTestApi();
const seen: Seen[] = [];
let upstream: RunningServer;

beforeAll(async () => {
  upstream = await listen(async (request) => {
    const body = await request.clone().text();
    seen.push({ method: request.method, url: request.url, headers: request.headers, body });
    return api.fetch(request);
  }, 0, '127.0.0.1');
});
afterAll(async () => {
  await upstream.close();
  api.close();
});

function proxyApp(timeoutMs?: number, baseUrl = upstream.url) {
  return createTestApp({ upstream: proxyUpstream({ baseUrl, timeoutMs }), demoTokens: undefined }).app;
}

function lastSeen(): Seen {
  const entry = seen.at(-1);
  if (entry === undefined) throw new Error('nothing reached the upstream');
  return entry;
}

describe('proxy mode', () => {
  it('signs in by checking the token with GET /user-info upstream', async () => {
    const app = proxyApp();
    const response = await app.request('/auth/session', jsonPost({ token: OWNER_TOKEN }));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ user: { userName: 'demo-owner' }, mode: 'proxy' });
    expect(lastSeen()).toMatchObject({ method: 'GET', url: `${upstream.url}/user-info` });
    expect(lastSeen().headers.get('authorization')).toBe(`Bearer ${OWNER_TOKEN}`);
  });

  it('forwards method, path, query and JSON body, adds the bearer token and drops the browser cookie', async () => {
    const app = proxyApp();
    const cookie = await signIn(app);
    const credentials = { name: 'proxied-github', provider: 'github', keys: { discriminator: 'github', username: 'octo', password: 'ghp_proxyTestSecretValue0123456789' } };
    const payload = JSON.stringify({ credentials });
    const viaProxy = await app.request('/api/credentials?workspaceId=201', {
      method: 'POST',
      body: payload,
      headers: { cookie, 'content-type': 'application/json', accept: 'application/json', 'x-custom': 'no', ...CSRF },
    });
    const request = lastSeen();
    expect(request.method).toBe('POST');
    expect(request.url).toBe(`${upstream.url}/credentials?workspaceId=201`);
    expect(request.body).toBe(payload);
    expect(request.headers.get('authorization')).toBe(`Bearer ${OWNER_TOKEN}`);
    expect(request.headers.get('content-type')).toBe('application/json');
    expect(request.headers.get('accept')).toBe('application/json');
    expect(request.headers.get('cookie')).toBeNull();
    expect(request.headers.get('x-requested-with')).toBeNull();
    expect(request.headers.get('x-custom')).toBeNull();

    expect(viaProxy.status).toBe(200);
    const created = (await viaProxy.json()) as { credentialsId: string };
    expect(created.credentialsId).toMatch(/^[\w-]{22}$/);

    // Same answer as asking the API directly, byte for byte, with the status and type unchanged.
    const path = `/credentials/${created.credentialsId}?workspaceId=201`;
    const direct = await api.fetch(new Request(`http://api.test${path}`, { headers: { authorization: `Bearer ${OWNER_TOKEN}` } }));
    const proxied = await app.request(`/api${path}`, { headers: { cookie } });
    expect(proxied.status).toBe(direct.status);
    expect(proxied.headers.get('content-type')).toBe(direct.headers.get('content-type'));
    expect(await proxied.text()).toBe(await direct.text());
  });

  it('passes upstream error statuses and 204s through unchanged', async () => {
    const app = proxyApp();
    const cookie = await signIn(app);
    const missing = await app.request('/api/credentials/doesNotExist0000000000?workspaceId=201', { headers: { cookie } });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await missing.json()).toEqual({ message: expect.any(String) });
    const deleted = await app.request('/api/credentials/doesNotExist0000000000?workspaceId=201', { method: 'DELETE', headers: { cookie, ...CSRF } });
    expect(deleted.status).toBe(404);
    const free = await app.request('/api/credentials/validate?workspaceId=201&name=a-free-name', { headers: { cookie } });
    expect(free.status).toBe(204);
    expect(await free.text()).toBe('');
  });

  it('answers 401 for a wrong token and 502 when the API is down', async () => {
    expect((await proxyApp().request('/auth/session', jsonPost({ token: 'wrong-token-value' }))).status).toBe(401);
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((done) => closed.close(() => done()));
    const down = proxyApp(undefined, `http://127.0.0.1:${port}`);
    const response = await down.request('/auth/session', jsonPost({ token: OWNER_TOKEN }));
    expect(response.status).toBe(502);
    expect(((await response.json()) as { message: string }).message).toContain(`http://127.0.0.1:${port}`);
  });

  describe('against an API that stops answering', () => {
    let slow: Server;
    let slowUrl = '';
    beforeAll(async () => {
      // Answers /user-info at once (so sign-in works) and never answers anything else.
      slow = createServer((req, res) => {
        if (req.url === '/user-info') {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ user: { id: 1, userName: 'slow', email: 's@example.com', firstName: null, lastName: null } }));
        }
      });
      await new Promise<void>((done) => slow.listen(0, '127.0.0.1', done));
      slowUrl = `http://127.0.0.1:${(slow.address() as AddressInfo).port}`;
    });
    afterAll(() => {
      slow.closeAllConnections();
      slow.close();
    });

    it('gives up after the timeout with 504', async () => {
      const app = proxyApp(300, slowUrl);
      const cookie = await signIn(app);
      const started = performance.now();
      const response = await app.request('/api/credentials', { headers: { cookie } });
      expect(response.status).toBe(504);
      expect(await response.json()).toEqual({ message: expect.stringContaining('did not answer in time') });
      expect(performance.now() - started).toBeLessThan(3_000);
    });
  });
});
