import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { OWNER, VIEWER, setupApi } from './test-support';

/** The API's clock: tests move it instead of sleeping, and can say exactly which time a write records. */
let clock = Date.parse('2026-03-02T09:00:00.000Z');
const api = setupApi({ now: () => new Date(clock) });
afterAll(() => api.close());
beforeEach(async () => {
  expect((await api.call('POST', '/__test/reset', { token: null })).status).toBe(204);
});
const { call, idOf } = api;

const dockerhub = (name: string, extra: Record<string, unknown> = {}) => ({
  credentials: {
    name,
    provider: 'container-reg',
    keys: { discriminator: 'container-reg', userName: 'robot', password: 'dckr_pat_test_value_123', ...extra },
  },
});

const countRows = () =>
  (api.store.db.prepare('SELECT count(*) AS n FROM credentials').get() as { n: number }).n;

describe('authentication', () => {
  it.each([
    ['missing', null],
    ['unknown', 'not-a-token'],
  ])('answers 401 with an ErrorResponse for a %s token', async (_label, token) => {
    for (const path of ['/credentials', '/user-info', '/platforms', '/user/1/workspaces']) {
      const response = await call('GET', path, { token });
      expect(response.status).toBe(401);
      expect(typeof response.json.message).toBe('string');
    }
  });

  it('stores only token hashes', () => {
    const raw = JSON.stringify(api.store.db.prepare('SELECT * FROM users').all());
    expect(raw).not.toContain(OWNER);
    expect(raw).not.toContain(VIEWER);
  });
});

describe('GET /credentials', () => {
  it('lists a workspace with non-secret keys and read-only fields', async () => {
    const { status, json } = await call('GET', '/credentials?workspaceId=201');
    expect(status).toBe(200);
    const names = json.credentials.map((c: { name: string }) => c.name);
    expect(names).toContain('aws-batch-keys');
    expect(names).toContain('seqera-compute');
    const aws = json.credentials.find((c: { name: string }) => c.name === 'aws-batch-keys');
    expect(aws).toMatchObject({ provider: 'aws', status: 'AVAILABLE', deleted: false, keys: { discriminator: 'aws', mode: 'keys' } });
    expect(aws.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(aws.keys.secretKey).toBeUndefined();
    const invalid = json.credentials.find((c: { name: string }) => c.name === 'bitbucket-ci');
    expect(invalid.status).toBe('INVALID');
    expect(invalid.message).toMatch(/Bitbucket/);
    const ghcr = json.credentials.find((c: { name: string }) => c.name === 'ghcr');
    expect(ghcr.lastUsed).toBeUndefined();
  });

  it('lists each credential exactly as describe shows it', async () => {
    for (const query of ['?workspaceId=201', '?workspaceId=202', '']) {
      const { json } = await call('GET', `/credentials${query}`);
      for (const listed of json.credentials as { id: string }[]) {
        const described = await call('GET', `/credentials/${listed.id}${query}`);
        expect(listed).toEqual(described.json.credentials);
      }
    }
  });

  it('lists the personal context without workspaceId, only the caller’s own', async () => {
    const owner = await call('GET', '/credentials');
    expect(owner.json.credentials.map((c: { name: string }) => c.name).sort()).toEqual(['laptop-ssh', 'my-github']);
    const viewer = await call('GET', '/credentials', { token: VIEWER });
    expect(viewer.json.credentials.map((c: { name: string }) => c.name)).toEqual(['my-gitlab']);
  });

  it('filters by platformId and rejects an unknown one', async () => {
    const { json } = await call('GET', '/credentials?workspaceId=201&platformId=slurm-platform');
    expect(new Set(json.credentials.map((c: { provider: string }) => c.provider))).toEqual(new Set(['ssh', 'tw-agent']));
    expect((await call('GET', '/credentials?workspaceId=201&platformId=nope')).status).toBe(400);
  });

  it('rejects a malformed workspaceId and a workspace the caller is not in', async () => {
    for (const bad of ['abc', '1.5', '99999999999999999999', '']) {
      const response = await call('GET', `/credentials?workspaceId=${bad}`);
      expect(response.status, bad).toBe(bad === '' ? 200 : 400);
    }
    expect((await call('GET', '/credentials?workspaceId=301')).status).toBe(403);
    expect((await call('GET', '/credentials?workspaceId=424242')).status).toBe(403);
  });
});

describe('POST /credentials', () => {
  it('creates, answers {credentialsId}, and describe shows the stored record', async () => {
    const created = await call('POST', '/credentials?workspaceId=201', {
      body: { credentials: { ...dockerhub('quay-robot', { registry: 'quay.io' }).credentials, description: 'Quay', category: 'container-reg', id: 'ignored', status: 'INVALID' } },
    });
    expect(created.status).toBe(200);
    expect(Object.keys(created.json)).toEqual(['credentialsId']);
    const id = created.json.credentialsId as string;
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const described = await call('GET', `/credentials/${id}?workspaceId=201`);
    expect(described.status).toBe(200);
    expect(described.json.credentials).toMatchObject({
      id,
      name: 'quay-robot',
      description: 'Quay',
      category: 'container-reg',
      status: 'AVAILABLE',
      keys: { discriminator: 'container-reg', userName: 'robot', registry: 'quay.io' },
      dateCreated: new Date(clock).toISOString(),
      lastUpdated: new Date(clock).toISOString(),
    });
    expect(described.json.credentials.keys.password).toBeUndefined();
    expect(described.json.setupSnippet).toBeUndefined();
  });

  it('dates the demo data back from the same clock', async () => {
    const { json } = await call('GET', `/credentials/${idOf('dockerhub')}?workspaceId=201`);
    // Seeded as used today, and created 280 days ago (the third credential of its workspace: 300 − 2 × 10).
    expect(json.credentials.lastUsed).toBe(new Date(clock).toISOString());
    expect(json.credentials.dateCreated).toBe(new Date(clock - 280 * 86_400_000).toISOString());
  });

  it('defaults the registry to docker.io and rejects a registry with a scheme or path', async () => {
    const { json } = await call('POST', '/credentials?workspaceId=201', { body: dockerhub('hub-default') });
    const described = await call('GET', `/credentials/${json.credentialsId}?workspaceId=201`);
    expect(described.json.credentials.keys.registry).toBe('docker.io');
    for (const registry of ['https://ghcr.io', 'ghcr.io/org', 'host:port']) {
      const response = await call('POST', '/credentials?workspaceId=201', { body: dockerhub('bad-reg', { registry }) });
      expect(response.status, registry).toBe(400);
      expect(response.json.message).toMatch(/registry/);
    }
  });

  it('keeps names unique per context and allows the same name in another context', async () => {
    expect((await call('POST', '/credentials?workspaceId=201', { body: dockerhub('same-name') })).status).toBe(200);
    const duplicate = await call('POST', '/credentials?workspaceId=201', { body: dockerhub('same-name') });
    expect(duplicate.status).toBe(409);
    expect(duplicate.json.message).toMatch(/already in use/);
    expect((await call('POST', '/credentials', { body: dockerhub('same-name') })).status).toBe(200);
    expect((await call('POST', '/credentials?workspaceId=202', { body: dockerhub('same-name'), token: VIEWER })).status).toBe(200);
    expect((await call('POST', '/credentials', { body: dockerhub('same-name'), token: VIEWER })).status).toBe(200);
  });

  it.each([
    ['empty name', { name: '' }],
    ['name with space', { name: 'has space' }],
    ['name of 101 chars', { name: 'a'.repeat(101) }],
    ['numeric name', { name: 5 }],
    ['unknown provider', { provider: 'local', keys: { discriminator: 'local' } }],
    ['seqeracompute', { provider: 'seqeracompute', keys: { discriminator: 'seqeracompute' } }],
    ['keys not an object', { keys: 'x' }],
    ['discriminator mismatch', { keys: { discriminator: 'aws', userName: 'a', password: 'b' } }],
    ['missing discriminator', { keys: { userName: 'a', password: 'b' } }],
    ['unknown key', { keys: { discriminator: 'container-reg', userName: 'a', password: 'b', region: 'x' } }],
    ['missing password', { keys: { discriminator: 'container-reg', userName: 'a' } }],
    ['non-string key', { keys: { discriminator: 'container-reg', userName: 1, password: 'b' } }],
    ['long category', { category: 'c'.repeat(21) }],
    ['long description', { description: 'd'.repeat(1001) }],
    ['relative baseUrl', { baseUrl: 'github.com/x' }],
    ['ftp baseUrl', { baseUrl: 'ftp://example.com' }],
    ['long baseUrl', { baseUrl: `https://example.com/${'p'.repeat(200)}` }],
  ])('rejects %s with 400 and writes nothing', async (_label, override) => {
    const before = countRows();
    const body = { credentials: { ...dockerhub('valid-name').credentials, ...override } };
    const response = await call('POST', '/credentials?workspaceId=201', { body });
    expect(response.status).toBe(400);
    expect(typeof response.json.message).toBe('string');
    expect(countRows()).toBe(before);
  });

  it('rejects malformed JSON, a non-object body and an oversize body', async () => {
    const before = countRows();
    const malformed = await call('POST', '/credentials?workspaceId=201', { rawBody: '{"credentials":', headers: { 'content-type': 'application/json' } });
    expect(malformed.status).toBe(400);
    expect((await call('POST', '/credentials?workspaceId=201', { body: [1, 2] })).status).toBe(400);
    const huge = await call('POST', '/credentials?workspaceId=201', {
      body: dockerhub('huge', { password: 'x'.repeat(300 * 1024) }),
    });
    expect(huge.status).toBe(413);
    expect(huge.json.message).toMatch(/exceeds/);
    expect(countRows()).toBe(before);
  });

  it('requires gitea and s3 base URLs, and applies each provider’s required keys', async () => {
    const cases: [unknown, number][] = [
      [{ name: 'g1', provider: 'gitea', keys: { discriminator: 'gitea', username: 'u', password: 'p' } }, 400],
      [{ name: 'g2', provider: 'gitea', baseUrl: 'https://gitea.example.com', keys: { discriminator: 'gitea', username: 'u', password: 'p' } }, 200],
      [{ name: 's1', provider: 's3', keys: { discriminator: 's3', accessKey: 'a', secretKey: 's' } }, 400],
      [{ name: 'b1', provider: 'bitbucket', keys: { discriminator: 'bitbucket', username: 'u', token: 't', password: 'p' } }, 400],
      [{ name: 'b2', provider: 'bitbucket', keys: { discriminator: 'bitbucket', username: 'u', token: 't' } }, 200],
      [{ name: 'k1', provider: 'k8s', keys: { discriminator: 'k8s', certificate: 'c' } }, 400],
      [{ name: 'k2', provider: 'k8s', keys: { discriminator: 'k8s', token: 't' } }, 200],
      [{ name: 'a1', provider: 'aws', keys: { discriminator: 'aws', mode: 'role', assumeRoleArn: 'arn:aws:iam::123456789012:role/x', secretKey: 's' } }, 400],
      [{ name: 'a2', provider: 'aws', keys: { discriminator: 'aws', accessKey: 'AKIA' } }, 400],
      [{ name: 'a3', provider: 'aws', keys: { discriminator: 'aws', mode: 'other' } }, 400],
      [{ name: 'gg', provider: 'google', keys: { discriminator: 'google', serviceAccountEmail: 'x@y.iam.gserviceaccount.com' } }, 400],
      [{ name: 't1', provider: 'tw-agent', keys: { discriminator: 'tw-agent', connectionId: 'not-a-uuid' } }, 400],
      [{ name: 't2', provider: 'tw-agent', keys: { discriminator: 'tw-agent', connectionId: '7c9e6679-7425-40de-944b-e07fc1f90ae7', shared: 'yes' } }, 400],
    ];
    for (const [credentials, expected] of cases) {
      const response = await call('POST', '/credentials?workspaceId=201', { body: { credentials } });
      expect(response.status, JSON.stringify(credentials)).toBe(expected);
    }
  });

  it('forbids viewers and non-members', async () => {
    expect((await call('POST', '/credentials?workspaceId=201', { body: dockerhub('v1'), token: VIEWER })).status).toBe(403);
    expect((await call('POST', '/credentials?workspaceId=202', { body: dockerhub('v2') })).status).toBe(403);
    expect((await call('POST', '/credentials?workspaceId=301', { body: dockerhub('v3') })).status).toBe(403);
  });
});

describe('GET /credentials/validate (name check)', () => {
  it('answers 204 for a free name, 409 for a taken one, 400 for a bad one', async () => {
    expect((await call('GET', '/credentials/validate?workspaceId=201&name=fresh-name')).status).toBe(204);
    const taken = await call('GET', '/credentials/validate?workspaceId=201&name=dockerhub');
    expect(taken.status).toBe(409);
    expect(taken.json.message).toMatch(/dockerhub/);
    expect((await call('GET', '/credentials/validate?name=dockerhub')).status).toBe(204);
    expect((await call('GET', '/credentials/validate?workspaceId=201&name=bad%20name')).status).toBe(400);
    expect((await call('GET', '/credentials/validate?workspaceId=201')).status).toBe(400);
  });

  it('is for writers only', async () => {
    expect((await call('GET', '/credentials/validate?workspaceId=201&name=x', { token: VIEWER })).status).toBe(403);
  });

  it('frees the name of a deleted credential', async () => {
    const id = idOf('ghcr');
    expect((await call('DELETE', `/credentials/${id}?workspaceId=201`)).status).toBe(204);
    expect((await call('GET', '/credentials/validate?workspaceId=201&name=ghcr')).status).toBe(204);
    expect((await call('POST', '/credentials?workspaceId=201', { body: dockerhub('ghcr') })).status).toBe(200);
  });
});

describe('GET /credentials/{id}', () => {
  it('answers 404 for unknown ids, other contexts and deleted credentials', async () => {
    expect((await call('GET', '/credentials/AAAAAAAAAAAAAAAAAAAAAA?workspaceId=201')).status).toBe(404);
    const id = idOf('dockerhub');
    expect((await call('GET', `/credentials/${id}`)).status).toBe(404);
    expect((await call('GET', `/credentials/${idOf('other-lab-aws', 301)}?workspaceId=201`)).status).toBe(404);
    expect((await call('GET', `/credentials/${idOf('my-gitlab', 'u:2')}`)).status).toBe(404);
    await call('DELETE', `/credentials/${id}?workspaceId=201`);
    expect((await call('GET', `/credentials/${id}?workspaceId=201`)).status).toBe(404);
    const list = await call('GET', '/credentials?workspaceId=201');
    expect(list.json.credentials.some((c: { id: string }) => c.id === id)).toBe(false);
  });

  it('lets every role read', async () => {
    expect((await call('GET', `/credentials/${idOf('dockerhub')}?workspaceId=201`, { token: VIEWER })).status).toBe(200);
  });
});

describe('PUT /credentials/{id}', () => {
  it('replaces non-secret fields, keeps an omitted secret, replaces a sent one, bumps lastUpdated', async () => {
    const id = idOf('dockerhub');
    const digest = async () => (await call('GET', `/__test/credentials/${id}/secret-digest`, { token: null })).json.digest as string;
    const before = await call('GET', `/credentials/${id}?workspaceId=201`);
    const digestBefore = await digest();
    const createdAt = before.json.credentials.dateCreated as string;
    clock += 60_000;
    const body = { credentials: { name: 'dockerhub-renamed', provider: 'container-reg', description: 'new', keys: { discriminator: 'container-reg', userName: 'other', password: '' } } };
    expect((await call('PUT', `/credentials/${id}?workspaceId=201`, { body })).status).toBe(204);
    const after = await call('GET', `/credentials/${id}?workspaceId=201`);
    expect(after.json.credentials).toMatchObject({ name: 'dockerhub-renamed', description: 'new', keys: { userName: 'other', registry: 'docker.io' } });
    expect(after.json.credentials.category).toBeUndefined();
    expect(after.json.credentials.lastUpdated).toBe(new Date(clock).toISOString());
    expect(after.json.credentials.dateCreated).toBe(createdAt);
    expect(await digest()).toBe(digestBefore);

    body.credentials.keys.password = 'a-new-secret-value';
    expect((await call('PUT', `/credentials/${id}?workspaceId=201`, { body })).status).toBe(204);
    expect(await digest()).not.toBe(digestBefore);
  });

  it('drops the stored secret of the other mode when switching Bitbucket from token to password', async () => {
    const id = idOf('bitbucket-ci');
    const body = { credentials: { name: 'bitbucket-ci', provider: 'bitbucket', baseUrl: 'https://bitbucket.org/x', keys: { discriminator: 'bitbucket', username: 'u', password: 'app-password' } } };
    expect((await call('PUT', `/credentials/${id}?workspaceId=201`, { body })).status).toBe(204);
    const row = api.store.getCredentials(id);
    if (row === undefined) throw new Error('row vanished');
    expect(Object.keys(api.store.readKeys(row).secrets)).toEqual(['password']);
  });

  it('rejects a provider change, a taken name, viewers, and unknown ids', async () => {
    const id = idOf('dockerhub');
    const asGithub = { credentials: { name: 'dockerhub', provider: 'github', keys: { discriminator: 'github', username: 'u', password: 'p' } } };
    expect((await call('PUT', `/credentials/${id}?workspaceId=201`, { body: asGithub })).status).toBe(400);
    const clash = dockerhub('ghcr');
    expect((await call('PUT', `/credentials/${id}?workspaceId=201`, { body: clash })).status).toBe(409);
    expect((await call('PUT', `/credentials/${id}?workspaceId=201`, { body: dockerhub('dockerhub') })).status).toBe(204);
    expect((await call('PUT', `/credentials/${id}?workspaceId=201`, { body: dockerhub('dockerhub'), token: VIEWER })).status).toBe(403);
    expect((await call('PUT', `/credentials/AAAAAAAAAAAAAAAAAAAAAA?workspaceId=201`, { body: dockerhub('x') })).status).toBe(404);
    const rawBefore = JSON.stringify(api.store.getCredentials(id));
    expect((await call('PUT', `/credentials/${id}?workspaceId=201`, { rawBody: '{', headers: { 'content-type': 'application/json' } })).status).toBe(400);
    expect(JSON.stringify(api.store.getCredentials(id))).toBe(rawBefore);
  });
});

describe('DELETE /credentials/{id}', () => {
  it('answers 409 with the running workflows when checked, and deletes without running workflows', async () => {
    const id = idOf('aws-batch-keys');
    const blocked = await call('DELETE', `/credentials/${id}?workspaceId=201&checked=true`);
    expect(blocked.status).toBe(409);
    expect(blocked.json).toEqual({
      credentialsId: id,
      conflicts: [
        {
          type: 'workflow',
          id: '3xKq9TnPzW2bLd',
          name: 'nf-core/rnaseq (hungry_turing)',
          url: 'https://cloud.seqera.io/orgs/genomics-lab/workspaces/production/watch/3xKq9TnPzW2bLd',
        },
      ],
    });
    expect((await call('GET', `/credentials/${id}?workspaceId=201`)).status).toBe(200);
    const unused = idOf('gitea-internal');
    expect((await call('DELETE', `/credentials/${unused}?workspaceId=201&checked=true`)).status).toBe(204);
  });

  it('omits a null workflow url in conflicts', async () => {
    const blocked = await call('DELETE', `/credentials/${idOf('hpc-login-ssh')}?workspaceId=201&checked=true`);
    expect(blocked.json.conflicts).toEqual([{ type: 'workflow', id: '5mRv1YcHsQ8aJe', name: 'nf-core/sarek (brave_curie)' }]);
  });

  it('force-deletes (checked=false or absent), stops the workflows and soft-deletes the row', async () => {
    const id = idOf('aws-batch-keys');
    expect((await call('DELETE', `/credentials/${id}?workspaceId=201&checked=false`)).status).toBe(204);
    const workflows = (await call('GET', '/__test/workflows', { token: null })).json.workflows as { id: string; status: string }[];
    expect(workflows.find((w) => w.id === '3xKq9TnPzW2bLd')?.status).toBe('stopped');
    expect(workflows.find((w) => w.id === '5mRv1YcHsQ8aJe')?.status).toBe('running');
    expect(api.store.getCredentials(id)?.deleted).toBe(1);
    expect((await call('DELETE', `/credentials/${id}?workspaceId=201`)).status).toBe(404);
    expect((await call('DELETE', `/credentials/${idOf('dockerhub')}?workspaceId=201`)).status).toBe(204);
  });

  it('rejects viewers, bad booleans and other contexts', async () => {
    const id = idOf('gitea-internal');
    expect((await call('DELETE', `/credentials/${id}?workspaceId=201`, { token: VIEWER })).status).toBe(403);
    expect((await call('DELETE', `/credentials/${id}?workspaceId=201&checked=yes`)).status).toBe(400);
    expect((await call('DELETE', `/credentials/${id}`)).status).toBe(404);
    expect(api.store.getCredentials(id)?.deleted).toBe(0);
  });
});

describe('account endpoints', () => {
  it('user-info describes the caller', async () => {
    const { status, json } = await call('GET', '/user-info', { token: VIEWER });
    expect(status).toBe(200);
    expect(json).toMatchObject({ user: { id: 2, userName: 'demo-viewer' }, needConsent: false });
    expect(typeof json.user.email).toBe('string');
  });

  it('lists organisations (no workspaceId) and workspaces with the caller’s roles', async () => {
    const { json } = await call('GET', '/user/1/workspaces');
    const rows = json.orgsAndWorkspaces as { orgName: string; workspaceId?: number; workspaceName?: string; roles: string[] }[];
    expect(rows.filter((r) => r.workspaceId === undefined).map((r) => r.orgName)).toEqual(['genomics-lab']);
    expect(rows.filter((r) => r.workspaceId !== undefined).map((r) => [r.workspaceName, r.roles])).toEqual([
      ['production', ['owner']],
      ['research', ['view']],
      ['staging', ['admin']],
    ]);
    expect((await call('GET', '/user/2/workspaces')).status).toBe(403);
    expect((await call('GET', '/user/abc/workspaces')).status).toBe(400);
  });

  it('lists roles in an organisation for the caller only', async () => {
    const { status, json } = await call('GET', '/orgs/1001/users/2/roles', { token: VIEWER });
    expect(status).toBe(200);
    expect(json.user).toMatchObject({ userId: 2, role: 'member' });
    expect(json.userWorkspaces.map((w: { workspaceName: string; roles: { role: string }[] }) => [w.workspaceName, w.roles[0]?.role])).toEqual([
      ['production', 'view'],
      ['research', 'admin'],
    ]);
    expect((await call('GET', '/orgs/1001/users/1/roles', { token: VIEWER })).status).toBe(403);
    expect((await call('GET', '/orgs/1002/users/1/roles')).status).toBe(403);
  });

  it('lists platforms with the providers each accepts', async () => {
    const { json } = await call('GET', '/platforms?workspaceId=201');
    const byId = new Map((json.platforms as { id: string; credentialsProviders: string[] }[]).map((p) => [p.id, p]));
    expect(byId.get('aws-batch')?.credentialsProviders).toEqual(['aws']);
    expect(byId.get('slurm-platform')?.credentialsProviders).toEqual(['ssh', 'tw-agent']);
    expect((await call('GET', '/platforms?workspaceId=301')).status).toBe(403);
    expect((await call('GET', '/platforms?orgId=x')).status).toBe(400);
  });
});

describe('test hooks', () => {
  it('are absent unless enabled', async () => {
    const plain = setupApi({ testHooks: false });
    try {
      expect((await plain.call('POST', '/__test/reset', { token: null })).status).toBe(401);
      expect((await plain.call('POST', '/__test/reset')).status).toBe(404);
    } finally {
      plain.close();
    }
  });

  it('inject failures for matching requests a given number of times', async () => {
    const fail = { method: 'DELETE', pathPrefix: '/credentials/', status: 500, times: 1 };
    expect((await call('POST', '/__test/fail', { token: null, body: fail })).status).toBe(204);
    const id = idOf('gitea-internal');
    const first = await call('DELETE', `/credentials/${id}?workspaceId=201`);
    expect(first.status).toBe(500);
    expect(typeof first.json.message).toBe('string');
    expect((await call('DELETE', `/credentials/${id}?workspaceId=201`)).status).toBe(204);
  });
});
