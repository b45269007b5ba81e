/**
 * Session attacks on WRITES. server/app.test.ts already covers the cookie flags, forged, tampered,
 * foreign-key and expired cookies, and sign-out on reads, and the CSRF header on four POST paths;
 * e2e/server.spec.ts posts a real cross-site form. What is added here: every mutating route is
 * swept with cross-site shaped requests, and dead, forged and signed-out cookies are tried on
 * writes, with the tables compared before and after each.
 */
import { describe, expect, it, vi } from 'vitest';
import { buildEmbeddedApi } from './api/embedded';
import { createTestApp, CSRF, OWNER_TOKEN, signIn, VIEWER_TOKEN } from './test-support';
import { embeddedUpstream } from './upstream';

const MINUTE = 60_000;
// Each case seeds its own in-memory API (key generation included), which is slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

function setup(idleMinutes = 30) {
  const internals = buildEmbeddedApi({ dbPath: ':memory:', demoOwnerToken: OWNER_TOKEN, demoViewerToken: VIEWER_TOKEN, testHooks: true });
  const test = createTestApp({ idleMinutes, upstream: embeddedUpstream((request) => internals.api.fetch(request)) });
  const snapshot = () => JSON.stringify(internals.store.db.prepare('SELECT * FROM credentials ORDER BY id').all());
  const idOf = (name: string) =>
    (internals.store.db.prepare('SELECT id FROM credentials WHERE name = ? AND deleted = 0').get(name) as { id: string }).id;
  return { ...test, snapshot, idOf };
}

const body = JSON.stringify({
  credentials: { name: 'planted', provider: 'container-reg', keys: { discriminator: 'container-reg', userName: 'x', password: 'planted-secret' } },
});

/** Every route that changes something, as a cross-site page could aim at it. */
function writes(id: string): { method: string; path: string }[] {
  return [
    { method: 'POST', path: '/api/credentials?workspaceId=201' },
    { method: 'PUT', path: `/api/credentials/${id}?workspaceId=201` },
    { method: 'DELETE', path: `/api/credentials/${id}?workspaceId=201` },
    { method: 'POST', path: `/api/credentials/${id}/validate?workspaceId=201&force=true` },
    { method: 'DELETE', path: '/auth/session' },
    { method: 'POST', path: '/auth/demo' },
    { method: 'POST', path: '/auth/session' },
  ];
}

describe('cross-site requests with a valid session cookie', () => {
  it.each([
    ['an HTML form (urlencoded), no custom header', { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' }],
    ['an HTML form (text/plain), no Origin at all', { 'content-type': 'text/plain' }],
    ['multipart form data', { 'content-type': 'multipart/form-data; boundary=x', origin: 'https://evil.example' }],
    ['the custom header but another Origin', { 'content-type': 'application/json', origin: 'https://evil.example', ...CSRF }],
    ['the custom header but Origin null (sandboxed frame)', { 'content-type': 'application/json', origin: 'null', ...CSRF }],
  ])('are refused with 403 on every mutating route: %s', async (_label, headers) => {
    const { app, snapshot, idOf } = setup();
    const cookie = await signIn(app);
    const before = snapshot();
    for (const { method, path } of writes(idOf('bitbucket-ci'))) {
      const response = await app.request(`http://127.0.0.1:8080${path}`, { method, body: method === 'DELETE' ? undefined : body, headers: { cookie, ...headers } });
      expect(response.status, `${method} ${path}`).toBe(403);
    }
    expect(snapshot()).toBe(before);
    // The session itself survived the attempts (the DELETE /auth/session among them was refused).
    expect((await app.request('/api/user-info', { headers: { cookie } })).status).toBe(200);
  });
});

describe('dead cookies cannot write', () => {
  const attempt = async (app: ReturnType<typeof setup>['app'], cookie: string, id: string) => {
    const statuses: number[] = [];
    for (const { method, path } of writes(id).filter((write) => write.path.startsWith('/api'))) {
      const response = await app.request(path, { method, body: method === 'DELETE' ? undefined : body, headers: { cookie, 'content-type': 'application/json', ...CSRF } });
      statuses.push(response.status);
    }
    return statuses;
  };

  it('a signed-out cookie gets 401 on every write, and nothing changes', async () => {
    const { app, snapshot, idOf } = setup();
    const cookie = await signIn(app);
    expect((await app.request('/auth/session', { method: 'DELETE', headers: { cookie, ...CSRF } })).status).toBe(204);
    const before = snapshot();
    expect(await attempt(app, cookie, idOf('bitbucket-ci'))).toEqual([401, 401, 401, 401]);
    expect(snapshot()).toBe(before);
  });

  it('an idle-expired cookie gets 401 on every write', async () => {
    const { app, clock, snapshot, idOf } = setup(30);
    const cookie = await signIn(app);
    clock.advance(31 * MINUTE);
    const before = snapshot();
    expect(await attempt(app, cookie, idOf('bitbucket-ci'))).toEqual([401, 401, 401, 401]);
    expect(snapshot()).toBe(before);
  });

  it.each([
    ['made up in the cookie format', 'seqera_session=v1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
    ['sealed by another server', ''],
    ['a bearer token pasted into the cookie', `seqera_session=${OWNER_TOKEN}`],
  ])('a forged cookie (%s) gets 401 on every write', async (_label, forged) => {
    const { app, snapshot, idOf } = setup();
    const cookie = forged === '' ? await signIn(setup().app) : forged;
    const before = snapshot();
    expect(await attempt(app, cookie, idOf('bitbucket-ci'))).toEqual([401, 401, 401, 401]);
    expect(snapshot()).toBe(before);
  });

  it('signing out one session leaves the user’s other sessions working', async () => {
    const { app } = setup();
    const first = await signIn(app);
    const second = await signIn(app);
    await app.request('/auth/session', { method: 'DELETE', headers: { cookie: first, ...CSRF } });
    expect((await app.request('/api/user-info', { headers: { cookie: first } })).status).toBe(401);
    expect((await app.request('/api/user-info', { headers: { cookie: second } })).status).toBe(200);
  });
});
