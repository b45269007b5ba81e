import { describe, expect, it } from 'vitest';
import type { Credentials } from '../api/credentials-schemas';
import { DEFAULT_REGISTRY, identifyingDetail } from './identifying-detail';
import { PROVIDER_IDS, providerMeta, type ProviderId } from './provider-catalog';

type Sample = Pick<Credentials, 'provider' | 'keys' | 'baseUrl'>;

function sample(provider: string, keys: Record<string, string | boolean> = {}, baseUrl?: string): Sample {
  return { provider, keys: { discriminator: provider, ...keys }, baseUrl };
}

// One row per provider id; the type makes the table fail to compile when a provider is added.
const cases: Record<ProviderId, [Sample, string | undefined][]> = {
  aws: [
    [sample('aws', { mode: 'role', assumeRoleArn: 'arn:aws:iam::123456789012:role/Batch', externalId: 'x' }), 'arn:aws:iam::123456789012:role/Batch'],
    [sample('aws', { mode: 'keys', accessKey: 'AKIAABCDEFGHIJKLMNOP' }), 'AKIAABCDEFGHIJKLMNOP'],
  ],
  seqeracompute: [[sample('seqeracompute', { accessKey: 'AKIAQQQQQQQQQQQQQQQQ' }), 'AKIAQQQQQQQQQQQQQQQQ']],
  azure: [[sample('azure', { batchName: 'batcheu', storageName: 'storeeu' }), 'batcheu / storeeu']],
  azure_entra: [[sample('azure_entra', { batchName: 'b1', storageName: 's1', tenantId: 't', clientId: 'c' }), 'b1 / s1']],
  'azure-cloud': [[sample('azure-cloud', { subscriptionId: 'sub', storageName: 'vmstore' }), 'vmstore']],
  google: [
    [sample('google', { serviceAccountEmail: 'runner@proj.iam.gserviceaccount.com', workloadIdentityProvider: 'projects/1/x' }), 'runner@proj.iam.gserviceaccount.com'],
    [sample('google'), undefined],
  ],
  github: [
    [sample('github', { username: 'bot' }, 'https://github.com'), 'https://github.com'],
    [sample('github', { username: 'bot' }), 'bot'],
  ],
  gitlab: [[sample('gitlab', { username: 'runner' }, 'https://gitlab.com/lab'), 'https://gitlab.com/lab']],
  bitbucket: [[sample('bitbucket', { username: 'ci@example.com' }), 'ci@example.com']],
  gitea: [[sample('gitea', { username: 'nf' }, 'https://gitea.example.com'), 'https://gitea.example.com']],
  codecommit: [[sample('codecommit', { username: 'AKIACODECOMMIT000000' }), 'AKIACODECOMMIT000000']],
  azurerepos: [[sample('azurerepos', { username: 'me' }, 'https://dev.azure.com/org/p'), 'https://dev.azure.com/org/p']],
  github_app: [
    [sample('github_app', { appId: '773460', slug: 'lab-ci' }), 'lab-ci'],
    [sample('github_app', { appId: '773460' }), '773460'],
  ],
  'container-reg': [
    [sample('container-reg', { userName: 'bot', registry: 'ghcr.io' }), 'ghcr.io'],
    [sample('container-reg', { userName: 'bot' }), DEFAULT_REGISTRY],
  ],
  'tw-agent': [[sample('tw-agent', { connectionId: 'a4923023-eb21-459a-9a63-777658860cf9' }), 'a4923023-eb21-459a-9a63-777658860cf9']],
  s3: [
    [sample('s3', { accessKey: 'minio' }, 'https://minio.example.com'), 'https://minio.example.com'],
    [sample('s3', { accessKey: 'minio' }), 'minio'],
  ],
  ssh: [[sample('ssh'), undefined]],
  k8s: [[sample('k8s', { certificate: '-----BEGIN CERTIFICATE-----' }), undefined]],
};

describe('identifyingDetail', () => {
  it.each(PROVIDER_IDS.flatMap((id) => cases[id].map(([input, expected]) => [id, input, expected] as const)))(
    '%s shows its identifying detail',
    (_id, input, expected) => {
      expect(identifyingDetail(input)).toBe(expected);
    },
  );

  it('never shows a secret even when a server sends one', () => {
    const leaked = sample('github', { username: 'bot', password: 'ghp_secret' });
    expect(identifyingDetail(leaked)).toBe('bot');
  });

  it('falls back to the base URL for a provider it does not know', () => {
    expect(identifyingDetail(sample('quantum-cloud', {}, 'https://q.example.com'))).toBe('https://q.example.com');
    expect(identifyingDetail(sample('quantum-cloud'))).toBeUndefined();
  });
});

describe('providerMeta', () => {
  it('names every known provider and puts it in a group', () => {
    for (const id of PROVIDER_IDS) {
      const meta = providerMeta(id);
      expect(meta.known).toBe(true);
      expect(meta.displayName).not.toBe(id === 'ssh' ? '' : id);
    }
  });

  it('shows an unknown provider by its raw id with a generic icon', () => {
    const meta = providerMeta('quantum-cloud');
    expect(meta).toMatchObject({ known: false, displayName: 'quantum-cloud', group: 'other' });
  });
});
