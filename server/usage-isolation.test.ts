/**
 * What uses credentials (compute environments, data links, pipelines) through the whole app server, for each
 * tenant boundary: session cookie → /api → embedded API, and in proxy mode → a Seqera on 127.0.0.1.
 * server/api/usage.test.ts checks the operations against the API alone.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildEmbeddedApi } from './api/embedded';
import { listen, type RunningServer } from './http-server';
import { createTestApp, CSRF, OWNER_TOKEN, signIn, VIEWER_TOKEN } from './test-support';
import { embeddedUpstream, proxyUpstream } from './upstream';

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

const get = async (cookie: string, path: string) => {
  const response = await app.request(path, { headers: { cookie } });
  return { status: response.status, text: await response.text() };
};

const idsOf = (table: 'compute_envs' | 'data_links', context: string) =>
  internals.store.db.prepare<[string], string>(`SELECT id FROM ${table} WHERE context = ?`).pluck().all(context);

/** Every usage list of one context ('' = personal). */
const lists = (query: string) => {
  const q = query === '' ? '' : `?${query}`;
  return ['/api/compute-envs', '/api/data-links', '/api/pipelines', '/api/pipelines?attributes=computeEnv'].map((path) =>
    path.includes('?') ? `${path}${query === '' ? '' : `&${query}`}` : `${path}${q}`,
  );
};

describe('usage of a workspace the user does not belong to (demo-owner and workspace 301)', () => {
  it('refuses every list and describe addressed to it with 403, naming nothing of it', async () => {
    const ce = idsOf('compute_envs', 'w:301')[0] ?? 'missing';
    const link = idsOf('data_links', 'w:301')[0] ?? 'missing';
    const credentialsId = internals.store.db.prepare<[], string>("SELECT id FROM credentials WHERE context = 'w:301' LIMIT 1").pluck().get() ?? 'missing';
    for (const path of [...lists('workspaceId=301'), `/api/compute-envs/${ce}?workspaceId=301`, `/api/data-links?workspaceId=301&credentialsId=${credentialsId}`]) {
      const response = await get(ownerCookie, path);
      expect(response.status, path).toBe(403);
      expect(response.text, path).not.toMatch(/other-lab|hic/);
    }
    // Its ids never reach anything from the user's own contexts: 404 like an id that does not exist.
    for (const query of ['workspaceId=201', '']) {
      const sep = query === '' ? '?' : `?${query}&`;
      const control = await get(ownerCookie, `/api/compute-envs/AAAAAAAAAAAAAAAAAAAAAA${sep.slice(0, -1)}`);
      const response = await get(ownerCookie, `/api/compute-envs/${ce}${sep.slice(0, -1)}`);
      expect([response.status, response.text]).toEqual([404, control.text]);
      expect((await get(ownerCookie, `/api/data-links${sep}credentialsId=${credentialsId}`)).status).toBe(404);
      for (const path of lists(query)) expect((await get(ownerCookie, path)).text, path).not.toContain(link);
    }
  });

  it('never shows its rows in the user’s own lists', async () => {
    for (const query of ['workspaceId=201', 'workspaceId=202', '']) {
      for (const path of lists(query)) {
        const response = await get(ownerCookie, path);
        expect(response.status, path).toBe(200);
        expect(response.text, path).not.toMatch(/other-lab/);
      }
    }
  });
});

describe('personal contexts', () => {
  it('show each user only their own compute environments and pipelines', async () => {
    const own = await get(ownerCookie, '/api/pipelines');
    expect(own.text).toContain('scratch-pipeline');
    for (const path of lists('')) expect((await get(viewerCookie, path)).text, path).not.toMatch(/scratch-pipeline|my-slurm/);
    const mySlurm = idsOf('compute_envs', 'u:1')[0] ?? 'missing';
    expect((await get(viewerCookie, `/api/compute-envs/${mySlurm}`)).status).toBe(404);
    expect((await get(ownerCookie, `/api/compute-envs/${mySlurm}`)).status).toBe(200);
  });
});

describe('read-only members', () => {
  it.each([
    ['demo-viewer in production (201)', 'viewer', 201],
    ['demo-owner in research (202)', 'owner', 202],
  ] as const)('%s read every usage list and describe', async (_label, who, workspaceId) => {
    const cookie = who === 'viewer' ? viewerCookie : ownerCookie;
    for (const path of lists(`workspaceId=${workspaceId}`)) expect((await get(cookie, path)).status, path).toBe(200);
    const ce = idsOf('compute_envs', `w:${workspaceId}`)[0] ?? 'missing';
    expect((await get(cookie, `/api/compute-envs/${ce}?workspaceId=${workspaceId}`)).status).toBe(200);
  });
});

describe('proxy mode', () => {
  // A stand-in Seqera on 127.0.0.1 recording what reaches it: the usage paths are forwarded as they are.
  const seen: string[] = [];
  let upstream: RunningServer;
  beforeAll(async () => {
    upstream = await listen(async (request) => {
      seen.push(request.url);
      return internals.api.fetch(request);
    }, 0, '127.0.0.1');
  });
  afterAll(async () => upstream.close());

  it('forwards the usage operations with their query, answering what the API answers', async () => {
    const proxy = createTestApp({ upstream: proxyUpstream({ baseUrl: upstream.url }), demoTokens: undefined }).app;
    const cookie = await signIn(proxy, OWNER_TOKEN);
    const ce = idsOf('compute_envs', 'w:201')[0] ?? 'missing';
    const credentialsId = internals.store.db.prepare<[], string>("SELECT id FROM credentials WHERE context = 'w:201' AND name = 'aws-batch-keys'").pluck().get() ?? 'missing';
    for (const path of [
      '/compute-envs?workspaceId=201&status=ERRORED&attributes=labels,resources',
      `/compute-envs/${ce}?workspaceId=201&attributes=labels`,
      `/data-links?workspaceId=201&credentialsId=${credentialsId}&search=lab%20region%3Aeu-west-1&max=1&offset=1`,
      '/pipelines?workspaceId=201&max=2&offset=1&search=gitlab&attributes=computeEnv',
    ]) {
      const proxied = await proxy.request(`/api${path}`, { headers: { cookie } });
      expect(seen.at(-1), path).toBe(`${upstream.url}${path}`);
      const direct = await internals.api.fetch(new Request(`http://api.test${path}`, { headers: { authorization: `Bearer ${OWNER_TOKEN}` } }));
      expect(proxied.status, path).toBe(200);
      expect(await proxied.text(), path).toBe(await direct.text());
    }
  });
});
