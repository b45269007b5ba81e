import { describe, expect, it } from 'vitest';
import { toCredentialsRequest, toFormValues } from '../form/mappers';
import { providerRegistry, usesExternalId } from '../form/provider-registry';
import { allSamples, withSecretsBlank } from '../form/test-samples';
import { copyFormValues as copyWith, copyNameCandidate, suggestCopyName } from './copy-values';

const copyFormValues = (...args: Parameters<typeof copyWith> extends [unknown, ...infer Rest] ? Rest : never) =>
  copyWith({ toFormValues, providerRegistry }, ...args);

/** A describe answer for saved sample values: the API keys as the create request sent them, secrets included. */
function storedWithSecrets(values: (typeof allSamples)[number]) {
  const { credentials } = toCredentialsRequest(values).body;
  const { discriminator: _d, ...keys } = credentials.keys as Record<string, unknown>;
  return {
    id: 'src-1',
    name: credentials.name,
    provider: credentials.provider,
    description: credentials.description ?? null,
    baseUrl: credentials.baseUrl ?? null,
    // The server answers with the External ID it generated for a role that asked for one.
    keys: usesExternalId(values) ? { ...keys, externalId: 'ext-generated-at-source' } : keys,
  };
}

describe('copyFormValues', () => {
  it.each(allSamples.map((values) => [`${values.provider} ${'mode' in values.keys ? String(values.keys.mode) : ''}`, values] as const))(
    'keeps every non-secret field of %s and blanks every secret, even one the answer carried',
    (_label, values) => {
      const stored = storedWithSecrets(values);
      const copy = copyFormValues(stored);
      expect(copy).not.toBeNull();
      const secrets = providerRegistry.secretFields(values.provider);
      const copyKeys = copy?.keys as Record<string, unknown>;
      for (const field of secrets) {
        expect(copyKeys[field] ?? '', `${values.provider}.${field}`).toBe('');
      }
      // No secret value of the sample appears anywhere in the copy's values.
      const sampleKeys = values.keys as Record<string, unknown>;
      const serialised = JSON.stringify(copy);
      for (const field of secrets) {
        const secret = sampleKeys[field];
        if (typeof secret === 'string' && secret !== '') expect(serialised).not.toContain(secret);
      }
      // The rest is what the edit form would show for the saved credential.
      expect(copy).toEqual(withSecretsBlank(values));
    },
  );

  it('uses the name it is given, keeping the other values', () => {
    const [first] = allSamples;
    if (!first) throw new Error('no samples');
    const copy = copyFormValues(storedWithSecrets(first), 'other-name');
    expect(copy?.name).toBe('other-name');
    expect(copy?.provider).toBe(first.provider);
  });

  it('keeps the AWS role mode asking for an External ID, so the target generates a new one', () => {
    const role = allSamples.find((values) => values.provider === 'aws' && usesExternalId(values));
    if (!role) throw new Error('no AWS sample with an External ID');
    const copy = copyFormValues(storedWithSecrets(role));
    expect(copy && usesExternalId(copy)).toBe(true);
    // The source's External ID is not carried over: the target generates its own on create.
    expect(JSON.stringify(copy)).not.toContain('ext-generated-at-source');
  });

  it('returns null for a provider the form cannot create', () => {
    expect(copyFormValues({ name: 'x', provider: 'seqeracompute', keys: {} })).toBeNull();
  });
});

describe('suggestCopyName', () => {
  it('keeps a name the target workspace does not hold', async () => {
    expect(await suggestCopyName('aws-prod', () => Promise.resolve('free'))).toBe('aws-prod');
  });

  it('adds -copy, then -copy-2, while the target holds the name', async () => {
    const taken = new Set(['aws-prod', 'aws-prod-copy']);
    const asked: string[] = [];
    const name = await suggestCopyName('aws-prod', (candidate) => {
      asked.push(candidate);
      return Promise.resolve(taken.has(candidate) ? 'taken' : 'free');
    });
    expect(name).toBe('aws-prod-copy-2');
    expect(asked).toEqual(['aws-prod', 'aws-prod-copy', 'aws-prod-copy-2']);
  });

  it('keeps the name when the check fails', async () => {
    expect(await suggestCopyName('aws-prod', () => Promise.resolve('unknown'))).toBe('aws-prod');
  });

  it('stays within the 100-character limit', () => {
    const long = 'a'.repeat(100);
    expect(copyNameCandidate(long, 3)).toHaveLength(100);
    expect(copyNameCandidate(long, 3).endsWith('-copy-2')).toBe(true);
  });
});
