import { describe, expect, it } from 'vitest';
import { toCredentialsRequest } from '../form/mappers';
import { formProblem, formValuesFor, foundProblem } from './to-values';
import type { Found } from './model';
import { parseAwsIni } from './parsers/aws-ini';
import { parseGitCredentials } from './parsers/git-credentials';
import { recognise } from './parsers/recognise';
import { samples } from './parsers/test-inputs';

const foundIn = (text: string): Found[] => {
  const result = recognise(text, 'sample');
  if (!result.ok) throw new Error(result.message);
  return result.found;
};

describe('formValuesFor', () => {
  it('builds the same create request the form would: AWS role mode asks for an External ID', () => {
    const [keys, role] = foundIn(samples.awsCredentials);
    const keysRequest = toCredentialsRequest(formValuesFor(keys as Found, { name: 'aws-batch-keys' }) ?? (null as never));
    expect(keysRequest).toEqual({
      body: {
        credentials: {
          name: 'aws-batch-keys',
          provider: 'aws',
          keys: { discriminator: 'aws', mode: 'keys', accessKey: 'AKIAIMPORTFIXTURE001', secretKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYIMPORTFIXTURE' },
        },
      },
      useExternalId: false,
    });
    const roleRequest = toCredentialsRequest(formValuesFor(role as Found, { name: 'aws-role' }) ?? (null as never));
    expect(roleRequest.useExternalId).toBe(true);
    expect(roleRequest.body.credentials.keys).toEqual({ discriminator: 'aws', mode: 'role', assumeRoleArn: 'arn:aws:iam::123456789012:role/import-fixture-pipelines' });
  });

  it('puts a Git token where each provider keeps it, with the base URL', () => {
    const result = parseGitCredentials(samples.gitCredentials);
    if (!result.ok) throw new Error(result.message);
    const [github, gitlab, bitbucket, other] = result.found as [Found, Found, Found, Found];
    const keysOf = (found: Found, provider?: 'gitea') => {
      const values = formValuesFor(found, { name: 'n', ...(provider ? { provider } : {}) });
      return values && toCredentialsRequest(values).body.credentials;
    };
    expect(keysOf(github)).toMatchObject({ provider: 'github', baseUrl: 'https://github.com', keys: { username: 'octo-import', password: 'ghp_fixtureGitHubToken0000000000000000' } });
    expect(keysOf(gitlab)?.keys).toEqual({ discriminator: 'gitlab', username: 'gitlab-import', token: 'glpat-fixtureGitLab0000', password: 'glpat-fixtureGitLab0000' });
    expect(keysOf(bitbucket)?.keys).toEqual({ discriminator: 'bitbucket', username: 'ci@import.example.com', token: 'ATATT3xFfGF0fixtureBitbucket' });
    // An unknown host has no provider until the user picks one.
    expect(formValuesFor(other, { name: 'n' })).toBeNull();
    expect(keysOf(other, 'gitea')).toMatchObject({ provider: 'gitea', baseUrl: 'https://git.import.example.com', keys: { username: 'gitea-import', password: 'fixture-gitea-token' } });
  });

  it('passes every sample through the form schema', () => {
    const all = Object.values(samples).flatMap(foundIn);
    expect(all.length).toBe(13);
    expect(all.map((found) => foundProblem(found, found.target.kind === 'git' && found.target.provider === null ? { provider: 'gitea' } : {}))).toEqual(
      all.map(() => null),
    );
  });

  it("reports the form schema's message for what the form would refuse", () => {
    const result = parseAwsIni('[short]\naws_access_key_id = AKIAABCDEFGHIJKLMNOP\naws_secret_access_key = tooShort\n');
    if (!result.ok) throw new Error(result.message);
    expect(foundProblem(result.found[0] as Found)).toMatch(/secret/i);
    const bitbucketUser = parseGitCredentials('https://not-an-email:tok@bitbucket.org\n');
    if (!bitbucketUser.ok) throw new Error(bitbucketUser.message);
    expect(foundProblem(bitbucketUser.found[0] as Found)).toMatch(/e-?mail/i);
  });

  it('adds an SSH passphrase and checks the name like the form does', () => {
    const [key] = foundIn(samples.encryptedSshKey);
    const values = formValuesFor(key as Found, { name: 'bad name!', passphrase: 'fixture-passphrase' });
    expect(values?.keys).toMatchObject({ passphrase: 'fixture-passphrase' });
    expect(values && formProblem(values)).toMatch(/letters, digits/);
  });
});
