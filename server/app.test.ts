import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from './security-headers';
import { createTestApp, CSRF, jsonPost, OWNER_TOKEN, sessionCookie, signIn, VIEWER_TOKEN } from './test-support';
import { proxyUpstream } from './upstream';

const MINUTE = 60_000;

function expectSecurityHeaders(response: Response) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name), name).toBe(value);
}

/** Everything the browser receives: status line aside, every header and the body. */
async function visibleText(response: Response): Promise<string> {
  return `${[...response.headers].map(([name, value]) => `${name}: ${value}`).join('\n')}\n${await response.text()}`;
}

describe('POST /auth/session', () => {
  it('accepts a valid token, answers with the user and mode, and sets a locked-down cookie', async () => {
    const { app } = createTestApp();
    const response = await app.request('/auth/session', jsonPost({ token: OWNER_TOKEN }));
    expect(response.status).toBe(200);
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^seqera_session=v1\.[\w-]+; Path=\/; HttpOnly; SameSite=Strict; Max-Age=1800$/);
    expect(await response.json()).toEqual({
      user: { id: expect.any(Number), userName: 'demo-owner', email: expect.any(String), firstName: expect.any(String), lastName: expect.any(String) },
      mode: 'embedded',
    });
  });

  it.each([
    ['the URL is https', 'https://console.example/auth/session', {}],
    ['a trusted TLS proxy says so', 'http://console.example/auth/session', { 'x-forwarded-proto': 'https' }],
  ])('uses a Secure __Host- cookie when %s', async (_label, url, headers) => {
    const { app } = createTestApp({ trustProxy: 1 });
    const response = await app.request(url, jsonPost({ token: OWNER_TOKEN }, headers));
    expect(response.headers.get('set-cookie')).toMatch(/^__Host-seqera_session=v1\.[\w-]+; Path=\/; HttpOnly; SameSite=Strict; Max-Age=1800; Secure$/);
    const cookie = sessionCookie(response);
    const again = await app.request(url.replace('/auth/session', '/api/user-info'), { headers: { cookie, ...headers } });
    expect(again.status).toBe(200);
  });

  it('never sends the access token back in any header or body', async () => {
    const { app } = createTestApp();
    const signedIn = await app.request('/auth/session', jsonPost({ token: OWNER_TOKEN }));
    const cookie = sessionCookie(signedIn);
    const responses = [
      signedIn,
      await app.request('/auth/session', { headers: { cookie } }),
      await app.request('/api/user-info', { headers: { cookie } }),
      await app.request('/api/credentials', { headers: { cookie } }),
      await app.request('/auth/demo', jsonPost({ role: 'viewer' })),
      await app.request('/auth/session', { method: 'DELETE', headers: { cookie, ...CSRF } }),
    ];
    for (const response of responses) {
      const text = await visibleText(response);
      expect(text).not.toContain(OWNER_TOKEN);
      expect(text).not.toContain(VIEWER_TOKEN);
    }
  });

  it('answers 401 with a clear message for a token the API does not accept', async () => {
    const { app } = createTestApp();
    const response = await app.request('/auth/session', jsonPost({ token: 'not-a-real-token' }));
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ message: 'That access token was not accepted by Seqera Platform.' });
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it.each([['not json'], [JSON.stringify({})], [JSON.stringify({ token: 5 })], [JSON.stringify(['x'])], [JSON.stringify({ token: '  ' })]])(
    'answers 400 to the malformed body %s',
    async (body) => {
      const { app } = createTestApp();
      const response = await app.request('/auth/session', { method: 'POST', body, headers: { 'content-type': 'application/json', ...CSRF } });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ message: expect.stringContaining('token') });
    },
  );

  it('answers 502 naming the URL when the API cannot be reached', async () => {
    const { app } = createTestApp({ upstream: proxyUpstream({ baseUrl: 'http://127.0.0.1:9' }) });
    const response = await app.request('/auth/session', jsonPost({ token: OWNER_TOKEN }));
    expect(response.status).toBe(502);
    expect(((await response.json()) as { message: string }).message).toMatch(/could not be reached \(http:\/\/127\.0\.0\.1:9\)/);
  });
});

describe('session lifecycle', () => {
  it('GET /auth/session answers the user while signed in, and user null without a cookie', async () => {
    const { app } = createTestApp();
    const signedOut = await app.request('/auth/session');
    expect(signedOut.status).toBe(200);
    expect(await signedOut.json()).toEqual({ user: null });
    const cookie = await signIn(app, VIEWER_TOKEN);
    const response = await app.request('/auth/session', { headers: { cookie } });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ user: { userName: 'demo-viewer' }, mode: 'embedded' });
  });

  it.each([
    ['forged', () => 'seqera_session=v1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
    ['garbage', () => 'seqera_session=hello'],
  ])('refuses a %s cookie with 401 and clears it', async (_label, cookieFor) => {
    const { app } = createTestApp();
    for (const path of ['/auth/session', '/api/user-info']) {
      const response = await app.request(path, { headers: { cookie: cookieFor() } });
      expect(response.status).toBe(401);
      expect(response.headers.get('set-cookie')).toMatch(/^seqera_session=; .*Max-Age=0/);
    }
  });

  it('refuses a tampered cookie', async () => {
    const { app } = createTestApp();
    const cookie = await signIn(app);
    const last = cookie.at(-2) === 'A' ? 'B' : 'A';
    const tampered = `${cookie.slice(0, -2)}${last}${cookie.slice(-1)}`;
    expect((await app.request('/api/user-info', { headers: { cookie: tampered } })).status).toBe(401);
  });

  it('refuses a cookie sealed by another server key', async () => {
    const cookie = await signIn(createTestApp().app);
    expect((await createTestApp().app.request('/api/user-info', { headers: { cookie } })).status).toBe(401);
  });

  it('expires after the idle window and slides while in use', async () => {
    const { app, clock } = createTestApp({ idleMinutes: 30 });
    let cookie = await signIn(app);
    clock.advance(29 * MINUTE);
    const busy = await app.request('/api/user-info', { headers: { cookie } });
    expect(busy.status).toBe(200);
    cookie = sessionCookie(busy);
    clock.advance(29 * MINUTE);
    expect((await app.request('/api/user-info', { headers: { cookie } })).status).toBe(200);
    clock.advance(31 * MINUTE);
    const idle = await app.request('/api/user-info', { headers: { cookie } });
    expect(idle.status).toBe(401);
    expect(idle.headers.get('set-cookie')).toMatch(/Max-Age=0/);
  });

  it('does not re-seal the cookie more than once a minute', async () => {
    const { app, clock } = createTestApp();
    const cookie = await signIn(app);
    clock.advance(30_000);
    expect((await app.request('/api/user-info', { headers: { cookie } })).headers.get('set-cookie')).toBeNull();
    clock.advance(31_000);
    expect((await app.request('/api/user-info', { headers: { cookie } })).headers.get('set-cookie')).toMatch(/^seqera_session=v1\./);
  });

  it('DELETE /auth/session signs out server-side: the old cookie no longer works', async () => {
    const { app } = createTestApp();
    const cookie = await signIn(app);
    const signOut = await app.request('/auth/session', { method: 'DELETE', headers: { cookie, ...CSRF } });
    expect(signOut.status).toBe(204);
    expect(signOut.headers.get('set-cookie')).toMatch(/^seqera_session=; .*Max-Age=0/);
    expect((await app.request('/api/user-info', { headers: { cookie } })).status).toBe(401);
    expect((await app.request('/auth/session', { headers: { cookie } })).status).toBe(401);
  });
});

describe('demo sign-in and config', () => {
  it('reports the mode and offers demo sign-in in embedded mode', async () => {
    const { app } = createTestApp();
    expect(await (await app.request('/auth/config')).json()).toEqual({ mode: 'embedded', demo: true });
    const response = await app.request('/auth/demo', jsonPost({ role: 'viewer' }));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ user: { userName: 'demo-viewer' }, mode: 'embedded' });
    expect((await app.request('/auth/demo', jsonPost({ role: 'admin' }))).status).toBe(400);
  });

  it('has no demo sign-in in proxy mode', async () => {
    const { app } = createTestApp({ upstream: proxyUpstream({ baseUrl: 'http://127.0.0.1:9' }), demoTokens: undefined });
    expect(await (await app.request('/auth/config')).json()).toEqual({ mode: 'proxy', demo: false });
    expect((await app.request('/auth/demo', jsonPost({ role: 'owner' }))).status).toBe(404);
  });
});

describe('CSRF guard', () => {
  it.each(['/auth/session', '/auth/demo', '/api/credentials', '/api/__test/reset'])('refuses a POST to %s without X-Requested-With', async (path) => {
    const { app } = createTestApp();
    const response = await app.request(path, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ message: expect.stringContaining('X-Requested-With') });
  });

  it('refuses DELETE and PUT without the header even with a valid session', async () => {
    const { app } = createTestApp();
    const cookie = await signIn(app);
    expect((await app.request('/auth/session', { method: 'DELETE', headers: { cookie } })).status).toBe(403);
    expect((await app.request('/api/credentials/x', { method: 'PUT', body: '{}', headers: { cookie } })).status).toBe(403);
    expect((await app.request('/api/user-info', { headers: { cookie } })).status).toBe(200);
  });

  it('refuses a request whose Origin is another site, and accepts its own origin', async () => {
    const { app } = createTestApp();
    const evil = await app.request('http://127.0.0.1:8080/auth/demo', jsonPost({ role: 'owner' }, { origin: 'http://127.0.0.1:9999' }));
    expect(evil.status).toBe(403);
    expect(await evil.json()).toEqual({ message: 'Cross-origin requests are not accepted.' });
    const nullOrigin = await app.request('http://127.0.0.1:8080/auth/demo', jsonPost({ role: 'owner' }, { origin: 'null' }));
    expect(nullOrigin.status).toBe(403);
    const own = await app.request('http://127.0.0.1:8080/auth/demo', jsonPost({ role: 'owner' }, { origin: 'http://127.0.0.1:8080', host: '127.0.0.1:8080' }));
    expect(own.status).toBe(200);
  });

  it('exempts /csp-report, which browsers send without custom headers', async () => {
    const { app, warnings } = createTestApp();
    const report = { 'csp-report': { 'document-uri': 'http://x/', 'effective-directive': 'script-src-elem', 'blocked-uri': 'inline' } };
    const response = await app.request('/csp-report', {
      method: 'POST',
      body: JSON.stringify(report),
      headers: { 'content-type': 'application/csp-report', origin: 'http://127.0.0.1:1' },
    });
    expect(response.status).toBe(204);
    expect(warnings).toEqual(['CSP violation: script-src-elem blocked inline on http://x/']);
    expect(await (await app.request('/api/__test/csp-reports')).json()).toEqual({ reports: [report['csp-report']] });
  });

  it('keeps each logged violation on one line', async () => {
    const { app, warnings } = createTestApp();
    const report = { 'csp-report': { 'document-uri': 'http://x/\nFAKE LOG LINE', 'effective-directive': 'img-src', 'blocked-uri': 'data' } };
    await app.request('/csp-report', { method: 'POST', body: JSON.stringify(report), headers: { 'content-type': 'application/csp-report' } });
    expect(warnings).toEqual(['CSP violation: img-src blocked data on http://x/ FAKE LOG LINE']);
  });

  it('accepts Reporting API batches too', async () => {
    const { app, cspReports } = createTestApp();
    const body = [{ type: 'csp-violation', body: { documentURL: 'http://x/', effectiveDirective: 'img-src', blockedURL: 'http://evil/' } }, { type: 'deprecation', body: {} }];
    const response = await app.request('/csp-report', { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/reports+json' } });
    expect(response.status).toBe(204);
    expect(cspReports.list()).toHaveLength(1);
  });
});

describe('/api/*', () => {
  it('needs a session', async () => {
    const { app } = createTestApp();
    const response = await app.request('/api/credentials');
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ message: 'Not signed in' });
  });

  it('forwards to the embedded API as the signed-in user, with status, type and body unchanged', async () => {
    const { app, api } = createTestApp();
    const cookie = await signIn(app);
    const viaApp = await app.request('/api/user-info', { headers: { cookie } });
    const direct = await api.fetch(new Request('http://api.test/user-info', { headers: { authorization: `Bearer ${OWNER_TOKEN}` } }));
    expect(viaApp.status).toBe(direct.status);
    expect(viaApp.headers.get('content-type')).toBe(direct.headers.get('content-type'));
    expect(await viaApp.text()).toBe(await direct.text());
    expect(viaApp.headers.get('cache-control')).toBe('no-store');
  });

  it('gzips API answers for browsers that accept it, and only for them', async () => {
    const { app } = createTestApp();
    const cookie = await signIn(app);
    const plain = await app.request('/api/credentials?workspaceId=201', { headers: { cookie } });
    const plainText = await plain.text();
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plainText.length).toBeGreaterThan(1024);

    const zipped = await app.request('/api/credentials?workspaceId=201', { headers: { cookie, 'accept-encoding': 'gzip, br' } });
    expect(zipped.status).toBe(200);
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('vary')).toMatch(/accept-encoding/i);
    const bytes = new Uint8Array(await zipped.arrayBuffer());
    expect(bytes.length).toBeLessThan(plainText.length / 2);
    expect(gunzipSync(bytes).toString('utf8')).toBe(plainText);
  });

  it('passes error statuses through (a viewer may not create)', async () => {
    const { app } = createTestApp();
    const cookie = await signIn(app, VIEWER_TOKEN);
    const response = await app.request('/api/credentials', jsonPost({ credentials: { name: 'x', provider: 'github', keys: {} } }, { cookie }));
    expect([400, 403]).toContain(response.status);
    expect(await response.json()).toEqual({ message: expect.any(String) });
  });

  it('caps request bodies at 256 KiB with 413', async () => {
    const { app } = createTestApp();
    const cookie = await signIn(app);
    const big = JSON.stringify({ credentials: { name: 'big', description: 'x'.repeat(300 * 1024) } });
    const response = await app.request('/api/credentials', jsonPost(JSON.parse(big), { cookie }));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ message: 'The request body is larger than 256 KiB.' });
    expectSecurityHeaders(response);
  });

  it('caps streamed bodies that declare no length', async () => {
    const { app } = createTestApp();
    const cookie = await signIn(app);
    const chunk = new Uint8Array(64 * 1024).fill(32);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 5; i++) controller.enqueue(chunk);
        controller.close();
      },
    });
    const response = await app.request('/api/credentials', {
      method: 'POST',
      body: stream,
      headers: { cookie, 'content-type': 'application/json', ...CSRF },
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
  });

  it('opens /api/__test/* without a session only when test hooks are on', async () => {
    const on = createTestApp();
    expect((await on.app.request('/api/__test/workflows')).status).toBe(200);
    const off = createTestApp({ testHooks: false });
    expect((await off.app.request('/api/__test/workflows')).status).toBe(404);
    const cookie = await signIn(off.app);
    expect((await off.app.request('/api/__test/workflows', { headers: { cookie } })).status).toBe(404);
    expect((await off.app.request('/api/__test/csp-reports')).status).toBe(404);
  });
});

describe('security headers on every kind of response', () => {
  it.each([
    ['auth success', (app: ReturnType<typeof createTestApp>['app']) => app.request('/auth/config')],
    ['auth error', (app: ReturnType<typeof createTestApp>['app']) => app.request('/auth/session')],
    ['api 401', (app: ReturnType<typeof createTestApp>['app']) => app.request('/api/credentials')],
    ['csrf 403', (app: ReturnType<typeof createTestApp>['app']) => app.request('/api/credentials', { method: 'POST' })],
    ['unknown path 404', (app: ReturnType<typeof createTestApp>['app']) => app.request('/nope.txt')],
    ['unknown auth route 404', (app: ReturnType<typeof createTestApp>['app']) => app.request('/auth/nothing')],
  ])('%s', async (_label, send) => {
    const { app } = createTestApp();
    const response = await send(app);
    expectSecurityHeaders(response);
  });

  it('on 500s from a failing upstream, without leaking the error', async () => {
    const { app, warnings } = createTestApp({
      upstream: { mode: 'embedded', label: 'test', fetch: () => Promise.reject(new Error('database is locked')) },
    });
    const response = await app.request('/auth/session', jsonPost({ token: OWNER_TOKEN }));
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ message: 'Internal server error' });
    expectSecurityHeaders(response);
    expect(warnings).toEqual(['Unexpected error on POST /auth/session: Error: database is locked']);
  });

  it('marks /api and /auth responses no-store', async () => {
    const { app } = createTestApp();
    expect((await app.request('/auth/config')).headers.get('cache-control')).toBe('no-store');
    expect((await app.request('/api/credentials')).headers.get('cache-control')).toBe('no-store');
  });
});
