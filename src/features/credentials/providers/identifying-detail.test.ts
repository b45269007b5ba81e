import { describe, expect, it } from 'vitest';
import type { Credentials } from '../api/credentials-schemas';
import { toCredentialsRequest } from '../form/mappers';
import { everySample } from '../form/test-samples';
import { DEFAULT_REGISTRY, identifyingDetail } from './identifying-detail';
import { PROVIDER_IDS, providerMeta } from './provider-catalog';
import { SECRET_KEY_FIELDS } from './secret-fields';

type Stored = Pick<Credentials, 'provider' | 'keys' | 'baseUrl'>;

function stored(provider: string, keys: Record<string, string | boolean> = {}, baseUrl?: string): Stored {
  return { provider, keys: { discriminator: provider, ...keys }, baseUrl };
}

describe('identifyingDetail', () => {
  // Each provider's test samples (form/test-samples.ts) say which detail the list shows once they are
  // saved; a new provider cannot compile without a sample, so it cannot skip this check.
  it.each(everySample.map((sample) => [sample.values.name, sample] as const))('shows the detail of the %s sample', (_name, sample) => {
    // What the API receives: every key the form sends, secrets included.
    const { provider, baseUrl, keys } = toCredentialsRequest(sample.values).body.credentials;
    const detail = identifyingDetail({ provider, baseUrl, keys: { discriminator: provider, ...keys } });
    expect(detail).toBe(sample.detail);
    const secrets = Object.entries(keys).filter(([field]) => SECRET_KEY_FIELDS.has(field));
    expect(secrets.map(([, value]) => value)).not.toContain(detail);
  });

  it('falls back when the preferred value is absent', () => {
    expect(identifyingDetail(stored('aws', { mode: 'keys', accessKey: 'AKIAABCDEFGHIJKLMNOP' }))).toBe('AKIAABCDEFGHIJKLMNOP');
    expect(identifyingDetail(stored('github', { username: 'bot' }))).toBe('bot');
    expect(identifyingDetail(stored('github_app', { appId: '773460' }))).toBe('773460');
    expect(identifyingDetail(stored('container-reg', { userName: 'bot' }))).toBe(DEFAULT_REGISTRY);
    expect(identifyingDetail(stored('s3', { accessKey: 'minio' }))).toBe('minio');
    expect(identifyingDetail(stored('azure-cloud', { subscriptionId: 'sub', storageName: 'vmstore' }))).toBe('vmstore');
    expect(identifyingDetail(stored('google'))).toBeUndefined();
  });

  it('shows the access key of Seqera Compute credentials, which the form cannot create', () => {
    expect(identifyingDetail(stored('seqeracompute', { accessKey: 'AKIAQQQQQQQQQQQQQQQQ' }))).toBe('AKIAQQQQQQQQQQQQQQQQ');
  });

  it('never shows a secret even when a server sends one', () => {
    const leaked = stored('github', { username: 'bot', password: 'ghp_secret' });
    expect(identifyingDetail(leaked)).toBe('bot');
  });

  it('falls back to the base URL for a provider it does not know', () => {
    expect(identifyingDetail(stored('quantum-cloud', {}, 'https://q.example.com'))).toBe('https://q.example.com');
    expect(identifyingDetail(stored('quantum-cloud'))).toBeUndefined();
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
