/**
 * Tenant isolation through the whole app server (session cookie → /api → embedded API).
 *
 * server/api/credentials.test.ts already checks single cases against the API alone (403 listing or
 * creating in workspace 301, 404 describing another context, viewers refused on create/update/
 * delete). This file sweeps EVERY credentials operation for each boundary, through the browser's
 * entry point, and proves nothing was written by comparing the raw tables before and after.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { buildEmbeddedApi } from './api/embedded';
import { createTestApp, CSRF, OWNER_TOKEN, signIn, VIEWER_TOKEN } from './test-support';
import { embeddedUpstream } from './upstream';

const internals = buildEmbeddedApi({ dbPath: ':memory:', demoOwnerToken: OWNER_TOKEN, demoViewerToken: VIEWER_TOKEN, testHooks: true });
const { app } = createTestApp({ upstream: embeddedUpstream((request) => internals.api.fetch(request)) });
afterAll(() => internals.api.close());

let ownerCookie = '';
let viewerCookie = '';
beforeEach(async () => {
  expect((await app.request('/api/__test/reset', { method: 'POST', headers: CSRF })).status).toBe(204);
  ownerCookie = await signIn(app, OWNER_TOKEN);
  viewerCookie = await signIn(app, VIEWER_TOKEN);
});

const idOf = (name: string, context: string): string => {
  const row = internals.store.db
    .prepare<[string, string], { id: string }>('SELECT id FROM credentials WHERE name = ? AND context = ? AND deleted = 0')
    .get(name, context);
  if (row === undefined) throw new Error(`No credential ${name} in ${context}`);
  return row.id;
};

/** Every row of every table a write could touch, secrets (sealed) included. */
const snapshot = () =>
  JSON.stringify(
    ['credentials', 'workflows', 'workflow_credentials'].map((table) => internals.store.db.prepare(`SELECT * FROM ${table} ORDER BY 1`).all()),
  );

interface Operation {
  label: string;
  method: string;
  path: string;
  body?: unknown;
}

/** Every credentials operation on one credential id, in the context `query` names ('' = personal). */
function operations(id: string, query: string, body: unknown): Operation[] {
  const q = (extra = '') => (query === '' && extra === '' ? '' : `?${[query, extra].filter(Boolean).join('&')}`);
  return [
    { label: 'describe', method: 'GET', path: `/api/credentials/${id}${q()}` },
    { label: 'keys', method: 'GET', path: `/api/credentials/${id}/keys${q('pairingId=demo-pairing')}` },
    { label: 'update', method: 'PUT', path: `/api/credentials/${id}${q()}`, body },
    { label: 'validate', method: 'POST', path: `/api/credentials/${id}/validate${q()}` },
    { label: 'force valid', method: 'POST', path: `/api/credentials/${id}/validate${q('force=true')}` },
    { label: 'delete (checked)', method: 'DELETE', path: `/api/credentials/${id}${q('checked=true')}` },
    { label: 'delete (force)', method: 'DELETE', path: `/api/credentials/${id}${q()}` },
  ];
}

async function send(cookie: string, operation: Operation) {
  const init: RequestInit = { method: operation.method, headers: { cookie, ...CSRF, 'content-type': 'application/json' } };
  if (operation.body !== undefined) init.body = JSON.stringify(operation.body);
  const response = await app.request(operation.path, init);
  return { status: response.status, text: await response.text() };
}

const awsBody = { credentials: { name: 'hijacked', provider: 'aws', keys: { discriminator: 'aws', accessKey: 'AKIAHIJACK', secretKey: 'hijack-secret' } } };
const gitlabBody = { credentials: { name: 'hijacked', provider: 'gitlab', keys: { discriminator: 'gitlab', username: 'mallory', token: 'hijack-token' } } };
const dockerBody = (name: string) => ({
  credentials: { name, provider: 'container-reg', keys: { discriminator: 'container-reg', userName: 'robot', password: 'viewer-attempt' } },
});

describe('a workspace the user does not belong to (demo-owner and workspace 301)', () => {
  it('refuses every operation addressed to that workspace with 403, and writes nothing', async () => {
    const before = snapshot();
    const target = idOf('other-lab-aws', 'w:301');
    const attempts: Operation[] = [
      { label: 'list', method: 'GET', path: '/api/credentials?workspaceId=301' },
      { label: 'create', method: 'POST', path: '/api/credentials?workspaceId=301', body: dockerBody('planted') },
      { label: 'name check', method: 'GET', path: '/api/credentials/validate?workspaceId=301&name=planted' },
      ...operations(target, 'workspaceId=301', awsBody),
    ];
    for (const attempt of attempts) {
      const response = await send(ownerCookie, attempt);
      expect(response.status, attempt.label).toBe(403);
      expect(response.text, attempt.label).not.toContain('other-lab');
    }
    expect(snapshot()).toBe(before);
  });

  it('answers 404 when its credential id is used from the user’s own contexts, without revealing it exists', async () => {
    const before = snapshot();
    const target = idOf('other-lab-aws', 'w:301');
    const unknown = 'AAAAAAAAAAAAAAAAAAAAAA';
    for (const query of ['workspaceId=201', '', 'workspaceId=201&workspaceId=301']) {
      const attempts = operations(target, query, awsBody);
      const baseline = operations(unknown, query, awsBody);
      for (const [index, attempt] of attempts.entries()) {
        const response = await send(ownerCookie, attempt);
        const control = await send(ownerCookie, baseline[index] as Operation);
        expect(response.status, `${attempt.label} ?${query}`).toBe(404);
        // Same answer as for an id that does not exist at all: no existence oracle.
        expect(response.text, `${attempt.label} ?${query}`).toBe(control.text);
      }
    }
    expect(snapshot()).toBe(before);
  });

  it('never lists it in any of the user’s own contexts', async () => {
    for (const query of ['?workspaceId=201', '?workspaceId=202', '']) {
      const response = await app.request(`/api/credentials${query}`, { headers: { cookie: ownerCookie } });
      expect(response.status).toBe(200);
      expect(await response.text()).not.toContain('other-lab');
    }
  });
});

describe('another user’s personal credentials (demo-viewer’s my-gitlab)', () => {
  it('cannot be read, changed, validated or deleted by demo-owner from any context', async () => {
    const before = snapshot();
    const target = idOf('my-gitlab', 'u:2');
    for (const query of ['', 'workspaceId=201', 'workspaceId=202']) {
      for (const attempt of operations(target, query, gitlabBody)) {
        const response = await send(ownerCookie, attempt);
        // In 202 demo-owner only views, so writes stop at the role check (403) before the lookup.
        expect([404, 403], `${attempt.label} ?${query}`).toContain(response.status);
        expect(response.text).not.toContain('my-gitlab');
      }
    }
    const ownList = await app.request('/api/credentials', { headers: { cookie: ownerCookie } });
    expect(await ownList.text()).not.toContain('my-gitlab');
    expect(snapshot()).toBe(before);
    // The owner of the personal context still can.
    expect((await send(viewerCookie, operations(target, '', gitlabBody)[0] as Operation)).status).toBe(200);
  });
});

describe('read-only members', () => {
  it.each([
    ['demo-viewer in production (201)', 'viewer', 201, 'bitbucket-ci'],
    ['demo-owner in research (202), where it only views', 'owner', 202, 'research-aws'],
  ] as const)('%s get 403 on every write, and nothing changes', async (_label, who, workspaceId, name) => {
    const cookie = who === 'viewer' ? viewerCookie : ownerCookie;
    const id = idOf(name, `w:${workspaceId}`);
    const before = snapshot();
    const query = `workspaceId=${workspaceId}`;
    const writes: Operation[] = [
      { label: 'create', method: 'POST', path: `/api/credentials?${query}`, body: dockerBody('viewer-made') },
      { label: 'name check', method: 'GET', path: `/api/credentials/validate?${query}&name=viewer-made` },
      ...operations(id, query, dockerBody(name)).filter((operation) => operation.method !== 'GET'),
    ];
    for (const attempt of writes) {
      expect((await send(cookie, attempt)).status, attempt.label).toBe(403);
    }
    expect(snapshot()).toBe(before);
    // Reading stays open to them: the 403s are about the role, not about access.
    expect((await send(cookie, { label: 'list', method: 'GET', path: `/api/credentials?${query}` })).status).toBe(200);
    expect((await send(cookie, operations(id, query, undefined)[0] as Operation)).status).toBe(200);
  });
});
