import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { parseDataLinkSearch } from './usage-routes';
import { VIEWER, setupApi } from './test-support';

const NOW = Date.parse('2026-03-02T09:00:00.000Z');
const DAY = 86_400_000;
const api = setupApi({ now: () => new Date(NOW) });
afterAll(() => api.close());
beforeEach(async () => {
  expect((await api.call('POST', '/__test/reset', { token: null })).status).toBe(204);
});
const { call, idOf } = api;

interface Named {
  id: string;
  name: string;
}
const names = (rows: { name: string }[]) => rows.map((row) => row.name);

/** Adds a bulk workspace of usage rows to production through the test hook. */
async function usageBulk(body: Record<string, unknown>) {
  const response = await call('POST', '/__test/usage-bulk', { token: null, body: { workspaceId: 201, ...body } });
  expect(response.status).toBe(200);
  return response.json as { created: Record<string, number>; prefix: string };
}

describe('GET /compute-envs', () => {
  it('lists a workspace by name with the fields the document gives list entries, credentialsId pointing at the credential', async () => {
    const { status, json } = await call('GET', '/compute-envs?workspaceId=201');
    expect(status).toBe(200);
    const list = json.computeEnvs as Record<string, unknown>[];
    expect(names(list as never)).toEqual([...names(list as never)].sort());
    const prod = list.find((ce) => ce.name === 'aws-batch-prod');
    expect(prod).toEqual({
      id: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
      name: 'aws-batch-prod',
      description: 'Production runs, on-demand instances',
      platform: 'aws-batch',
      status: 'AVAILABLE',
      credentialsId: idOf('aws-batch-keys'),
      region: 'eu-west-1',
      workDir: 's3://genomics-lab-work/prod',
      lastUsed: new Date(NOW - DAY).toISOString(),
      primary: true,
      workspaceName: 'production',
      labels: null,
      resources: null,
    });
    // A compute environment without a region (Slurm) leaves it out rather than sending null.
    const slurm = list.find((ce) => ce.name === 'slurm-hpc');
    expect(slurm).toMatchObject({ platform: 'slurm-platform', credentialsId: idOf('hpc-login-ssh') });
    expect(slurm).not.toHaveProperty('region');
    expect(slurm).not.toHaveProperty('message');
  });

  it('filters by status, and refuses a status the document does not list', async () => {
    const errored = await call('GET', '/compute-envs?workspaceId=201&status=ERRORED');
    expect(names(errored.json.computeEnvs)).toEqual(['azure-batch-westeurope']);
    expect(errored.json.computeEnvs[0].message).toMatch(/quota/);
    const invalid = await call('GET', '/compute-envs?workspaceId=202&status=INVALID');
    expect(invalid.json.computeEnvs.map((ce: { credentialsId: string }) => ce.credentialsId)).toEqual([idOf('research-azure-batch', 202)]);
    expect((await call('GET', '/compute-envs?workspaceId=201&status=INVALID')).json.computeEnvs).toEqual([]);
    expect((await call('GET', '/compute-envs?workspaceId=201&status=available')).status).toBe(400);
  });

  it('answers labels as [] only when asked for, and refuses unknown attributes', async () => {
    const asked = await call('GET', '/compute-envs?workspaceId=201&attributes=labels,resources');
    expect(asked.json.computeEnvs.every((ce: { labels: unknown }) => Array.isArray(ce.labels))).toBe(true);
    const repeated = await call('GET', '/compute-envs?workspaceId=201&attributes=labels&attributes=resources');
    expect(repeated.status).toBe(200);
    expect((await call('GET', '/compute-envs?workspaceId=201&attributes=secrets')).status).toBe(400);
  });

  it('lets viewers read; a workspace the caller is not in is 403; the personal context is the caller’s own', async () => {
    expect((await call('GET', '/compute-envs?workspaceId=201', { token: VIEWER })).status).toBe(200);
    expect((await call('GET', '/compute-envs?workspaceId=301')).status).toBe(403);
    expect(names((await call('GET', '/compute-envs')).json.computeEnvs)).toEqual(['my-slurm']);
    expect((await call('GET', '/compute-envs', { token: VIEWER })).json.computeEnvs).toEqual([]);
    expect((await call('GET', '/compute-envs?workspaceId=x')).status).toBe(400);
    expect((await call('GET', '/compute-envs', { token: null })).status).toBe(401);
  });
});

describe('GET /compute-envs/{computeEnvId}', () => {
  const idOfCe = async (name: string, query = 'workspaceId=201') =>
    ((await call('GET', `/compute-envs?${query}`)).json.computeEnvs as Named[]).find((ce) => ce.name === name)?.id ?? 'missing';

  it('describes one with workDir and region inside config, as ComputeEnvResponseDto does', async () => {
    const id = await idOfCe('google-batch-eu');
    const { status, json } = await call('GET', `/compute-envs/${id}?workspaceId=201`);
    expect(status).toBe(200);
    expect(json.computeEnv).toMatchObject({
      id,
      name: 'google-batch-eu',
      platform: 'google-batch',
      credentialsId: idOf('google-batch'),
      status: 'AVAILABLE',
      workspaceId: 201,
      orgId: 1001,
      primary: false,
      deleted: false,
      config: { discriminator: 'google-batch', workDir: 'gs://genomics-lab-prod-work/scratch', location: 'europe-west2', projectId: 'genomics-lab-prod' },
    });
    expect(json.computeEnv).not.toHaveProperty('labels');
    expect((await call('GET', `/compute-envs/${id}?workspaceId=201&attributes=labels`)).json.computeEnv.labels).toEqual([]);
  });

  it('answers 404 for an unknown id or one of another context, 403 for a workspace the caller is not in', async () => {
    const production = await idOfCe('aws-batch-prod');
    expect((await call('GET', '/compute-envs/AAAAAAAAAAAAAAAAAAAAAA?workspaceId=201')).status).toBe(404);
    expect((await call('GET', `/compute-envs/${production}?workspaceId=202`)).status).toBe(404);
    expect((await call('GET', `/compute-envs/${production}`)).status).toBe(404);
    expect((await call('GET', `/compute-envs/${production}?workspaceId=301`)).status).toBe(403);
    // The viewer owns 301; demo-owner is no member there and cannot reach its compute environment from 201 either.
    const shared = ((await call('GET', '/compute-envs?workspaceId=301', { token: VIEWER })).json.computeEnvs as Named[])[0]?.id ?? 'missing';
    expect((await call('GET', `/compute-envs/${shared}?workspaceId=301`, { token: VIEWER })).status).toBe(200);
    expect((await call('GET', `/compute-envs/${shared}?workspaceId=301`)).status).toBe(403);
    expect((await call('GET', `/compute-envs/${shared}?workspaceId=201`)).status).toBe(404);
  });
});

describe('GET /data-links', () => {
  it('lists with the credentials of each link (id, name, provider) and totalSize', async () => {
    const { status, json } = await call('GET', '/data-links?workspaceId=201');
    expect(status).toBe(200);
    expect(json.totalSize).toBe(json.dataLinks.length);
    const results = json.dataLinks.find((link: Named) => link.name === 'genomics-lab-results');
    expect(results).toMatchObject({ type: 'bucket', provider: 'aws', resourceRef: 's3://genomics-lab-results', region: 'eu-west-1', status: 'VALID' });
    expect([...results.credentials].sort((a: Named, b: Named) => a.name.localeCompare(b.name))).toEqual([
      { id: idOf('aws-batch-keys'), name: 'aws-batch-keys', provider: 'aws' },
      { id: idOf('aws-batch-role'), name: 'aws-batch-role', provider: 'aws' },
    ]);
    const providers = new Set(json.dataLinks.map((link: { provider: string }) => link.provider));
    expect(providers).toEqual(new Set(['aws', 'google', 'azure', 's3']));
  });

  it('filters by credentialsId server-side; unknown, deleted or foreign credentials are 404', async () => {
    const keys = idOf('aws-batch-keys');
    const { json } = await call('GET', `/data-links?workspaceId=201&credentialsId=${keys}`);
    expect(names(json.dataLinks)).toEqual(['genomics-lab-raw', 'genomics-lab-results']);
    expect(json.totalSize).toBe(2);
    expect(json.dataLinks.every((link: { credentials: Named[] }) => link.credentials.some((c) => c.id === keys))).toBe(true);
    expect((await call('GET', `/data-links?workspaceId=201&credentialsId=${idOf('dockerhub')}`)).json).toEqual({ dataLinks: [], totalSize: 0 });
    expect((await call('GET', '/data-links?workspaceId=201&credentialsId=AAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404);
    expect((await call('GET', `/data-links?workspaceId=201&credentialsId=${idOf('research-aws', 202)}`)).status).toBe(404);
    const minio = idOf('s3-minio');
    expect((await call('DELETE', `/credentials/${minio}?workspaceId=201`)).status).toBe(204);
    expect((await call('GET', `/data-links?workspaceId=201&credentialsId=${minio}`)).status).toBe(404);
    // The link stays, without the deleted credential.
    const after = (await call('GET', '/data-links?workspaceId=201')).json.dataLinks.find((link: Named) => link.name === 'sequencer-drop');
    expect(after.credentials).toEqual([]);
  });

  it('pages with max and offset, totalSize counting every match', async () => {
    const all = names((await call('GET', '/data-links?workspaceId=201')).json.dataLinks);
    const page = await call('GET', '/data-links?workspaceId=201&max=2&offset=1');
    expect(names(page.json.dataLinks)).toEqual(all.slice(1, 3));
    expect(page.json.totalSize).toBe(all.length);
    expect((await call('GET', `/data-links?workspaceId=201&offset=${all.length}`)).json).toEqual({ dataLinks: [], totalSize: all.length });
    expect((await call('GET', '/data-links?workspaceId=201&max=0')).json.dataLinks).toEqual([]);
    for (const bad of ['max=-1', 'offset=-2', 'max=two', 'max=2147483648']) {
      expect((await call('GET', `/data-links?workspaceId=201&${bad}`)).status, bad).toBe(400);
    }
  });

  it('searches names case-insensitively, with region: and provider: keywords', async () => {
    const search = async (text: string) => names((await call('GET', `/data-links?workspaceId=201&search=${encodeURIComponent(text)}`)).json.dataLinks);
    expect(await search('LAB-R')).toEqual(['genomics-lab-raw', 'genomics-lab-results']);
    expect(await search('region:europe-west2')).toEqual(['genomics-lab-prod-work']);
    expect(await search('provider:AZURE')).toEqual(['genomicsstoreeu-inputs']);
    expect(await search('genomics provider:aws region:eu-west-1')).toEqual(['genomics-lab-raw', 'genomics-lab-results']);
    expect(await search('nothing-like-this')).toEqual([]);
    expect(parseDataLinkSearch('  a  Region:X provider:Y b ')).toEqual({ name: 'a b', region: 'x', provider: 'y' });
  });

  it('is readable by viewers and 403 in a workspace the caller is not in', async () => {
    expect((await call('GET', '/data-links?workspaceId=201', { token: VIEWER })).status).toBe(200);
    expect((await call('GET', '/data-links?workspaceId=301')).status).toBe(403);
    expect((await call('GET', '/data-links')).json).toEqual({ dataLinks: [], totalSize: 0 });
  });
});

describe('GET /pipelines', () => {
  it('lists with repository, owner and workspace; computeEnv only with attributes=computeEnv', async () => {
    const plain = await call('GET', '/pipelines?workspaceId=201');
    expect(plain.status).toBe(200);
    expect(plain.json.totalSize).toBe(plain.json.pipelines.length);
    const rnaseq = plain.json.pipelines.find((p: { name: string }) => p.name === 'nf-core-rnaseq');
    expect(rnaseq).toMatchObject({ pipelineId: expect.any(Number), repository: 'https://github.com/nf-core/rnaseq', workspaceId: 201, workspaceName: 'production', orgName: 'genomics-lab', userName: 'demo-owner' });
    expect(rnaseq).not.toHaveProperty('computeEnv');
    const withCe = await call('GET', '/pipelines?workspaceId=201&attributes=computeEnv');
    const ce = withCe.json.pipelines.find((p: { name: string }) => p.name === 'variant-calling').computeEnv;
    expect(ce).toEqual({ id: expect.any(String), name: 'k8s-onprem', platform: 'k8s-platform' });
    expect(withCe.json.pipelines.find((p: { name: string }) => p.name === 'panel-qc')).not.toHaveProperty('computeEnv');
    expect((await call('GET', '/pipelines?workspaceId=201&attributes=everything')).status).toBe(400);
  });

  it('pages, searches name and repository, and sorts', async () => {
    const all = names((await call('GET', '/pipelines?workspaceId=201')).json.pipelines);
    expect(all).toEqual([...all].sort());
    const page = await call('GET', '/pipelines?workspaceId=201&max=3&offset=3');
    expect(names(page.json.pipelines)).toEqual(all.slice(3, 6));
    expect(page.json.totalSize).toBe(all.length);
    const gitlab = await call('GET', '/pipelines?workspaceId=201&search=GITLAB.GENOMICS-LAB');
    expect(names(gitlab.json.pipelines)).toEqual(['qc-reports', 'variant-calling']);
    expect(gitlab.json.totalSize).toBe(2);
    expect(names((await call('GET', '/pipelines?workspaceId=201&search=sarek')).json.pipelines)).toEqual(['nf-core-sarek']);
    const newest = await call('GET', '/pipelines?workspaceId=201&sortBy=MODIFIED&sortDir=DESCENDING&max=1');
    expect(names(newest.json.pipelines)).toEqual(['lab-rnaseq-fork']);
    expect((await call('GET', '/pipelines?workspaceId=201&sortDir=UP')).status).toBe(400);
  });

  it('keeps workspaces apart: viewers read, foreign workspaces are 403, personal pipelines are the caller’s', async () => {
    expect((await call('GET', '/pipelines?workspaceId=201', { token: VIEWER })).status).toBe(200);
    expect((await call('GET', '/pipelines?workspaceId=301')).status).toBe(403);
    expect(names((await call('GET', '/pipelines')).json.pipelines)).toEqual(['scratch-pipeline']);
    expect((await call('GET', '/pipelines', { token: VIEWER })).json).toEqual({ pipelines: [], totalSize: 0 });
    const shared = await call('GET', '/pipelines?workspaceId=301', { token: VIEWER });
    expect(names(shared.json.pipelines)).toEqual(['hic']);
  });
});

describe('the demo seed', () => {
  const rows = <T>(sql: string) => api.store.db.prepare(sql).all() as T[];

  it('points every compute environment and data link at a live credential of its own context', () => {
    const dangling = rows<{ id: string }>(
      `SELECT ce.id FROM compute_envs ce LEFT JOIN credentials c ON c.id = ce.credentials_id
       WHERE c.id IS NULL OR c.context <> ce.context OR c.deleted = 1
       UNION ALL
       SELECT dl.id FROM data_link_credentials dlc JOIN data_links dl ON dl.id = dlc.data_link_id
       LEFT JOIN credentials c ON c.id = dlc.credentials_id WHERE c.id IS NULL OR c.context <> dl.context OR c.deleted = 1
       UNION ALL
       SELECT CAST(p.id AS TEXT) FROM pipelines p JOIN compute_envs ce ON ce.id = p.compute_env_id WHERE ce.context <> p.context`,
    );
    expect(dangling).toEqual([]);
    expect(rows<{ n: number }>('SELECT count(*) AS n FROM compute_envs')[0]?.n).toBeGreaterThan(5);
  });

  it('holds what the usage views need: several platforms, an INVALID compute environment on an INVALID credential, three storage clouds, three Git hosts', () => {
    const platforms = rows<{ platform: string }>('SELECT DISTINCT platform FROM compute_envs').map((r) => r.platform);
    expect(platforms).toEqual(expect.arrayContaining(['aws-batch', 'google-batch', 'azure-batch', 'k8s-platform', 'eks-platform', 'slurm-platform']));
    const invalid = rows<{ credentials_status: string }>(
      `SELECT c.status AS credentials_status FROM compute_envs ce JOIN credentials c ON c.id = ce.credentials_id WHERE ce.status = 'INVALID'`,
    );
    expect(invalid).toEqual([{ credentials_status: 'INVALID' }]);
    const storage = rows<{ provider: string }>('SELECT DISTINCT provider FROM data_links').map((r) => r.provider);
    expect(storage).toEqual(expect.arrayContaining(['aws', 'google', 'azure']));
    const repositories = rows<{ repository: string }>('SELECT repository FROM pipelines').map((r) => new URL(r.repository).host);
    expect(repositories).toEqual(expect.arrayContaining(['github.com', 'bitbucket.org', 'gitlab.genomics-lab.example.com']));
    // The self-hosted GitLab's pipelines have a GitLab credential whose base URL is a prefix of their repository.
    const gitlab = rows<{ base_url: string }>("SELECT base_url FROM credentials WHERE provider = 'gitlab' AND context = 'w:201'").map((r) => r.base_url);
    const selfHosted = rows<{ repository: string }>("SELECT repository FROM pipelines WHERE repository LIKE 'https://gitlab.genomics-lab.example.com/%'");
    expect(selfHosted.length).toBeGreaterThan(0);
    for (const { repository } of selfHosted) expect(gitlab.some((base) => repository.startsWith(`${base}/`))).toBe(true);
  });

  it('has credentials used by nothing, unused for months, never used and old, and one not rotated for 180 days', () => {
    const unused = rows<{ name: string }>(
      `SELECT name FROM credentials c WHERE context = 'w:201'
       AND NOT EXISTS (SELECT 1 FROM compute_envs WHERE credentials_id = c.id)
       AND NOT EXISTS (SELECT 1 FROM data_link_credentials WHERE credentials_id = c.id)`,
    ).map((r) => r.name);
    expect(unused).toEqual(expect.arrayContaining(['azure-cloud-vm', 'tw-agent-hpc']));
    const credentials = rows<{ name: string; last_used: string | null; date_created: string; last_updated: string }>(
      "SELECT name, last_used, date_created, last_updated FROM credentials WHERE context = 'w:201'",
    );
    const age = (iso: string) => (NOW - Date.parse(iso)) / DAY;
    expect(credentials.filter((c) => c.last_used !== null && age(c.last_used) > 90).length).toBeGreaterThan(0);
    expect(credentials.filter((c) => c.last_used === null && age(c.date_created) > 30).length).toBeGreaterThan(0);
    expect(credentials.filter((c) => age(c.last_updated) > 180).map((c) => c.name)).toEqual(['aws-batch-keys']);
    expect(credentials.every((c) => Date.parse(c.last_updated) >= Date.parse(c.date_created))).toBe(true);
  });

  it('leaves a checked delete reporting only running jobs, whatever compute environments use the credential', async () => {
    const ssh = idOf('hpc-login-ssh');
    const blocked = await call('DELETE', `/credentials/${ssh}?workspaceId=201&checked=true`);
    expect(blocked.status).toBe(409);
    expect(blocked.json.conflicts.map((c: { type: string }) => c.type)).toEqual(['workflow']);
    // Used by compute environments and data links, but no running job: deleted.
    expect((await call('DELETE', `/credentials/${idOf('google-batch')}?workspaceId=201&checked=true`)).status).toBe(204);
  });
});

describe('test hooks', () => {
  it('usage-bulk seeds credentials, compute environments, data links and pipelines in one go, every reference in the workspace', async () => {
    const { created, prefix } = await usageBulk({ credentials: 60, computeEnvs: 20, dataLinks: 15, pipelines: 40, prefix: 'ub' });
    expect(created).toEqual({ credentials: 60, computeEnvs: 20, dataLinks: 15, pipelines: 40 });
    const ces = (await call('GET', '/compute-envs?workspaceId=201')).json.computeEnvs.filter((ce: Named) => ce.name.startsWith(`${prefix}-`));
    expect(ces).toHaveLength(20);
    const credentials = new Map<string, { status: string }>(
      (await call('GET', '/credentials?workspaceId=201')).json.credentials.map((c: Named & { status: string }) => [c.id, c]),
    );
    for (const ce of ces) expect(credentials.has(ce.credentialsId)).toBe(true);
    // A compute environment on an INVALID credential is INVALID.
    for (const ce of ces) if (credentials.get(ce.credentialsId)?.status === 'INVALID') expect(ce.status).toBe('INVALID');
    const links = await call('GET', `/data-links?workspaceId=201&search=${prefix}-bucket&max=10`);
    expect(links.json.totalSize).toBe(15);
    expect(links.json.dataLinks).toHaveLength(10);
    const pipelines = await call('GET', `/pipelines?workspaceId=201&search=${prefix}-pipeline&attributes=computeEnv&max=1`);
    expect(pipelines.json.totalSize).toBe(40);
    expect(pipelines.json.pipelines[0].computeEnv.name).toMatch(new RegExp(`^${prefix}-ce-`));
    // Some bulk credentials are left unused.
    const used = new Set(ces.map((ce: { credentialsId: string }) => ce.credentialsId));
    expect([...credentials.keys()].filter((id) => !used.has(id)).length).toBeGreaterThan(0);
  });

  it('usage-bulk refuses bad input and rolls back on a name clash', async () => {
    expect((await call('POST', '/__test/usage-bulk', { token: null, body: { workspaceId: 999 } })).status).toBe(400);
    expect((await call('POST', '/__test/usage-bulk', { token: null, body: { workspaceId: 201, pipelines: -1 } })).status).toBe(400);
    expect((await call('POST', '/__test/usage-bulk', { token: null, body: { workspaceId: 201, credentials: 20_001 } })).status).toBe(400);
    await usageBulk({ credentials: 5, computeEnvs: 2, dataLinks: 2, pipelines: 2, prefix: 'clash' });
    const before = (await call('GET', '/compute-envs?workspaceId=201')).json.computeEnvs.length;
    expect((await call('POST', '/__test/usage-bulk', { token: null, body: { workspaceId: 201, credentials: 5, computeEnvs: 2, prefix: 'clash' } })).status).toBe(409);
    expect((await call('GET', '/compute-envs?workspaceId=201')).json.computeEnvs.length).toBe(before);
  });

  it('fail with workspaceId makes only that workspace’s calls fail, as often as asked', async () => {
    const fail = { method: 'GET', pathPrefix: '/compute-envs', status: 404, times: 2, workspaceId: 201 };
    expect((await call('POST', '/__test/fail', { token: null, body: fail })).status).toBe(204);
    expect((await call('GET', '/compute-envs?workspaceId=202')).status).toBe(200);
    expect((await call('GET', '/compute-envs')).status).toBe(200);
    expect((await call('GET', '/data-links?workspaceId=201')).status).toBe(200);
    expect((await call('GET', '/compute-envs?workspaceId=201')).status).toBe(404);
    expect((await call('GET', '/compute-envs?workspaceId=201')).status).toBe(404);
    expect((await call('GET', '/compute-envs?workspaceId=201')).status).toBe(200);
    expect((await call('POST', '/__test/fail', { token: null, body: { ...fail, workspaceId: 'x' } })).status).toBe(400);
  });
});
