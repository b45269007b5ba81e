import { describe, expect, it } from 'vitest';
import { modeOf, toCredentialsRequest, toFormValues } from './mappers';
import { alternateSamples, primarySamples } from './test-samples';

describe('form values → API request', () => {
  it('puts the GitHub token in password and the discriminator in keys', () => {
    const { body, useExternalId } = toCredentialsRequest(primarySamples.github);
    expect(body.credentials).toEqual({
      name: 'github-pat',
      provider: 'github',
      baseUrl: 'https://github.com',
      keys: { discriminator: 'github', username: 'octo-lab', password: primarySamples.github.keys.password },
    });
    expect(useExternalId).toBe(false);
  });

  it('keeps the registry host in keys.registry and defaults it to docker.io', () => {
    const sample = primarySamples['container-reg'];
    expect(toCredentialsRequest(sample).body.credentials.keys.registry).toBe('quay.io');
    const blank = { ...sample, keys: { ...sample.keys, registry: '' } };
    expect(toCredentialsRequest(blank).body.credentials.keys.registry).toBe('docker.io');
    expect(toCredentialsRequest(sample).body.credentials).not.toHaveProperty('baseUrl');
  });

  it('asks for an External ID in role mode and sends no access keys', () => {
    const role = alternateSamples.find((sample) => sample.provider === 'aws');
    if (!role) throw new Error('missing AWS role sample');
    const { body, useExternalId } = toCredentialsRequest(role);
    expect(useExternalId).toBe(true);
    expect(body.credentials.keys).toEqual({
      discriminator: 'aws',
      mode: 'role',
      assumeRoleArn: 'arn:aws-us-gov:iam::123456789012:role/seqera',
    });
  });

  it('asks for an External ID in keys mode only with an ARN and the switch on', () => {
    const aws = primarySamples.aws;
    expect(toCredentialsRequest(aws).useExternalId).toBe(true);
    expect(toCredentialsRequest({ ...aws, keys: { ...aws.keys, useExternalId: false } }).useExternalId).toBe(false);
    expect(toCredentialsRequest({ ...aws, keys: { ...aws.keys, assumeRoleArn: '' } }).useExternalId).toBe(false);
  });

  it('leaves blank (kept) secrets out of an update and carries the id', () => {
    const aws = primarySamples.aws;
    const { body } = toCredentialsRequest({ ...aws, keys: { ...aws.keys, secretKey: '' } }, 'cred-1');
    expect(body.credentials.id).toBe('cred-1');
    expect(body.credentials.keys).not.toHaveProperty('secretKey');
    expect(body.credentials.keys.accessKey).toBe(aws.keys.accessKey);
  });

  it('sends the GitLab token as token and password', () => {
    const { keys } = toCredentialsRequest(primarySamples.gitlab).body.credentials;
    expect(keys.token).toBe(primarySamples.gitlab.keys.token);
    expect(keys.password).toBe(primarySamples.gitlab.keys.token);
  });

  it('sends only the fields of the chosen mode', () => {
    const k8s = primarySamples.k8s;
    const token = { ...k8s, keys: { ...k8s.keys, mode: 'token' as const, token: 'abc' } };
    expect(toCredentialsRequest(token).body.credentials.keys).toEqual({ discriminator: 'k8s', token: 'abc' });
    expect(toCredentialsRequest(k8s).body.credentials.keys).not.toHaveProperty('mode');
  });

  it('omits an empty description on create but sends it on update so clearing sticks', () => {
    const ssh = primarySamples.ssh;
    expect(toCredentialsRequest(ssh).body.credentials).not.toHaveProperty('description');
    expect(toCredentialsRequest(ssh, 'id-1').body.credentials.description).toBe('');
  });
});

describe('API credentials → edit form values', () => {
  it('prefills non-secret fields and leaves secrets blank', () => {
    const values = toFormValues({
      id: 'x',
      name: 'prod-aws',
      provider: 'aws',
      description: null,
      keys: { discriminator: 'aws', mode: 'role', assumeRoleArn: 'arn:aws:iam::123456789012:role/r', externalId: 'ext-1' },
    });
    expect(values).toEqual({
      provider: 'aws',
      name: 'prod-aws',
      description: '',
      keys: { mode: 'role', accessKey: '', secretKey: '', assumeRoleArn: 'arn:aws:iam::123456789012:role/r', useExternalId: true },
    });
    expect(values && modeOf(values)).toBe('role');
  });

  it('infers role mode for AWS credentials stored without a mode', () => {
    const values = toFormValues({ name: 'n', provider: 'aws', keys: { assumeRoleArn: 'arn:aws:iam::123456789012:role/r' } });
    expect(values?.keys).toMatchObject({ mode: 'role' });
  });

  it('infers Google and Kubernetes modes from the returned fields', () => {
    expect(toFormValues({ name: 'g', provider: 'google', keys: { workloadIdentityProvider: 'projects/1/x' } })?.keys).toMatchObject({
      mode: 'wif',
    });
    expect(toFormValues({ name: 'k', provider: 'k8s', keys: { certificate: 'PEM' } })?.keys).toMatchObject({ mode: 'certificate' });
    expect(toFormValues({ name: 'k', provider: 'k8s', keys: {} })?.keys).toMatchObject({ mode: 'token' });
  });

  it('refuses providers the form cannot edit', () => {
    expect(toFormValues({ name: 'managed', provider: 'seqeracompute', keys: {} })).toBeNull();
    expect(toFormValues({ name: 'odd', provider: 'local', keys: {} })).toBeNull();
  });
});
