import { createPrivateKey, generateKeyPairSync, randomBytes, randomInt, randomUUID } from 'node:crypto';
import { newCredentialsId, sha256Hex } from './crypto';
import { splitKeys, type ProviderId, type PublicKeys } from './providers';
import { K8S_TEST_CERTIFICATE, K8S_TEST_PRIVATE_KEY } from './seed-fixtures';
import { DEMO_OWNER_ID, DEMO_PAIRING_ID, DEMO_VIEWER_ID, ORG_GENOMICS, ORG_OTHER, WS_PRODUCTION, WS_RESEARCH, WS_SHARED, WS_STAGING } from './seed-ids';
import { seedUsage } from './seed-usage';
import type { CredentialsStatus, Store } from './store';

export { DEMO_OWNER_ID, DEMO_PAIRING_ID, DEMO_VIEWER_ID, ORG_GENOMICS, ORG_OTHER, WS_PRODUCTION, WS_RESEARCH, WS_SHARED, WS_STAGING } from './seed-ids';

const UPPER_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const pick = (alphabet: string, length: number) =>
  Array.from({ length }, () => alphabet[randomInt(alphabet.length)]).join('');
const awsAccessKeyId = () => `AKIA${pick(UPPER_DIGITS, 16)}`;
const awsSecret = () => pick(`${ALNUM}+/`, 40);
const azureAccountKey = () => randomBytes(64).toString('base64');

/**
 * RSA generation costs ~150 ms a key; tests and e2e resets reseed often, so one process reuses its RSA pairs.
 * Every value stays distinct within a database, which is what the "no secret in any response" tests rely on.
 */
const rsaCache: { privateKey: string; publicKey: string }[] = [];
function rsaPair(index: number, type: 'pkcs1' | 'pkcs8') {
  while (rsaCache.length <= index) {
    const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
    rsaCache.push({
      privateKey: pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      publicKey: pair.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    });
  }
  const pair = rsaCache[index] as (typeof rsaCache)[number];
  if (type === 'pkcs8') return pair;
  return { ...pair, privateKey: createPrivateKey(pair.privateKey).export({ type: 'pkcs1', format: 'pem' }).toString() };
}

function ecPrivateKeyPem(): string {
  return generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey.export({ type: 'sec1', format: 'pem' }).toString();
}

function googleServiceAccountJson(project: string, account: string): string {
  return JSON.stringify(
    {
      type: 'service_account',
      project_id: project,
      private_key_id: randomBytes(20).toString('hex'),
      private_key: rsaPair(1, 'pkcs8').privateKey,
      client_email: `${account}@${project}.iam.gserviceaccount.com`,
      client_id: String(randomInt(1e9, 2e9)) + String(randomInt(1e9, 2e9)),
      auth_uri: 'https://accounts.google.com/o/oauth2/auth',
      token_uri: 'https://oauth2.googleapis.com/token',
    },
    null,
    2,
  );
}

interface SeedCredential {
  name: string;
  provider: ProviderId;
  description?: string;
  baseUrl?: string;
  category?: string;
  /** Flat keys; PROVIDERS decides which are sealed. */
  keys: PublicKeys;
  status?: CredentialsStatus;
  message?: string;
  /** Days ago; undefined = never used. */
  lastUsedDaysAgo?: number;
  /** Days ago it was last changed (rotated); default: some days after it was created, within 180 days. */
  lastUpdatedDaysAgo?: number;
}

function productionCredentials(): SeedCredential[] {
  return [
    {
      name: 'aws-batch-keys',
      provider: 'aws',
      description: 'Access keys of the pipeline runner IAM user (eu-west-1)',
      category: 'cloud-compute',
      keys: { mode: 'keys', accessKey: awsAccessKeyId(), secretKey: awsSecret() },
      lastUsedDaysAgo: 1,
      // The access keys have not been rotated for months: the one "not rotated" case of the demo.
      lastUpdatedDaysAgo: 250,
    },
    {
      name: 'aws-batch-role',
      provider: 'aws',
      description: 'Cross-account role for AWS Batch, with a Platform-managed External ID',
      category: 'cloud-compute',
      keys: { mode: 'role', assumeRoleArn: 'arn:aws:iam::123456789012:role/SeqeraBatchAccess', externalId: randomUUID() },
      lastUsedDaysAgo: 3,
    },
    {
      name: 'dockerhub',
      provider: 'container-reg',
      category: 'container-reg',
      keys: { userName: 'genomicslab', registry: 'docker.io', password: `dckr_pat_${pick(ALNUM, 27)}` },
      lastUsedDaysAgo: 0,
    },
    {
      name: 'ghcr',
      provider: 'container-reg',
      keys: { userName: 'genomics-lab-bot', registry: 'ghcr.io', password: `ghp_${pick(ALNUM, 36)}` },
    },
    {
      name: 'github-pipelines',
      provider: 'github',
      description: 'Read access to private nf-core forks',
      baseUrl: 'https://github.com',
      category: 'scm-host',
      keys: { username: 'genomics-lab-bot', password: `ghp_${pick(ALNUM, 36)}` },
      lastUsedDaysAgo: 2,
    },
    {
      name: 'github-app-ci',
      provider: 'github_app',
      keys: { appId: String(randomInt(100_000, 999_999)), clientId: `Iv23li${pick(ALNUM, 14)}`, slug: 'genomics-lab-ci', privateKey: rsaPair(0, 'pkcs1').privateKey, webhookSecret: pick(ALNUM, 32) },
      lastUsedDaysAgo: 40,
    },
    {
      name: 'gitlab-group',
      provider: 'gitlab',
      baseUrl: 'https://gitlab.com/genomics-lab',
      keys: { username: 'pipeline-runner', token: `glpat-${pick(ALNUM, 20)}` },
      lastUsedDaysAgo: 200,
    },
    {
      name: 'bitbucket-ci',
      provider: 'bitbucket',
      baseUrl: 'https://bitbucket.org/genomics-lab',
      keys: { username: 'ci@genomics-lab.example.com', token: `ATATT3xFfGF0${pick(ALNUM, 40)}` },
      status: 'INVALID',
      message: 'Bitbucket rejected the credentials: the API token has expired or was revoked (HTTP 401).',
      lastUsedDaysAgo: 95,
    },
    {
      name: 'gitea-internal',
      provider: 'gitea',
      baseUrl: 'https://gitea.genomics-lab.example.com',
      keys: { username: 'nextflow', password: pick(ALNUM, 24) },
    },
    {
      name: 'hpc-login-ssh',
      provider: 'ssh',
      description: 'Login node of the Slurm cluster',
      keys: { privateKey: ecPrivateKeyPem() },
      lastUsedDaysAgo: 0,
    },
    {
      name: 'k8s-cluster',
      provider: 'k8s',
      keys: { certificate: K8S_TEST_CERTIFICATE, privateKey: K8S_TEST_PRIVATE_KEY },
      lastUsedDaysAgo: 12,
    },
    {
      name: 'azure-batch-eu',
      provider: 'azure',
      keys: { batchName: 'genomicsbatcheu', storageName: 'genomicsstoreeu', batchKey: azureAccountKey(), storageKey: azureAccountKey() },
      lastUsedDaysAgo: 7,
    },
    {
      name: 'azure-cloud-vm',
      provider: 'azure-cloud',
      keys: { subscriptionId: randomUUID(), storageName: 'genomicsvmstore', tenantId: randomUUID(), clientId: randomUUID(), clientSecret: `${pick(ALNUM, 3)}8Q~${pick(ALNUM, 34)}` },
    },
    {
      name: 'google-batch',
      provider: 'google',
      keys: { data: googleServiceAccountJson('genomics-lab-prod', 'seqera-runner') },
      lastUsedDaysAgo: 5,
    },
    {
      name: 's3-minio',
      provider: 's3',
      baseUrl: 'https://minio.genomics-lab.example.com',
      keys: { accessKey: pick(ALNUM, 20), pathStyleAccessEnabled: true, secretKey: awsSecret() },
      lastUsedDaysAgo: 30,
    },
    {
      name: 'tw-agent-hpc',
      provider: 'tw-agent',
      keys: { connectionId: randomUUID(), workDir: '/scratch/nextflow/work', shared: false },
    },
    {
      name: 'seqera-compute',
      provider: 'seqeracompute',
      description: 'Managed by Seqera Platform',
      keys: { mode: 'keys', accessKey: awsAccessKeyId(), secretKey: awsSecret() },
      lastUsedDaysAgo: 1,
    },
    {
      name: 'gitlab-self-hosted',
      provider: 'gitlab',
      description: 'The lab\'s own GitLab',
      baseUrl: 'https://gitlab.genomics-lab.example.com',
      keys: { username: 'pipeline-runner', token: `glpat-${pick(ALNUM, 20)}` },
      lastUsedDaysAgo: 6,
    },
  ];
}

function researchCredentials(): SeedCredential[] {
  return [
    {
      name: 'research-aws',
      provider: 'aws',
      keys: { mode: 'keys', accessKey: awsAccessKeyId(), secretKey: awsSecret() },
      lastUsedDaysAgo: 4,
    },
    {
      name: 'research-google-wif',
      provider: 'google',
      keys: { serviceAccountEmail: 'research-runner@genomics-research.iam.gserviceaccount.com', workloadIdentityProvider: 'projects/123456789012/locations/global/workloadIdentityPools/seqera/providers/platform' },
    },
    {
      name: 'codecommit-research',
      provider: 'codecommit',
      baseUrl: 'https://git-codecommit.eu-west-1.amazonaws.com',
      keys: { username: awsAccessKeyId(), password: awsSecret() },
    },
    {
      name: 'azure-devops',
      provider: 'azurerepos',
      baseUrl: 'https://dev.azure.com/genomics-lab/pipelines',
      keys: { username: 'research-bot', password: pick(ALNUM, 52) },
      lastUsedDaysAgo: 60,
    },
    {
      name: 'azure-entra-sp',
      provider: 'azure_entra',
      keys: { batchName: 'researchbatch', storageName: 'researchstore', tenantId: randomUUID(), clientId: randomUUID(), clientSecret: `${pick(ALNUM, 3)}8Q~${pick(ALNUM, 34)}` },
    },
    {
      name: 'research-azure-batch',
      provider: 'azure',
      keys: { batchName: 'researchbatchold', storageName: 'researcharchive', batchKey: azureAccountKey(), storageKey: azureAccountKey() },
      status: 'INVALID',
      message: 'Azure Batch rejected the shared key: the account key was regenerated (HTTP 403).',
      lastUsedDaysAgo: 20,
    },
    {
      name: 'bitbucket-app-password',
      provider: 'bitbucket',
      description: 'Legacy app password of the research bot',
      baseUrl: 'https://bitbucket.org/genomics-research',
      keys: { username: 'research-bot', password: pick(ALNUM, 20) },
      lastUsedDaysAgo: 15,
    },
  ];
}

function personalCredentials(owner: 'owner' | 'viewer'): SeedCredential[] {
  if (owner === 'viewer') {
    return [
      {
        name: 'my-gitlab',
        provider: 'gitlab',
        baseUrl: 'https://gitlab.com',
        keys: { username: 'victor.varga', token: `glpat-${pick(ALNUM, 20)}`, password: `glpat-${pick(ALNUM, 20)}` },
      },
    ];
  }
  return [
    {
      name: 'my-github',
      provider: 'github',
      baseUrl: 'https://github.com',
      keys: { username: 'olivia-okafor', password: `github_pat_${pick(ALNUM, 60)}` },
      lastUsedDaysAgo: 9,
    },
    {
      name: 'laptop-ssh',
      provider: 'ssh',
      keys: { privateKey: ecPrivateKeyPem(), passphrase: pick(ALNUM, 16) },
    },
  ];
}

function sharedCredentials(): SeedCredential[] {
  return [
    {
      name: 'other-lab-aws',
      provider: 'aws',
      keys: { mode: 'keys', accessKey: awsAccessKeyId(), secretKey: awsSecret() },
      lastUsedDaysAgo: 2,
    },
    {
      name: 'other-lab-quay',
      provider: 'container-reg',
      keys: { userName: 'otherlab+robot', registry: 'quay.io', password: pick(UPPER_DIGITS, 64) },
    },
  ];
}

export interface DemoTokens {
  owner: string;
  viewer: string;
}

/** Fills an empty database with the demo users, organisations, credentials, workflows and a key pairing; times count back from `now`. */
export function seedDemo(store: Store, tokens: DemoTokens, now: () => Date = () => new Date()) {
  const today = now().getTime();
  const daysAgo = (days: number) => new Date(today - days * 86_400_000).toISOString();
  const created = daysAgo(400);
  store.db.transaction(() => {
    const user = { organization: null, date_created: created };
    store.insertUser({ ...user, id: DEMO_OWNER_ID, user_name: 'demo-owner', email: 'olivia.okafor@example.com', first_name: 'Olivia', last_name: 'Okafor', organization: 'Genomics Lab', token_hash: sha256Hex(tokens.owner) });
    store.insertUser({ ...user, id: DEMO_VIEWER_ID, user_name: 'demo-viewer', email: 'victor.varga@example.org', first_name: 'Victor', last_name: 'Varga', organization: 'Other Lab', token_hash: sha256Hex(tokens.viewer) });

    store.insertOrg(ORG_GENOMICS, 'genomics-lab', 'Genomics Lab', 'pro');
    store.insertOrg(ORG_OTHER, 'other-lab', 'Other Lab', 'academic');
    store.insertOrgMember(ORG_GENOMICS, DEMO_OWNER_ID, 5001, 'owner');
    store.insertOrgMember(ORG_GENOMICS, DEMO_VIEWER_ID, 5002, 'member');
    store.insertOrgMember(ORG_OTHER, DEMO_VIEWER_ID, 5003, 'owner');

    store.insertWorkspace(WS_PRODUCTION, ORG_GENOMICS, 'production', 'Production pipelines', 'PRIVATE');
    store.insertWorkspace(WS_RESEARCH, ORG_GENOMICS, 'research', 'Research and development', 'SHARED');
    store.insertWorkspace(WS_STAGING, ORG_GENOMICS, 'staging', 'Staging', 'PRIVATE');
    store.insertWorkspace(WS_SHARED, ORG_OTHER, 'shared', 'Shared resources', 'PRIVATE');
    store.insertWorkspaceMember(WS_PRODUCTION, DEMO_OWNER_ID, 'owner');
    store.insertWorkspaceMember(WS_PRODUCTION, DEMO_VIEWER_ID, 'view');
    store.insertWorkspaceMember(WS_RESEARCH, DEMO_OWNER_ID, 'view');
    store.insertWorkspaceMember(WS_RESEARCH, DEMO_VIEWER_ID, 'admin');
    store.insertWorkspaceMember(WS_STAGING, DEMO_OWNER_ID, 'admin');
    store.insertWorkspaceMember(WS_SHARED, DEMO_VIEWER_ID, 'owner');

    const ids = new Map<string, string>();
    const insertAll = (workspaceId: number | null, userId: number, list: SeedCredential[]) => {
      list.forEach((seed, index) => {
        const id = newCredentialsId();
        ids.set(seed.name, id);
        store.insertCredentials({
          id,
          workspaceId,
          userId,
          name: seed.name,
          provider: seed.provider,
          description: seed.description ?? null,
          baseUrl: seed.baseUrl ?? null,
          category: seed.category ?? null,
          keys: splitKeys(seed.provider, seed.keys),
          status: seed.status,
          message: seed.message ?? null,
          lastUsed: seed.lastUsedDaysAgo === undefined ? null : daysAgo(seed.lastUsedDaysAgo),
          lastValidated: seed.status === 'INVALID' ? daysAgo(1) : null,
          now: daysAgo(300 - index * 10),
          lastUpdated: daysAgo(seed.lastUpdatedDaysAgo ?? Math.min(300 - index * 10, 10 + index * 7)),
        });
      });
    };
    insertAll(WS_PRODUCTION, DEMO_OWNER_ID, productionCredentials());
    insertAll(WS_RESEARCH, DEMO_VIEWER_ID, researchCredentials());
    insertAll(WS_SHARED, DEMO_VIEWER_ID, sharedCredentials());
    insertAll(null, DEMO_OWNER_ID, personalCredentials('owner'));
    insertAll(null, DEMO_VIEWER_ID, personalCredentials('viewer'));

    const watchUrl = (id: string) => `https://cloud.seqera.io/orgs/genomics-lab/workspaces/production/watch/${id}`;
    const workflows: [string, string, 'running' | 'stopped', string | null, string[]][] = [
      ['3xKq9TnPzW2bLd', 'nf-core/rnaseq (hungry_turing)', 'running', watchUrl('3xKq9TnPzW2bLd'), ['aws-batch-keys', 'dockerhub']],
      ['5mRv1YcHsQ8aJe', 'nf-core/sarek (brave_curie)', 'running', null, ['hpc-login-ssh']],
      ['7pLw4ZdKtU6cMf', 'nf-core/chipseq (quiet_hopper)', 'stopped', watchUrl('7pLw4ZdKtU6cMf'), ['aws-batch-keys']],
    ];
    for (const [id, name, status, url, credentialNames] of workflows) {
      const credentialsIds = credentialNames.map((credentialName) => ids.get(credentialName) ?? '');
      store.insertWorkflow({ id, name, status, workspace_id: WS_PRODUCTION, url }, credentialsIds);
    }

    seedUsage(store, ids, daysAgo);

    const pairing = rsaPair(2, 'pkcs8');
    store.insertPairing(DEMO_PAIRING_ID, pairing.publicKey, pairing.privateKey);
  })();
}
