import { randomBytes } from 'node:crypto';
import { insertBulkCredentials, type BulkCredential } from './bulk';
import { newCredentialsId } from './crypto';
import { badRequest } from './errors';
import type { ProviderId } from './providers';
import { regionConfig, newDataLinkId } from './seed-usage';
import { contextOf, type Store } from './store';

/** The benchmark's workspace: credentials with the compute environments, data links and pipelines that use them. */
export interface UsageBulkRequest {
  workspaceId: number;
  userId: number;
  prefix: string;
  credentials: number;
  computeEnvs: number;
  dataLinks: number;
  pipelines: number;
}

export const USAGE_BULK_DEFAULTS = { credentials: 10_000, computeEnvs: 2_000, dataLinks: 2_000, pipelines: 5_000 } as const;
const LIMIT = 20_000;

export function parseUsageBulkRequest(body: unknown, defaultUserId: number): UsageBulkRequest {
  const input = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const { workspaceId, userId = defaultUserId, prefix = `usage-${randomBytes(3).toString('hex')}` } = input;
  if (!Number.isSafeInteger(workspaceId)) throw badRequest('workspaceId must be an integer');
  if (!Number.isSafeInteger(userId)) throw badRequest('userId must be an integer');
  if (typeof prefix !== 'string' || !/^[A-Za-z0-9_-]{1,90}$/.test(prefix)) throw badRequest('prefix must be 1 to 90 name characters');
  const count = (name: keyof typeof USAGE_BULK_DEFAULTS, min: number) => {
    const value = input[name] ?? USAGE_BULK_DEFAULTS[name];
    if (!Number.isSafeInteger(value) || (value as number) < min || (value as number) > LIMIT) {
      throw badRequest(`${name} must be an integer from ${String(min)} to ${String(LIMIT)}`);
    }
    return value as number;
  };
  return {
    workspaceId: workspaceId as number,
    userId: userId as number,
    prefix,
    credentials: count('credentials', 1),
    computeEnvs: count('computeEnvs', 0),
    dataLinks: count('dataLinks', 0),
    pipelines: count('pipelines', 0),
  };
}

const COMPUTE: Partial<Record<ProviderId, { platform: string; region?: string; workDir: (i: number) => string }>> = {
  aws: { platform: 'aws-batch', region: 'eu-west-1', workDir: (i) => `s3://bench-work-${String(i)}/work` },
  google: { platform: 'google-batch', region: 'europe-west2', workDir: (i) => `gs://bench-work-${String(i)}/work` },
  ssh: { platform: 'slurm-platform', workDir: (i) => `/scratch/bench-${String(i)}/work` },
};
const STORAGE: Partial<Record<ProviderId, { provider: string; scheme: string; region: string }>> = {
  aws: { provider: 'aws', scheme: 's3', region: 'eu-west-1' },
  google: { provider: 'google', scheme: 'gs', region: 'europe-west2' },
};

/** Spreads `count` uses over `pool`, skipping every fifth entry of the pool so that some credentials stay unused. */
function spread<T>(pool: readonly T[], count: number): T[] {
  const used = pool.filter((_, index) => index % 5 !== 4);
  return Array.from({ length: used.length === 0 ? 0 : count }, (_, i) => used[i % used.length] as T);
}

/**
 * Everything in one transaction: `credentials` bulk credentials (the shapes of POST /__test/bulk), then compute
 * environments on their AWS, Google and SSH credentials (INVALID where the credential is, a few ERRORED), data
 * links on their AWS and Google credentials, and pipelines on github.com (served by the bulk GitHub credentials)
 * and on a GitLab host no credential serves, each with one of the compute environments.
 */
export function insertUsageBulk(store: Store, request: UsageBulkRequest, at: Date) {
  const now = at.getTime();
  const iso = (msAgo: number) => new Date(now - msAgo).toISOString();
  const context = contextOf(request.workspaceId, request.userId);
  const owner = { workspace_id: request.workspaceId, user_id: null };
  return store.db.transaction(() => {
    const credentials = insertBulkCredentials(store, { workspaceId: request.workspaceId, userId: request.userId, count: request.credentials, prefix: request.prefix }, at);
    const computeEnvIds: string[] = [];
    const computePool = credentials.filter((c) => COMPUTE[c.provider] !== undefined);
    spread(computePool, request.computeEnvs).forEach((credential: BulkCredential, i) => {
      const compute = COMPUTE[credential.provider];
      if (compute === undefined) return;
      const id = newCredentialsId();
      computeEnvIds.push(id);
      const status = credential.status === 'INVALID' ? 'INVALID' : i % 97 === 0 ? 'ERRORED' : 'AVAILABLE';
      store.insertComputeEnv({
        id,
        context,
        ...owner,
        name: `${request.prefix}-ce-${String(i + 1).padStart(5, '0')}`,
        description: null,
        platform: compute.platform,
        status,
        message: status === 'AVAILABLE' ? null : 'The compute environment failed its last check (bulk sample).',
        credentials_id: credential.id,
        region: compute.region ?? null,
        work_dir: compute.workDir(i),
        config: JSON.stringify(compute.region === undefined ? {} : regionConfig(compute.platform, compute.region)),
        is_primary: i === 0 ? 1 : 0,
        last_used: i % 3 === 0 ? null : iso((i % 200) * 86_400_000),
        date_created: iso(i * 1000 + 400 * 86_400_000),
        last_updated: iso(i * 1000),
      });
    });
    const storagePool = credentials.filter((c) => STORAGE[c.provider] !== undefined);
    let dataLinks = 0;
    spread(storagePool, request.dataLinks).forEach((credential, i) => {
      const storage = STORAGE[credential.provider];
      if (storage === undefined) return;
      dataLinks += 1;
      const bucket = `${request.prefix.toLowerCase()}-bucket-${String(i + 1).padStart(5, '0')}`;
      store.insertDataLink({
        id: newDataLinkId(),
        context,
        ...owner,
        name: bucket,
        description: null,
        provider: storage.provider,
        resource_ref: `${storage.scheme}://${bucket}`,
        region: storage.region,
        public_accessible: 0,
        status: 'VALID',
        message: null,
        credentialsIds: [credential.id],
      });
    });
    for (let i = 0; i < request.pipelines; i += 1) {
      const repository = i % 5 === 4 ? `https://gitlab.bench.example.com/pipelines/p${String(i)}` : `https://github.com/${request.prefix}-org/pipeline-${String(i)}`;
      store.insertPipeline({
        context,
        workspace_id: request.workspaceId,
        user_id: request.userId,
        name: `${request.prefix}-pipeline-${String(i + 1).padStart(5, '0')}`,
        description: null,
        repository,
        compute_env_id: computeEnvIds.length === 0 ? null : (computeEnvIds[i % computeEnvIds.length] ?? null),
        visibility: 'SHARED',
        date_created: iso(i * 1000 + 200 * 86_400_000),
        last_updated: iso(i * 1000),
      });
    }
    return { credentials: credentials.length, computeEnvs: computeEnvIds.length, dataLinks, pipelines: request.pipelines };
  })();
}
