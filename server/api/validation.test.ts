import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { VIEWER, setupApi } from './test-support';

const api = setupApi({ platformRoleArn: 'arn:aws:iam::111122223333:role/TestPlatformRole' });
afterAll(() => api.close());
beforeEach(async () => {
  await api.call('POST', '/__test/reset', { token: null });
});
const { call, idOf } = api;

const create = async (credentials: Record<string, unknown>, query = 'workspaceId=201') => {
  const response = await call('POST', `/credentials?${query}`, { body: { credentials } });
  expect(response.status, response.text).toBe(200);
  return response.json.credentialsId as string;
};
const describeCredentials = async (id: string) => (await call('GET', `/credentials/${id}?workspaceId=201`)).json;
const validate = (id: string, query = '') => call('POST', `/credentials/${id}/validate?workspaceId=201${query}`);

const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

describe('POST /credentials/{id}/validate', () => {
  it('passes every seeded credential (real key material parses)', async () => {
    const { json } = await call('GET', '/credentials?workspaceId=201');
    for (const credential of json.credentials as { id: string; name: string }[]) {
      const response = await validate(credential.id);
      expect(response.json, credential.name).toEqual({ status: 'AVAILABLE', message: null, transientError: false });
    }
  });

  it('marks a rejected credential INVALID with a message naming the problem, never the secret', async () => {
    const id = await create({ name: 'bad-aws', provider: 'aws', keys: { discriminator: 'aws', accessKey: 'NOTAKEY', secretKey: SECRET } });
    const response = await validate(id);
    expect(response.status).toBe(200);
    expect(response.json.status).toBe('INVALID');
    expect(response.json.transientError).toBe(false);
    expect(response.json.message).toMatch(/access key ID/);
    expect(response.text).not.toContain(SECRET);
    const described = await describeCredentials(id);
    expect(described.credentials).toMatchObject({ status: 'INVALID', message: response.json.message });
    expect(typeof described.credentials.lastValidated).toBe('string');
  });

  it.each([
    ['short AWS secret', { provider: 'aws', keys: { discriminator: 'aws', accessKey: 'AKIAIOSFODNN7EXAMPLE', secretKey: 'short' } }, /secret access key/],
    ['bad role ARN', { provider: 'aws', keys: { discriminator: 'aws', assumeRoleArn: 'arn:aws:iam::12:role/x' } }, /role ARN/],
    ['unparsable SSH key', { provider: 'ssh', keys: { discriminator: 'ssh', privateKey: '-----BEGIN RSA PRIVATE KEY-----\nnope\n-----END RSA PRIVATE KEY-----' } }, /SSH private key/],
    ['Google key without client_email', { provider: 'google', keys: { discriminator: 'google', data: '{"type":"service_account","project_id":"p","private_key":"k"}' } }, /client_email/],
    ['Google key that is not JSON', { provider: 'google', keys: { discriminator: 'google', data: 'not json' } }, /not valid JSON/],
    ['Azure tenant not a UUID', { provider: 'azure_entra', keys: { discriminator: 'azure_entra', batchName: 'batch', storageName: 'store', tenantId: 'x', clientId: '7c9e6679-7425-40de-944b-e07fc1f90ae7', clientSecret: 's' } }, /tenantId/],
    ['k8s certificate garbage', { provider: 'k8s', keys: { discriminator: 'k8s', certificate: 'garbage', privateKey: 'garbage' } }, /certificate/],
    ['GitHub App key garbage', { provider: 'github_app', keys: { discriminator: 'github_app', appId: '1', clientId: 'c', privateKey: 'garbage' } }, /GitHub App private key/],
  ])('rejects %s', async (_label, credentials, message) => {
    const id = await create({ name: 'probe-target', ...credentials });
    const response = await validate(id);
    expect(response.json.status).toBe('INVALID');
    expect(response.json.message).toMatch(message);
  });

  it('accepts an OpenSSH-format private key block', async () => {
    const body = Buffer.concat([Buffer.from('openssh-key-v1\0', 'latin1'), Buffer.alloc(64, 1)]).toString('base64');
    const key = `-----BEGIN OPENSSH PRIVATE KEY-----\n${body}\n-----END OPENSSH PRIVATE KEY-----\n`;
    const id = await create({ name: 'openssh', provider: 'ssh', keys: { discriminator: 'ssh', privateKey: key } });
    expect((await validate(id)).json.status).toBe('AVAILABLE');
  });

  it('moves INVALID back to AVAILABLE and clears the message when the probe passes', async () => {
    const id = idOf('bitbucket-ci');
    const response = await validate(id);
    expect(response.json).toEqual({ status: 'AVAILABLE', message: null, transientError: false });
    expect((await describeCredentials(id)).credentials.message).toBeUndefined();
  });

  it('reports a transient failure without persisting anything', async () => {
    const id = idOf('bitbucket-ci');
    const before = api.store.getCredentials(id);
    expect((await call('POST', '/__test/faults', { token: null, body: { validate: 'transient' } })).status).toBe(204);
    const response = await validate(id);
    expect(response.json).toEqual({ status: 'INVALID', message: before?.message, transientError: true });
    expect(api.store.getCredentials(id)).toEqual(before);
    await call('POST', '/__test/faults', { token: null, body: { validate: null } });
    expect((await validate(id)).json.transientError).toBe(false);
  });

  it('forces INVALID to AVAILABLE without a probe, and answers 409 otherwise', async () => {
    const id = await create({ name: 'bad-aws', provider: 'aws', keys: { discriminator: 'aws', accessKey: 'NOTAKEY', secretKey: SECRET } });
    await validate(id);
    const validatedAt = (await describeCredentials(id)).credentials.lastValidated;
    const forced = await validate(id, '&force=true');
    expect(forced.json).toEqual({ status: 'AVAILABLE', message: null, transientError: false });
    const described = await describeCredentials(id);
    expect(described.credentials).toMatchObject({ status: 'AVAILABLE', lastValidated: validatedAt });
    expect(described.credentials.message).toBeUndefined();
    const again = await validate(id, '&force=true');
    expect(again.status).toBe(409);
    expect(typeof again.json.message).toBe('string');
  });

  it('answers 403 to viewers, 404 for unknown ids and 400 for a bad force flag', async () => {
    const id = idOf('dockerhub');
    expect((await call('POST', `/credentials/${id}/validate?workspaceId=201`, { token: VIEWER })).status).toBe(403);
    expect((await validate('AAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404);
    expect((await validate(id, '&force=maybe')).status).toBe(400);
  });
});

describe('AWS External ID', () => {
  const role = { name: 'role-x', provider: 'aws', keys: { discriminator: 'aws', mode: 'role', assumeRoleArn: 'arn:aws:iam::123456789012:role/Pipelines' } };

  it('generates an External ID once and renders the trust policy', async () => {
    const id = await create({ ...role, keys: { ...role.keys, externalId: 'client-chosen' } }, 'workspaceId=201&useExternalId=true');
    const described = await describeCredentials(id);
    const externalId = described.credentials.keys.externalId as string;
    expect(externalId).toMatch(/^[0-9a-f-]{36}$/);
    // Valid JSON, and the two actions Seqera's documented trust policy grants (session tags need sts:TagSession).
    const policy = JSON.parse(described.setupSnippet as string);
    expect(policy.Statement).toHaveLength(1);
    expect(policy.Statement[0]).toEqual({
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::111122223333:role/TestPlatformRole' },
      Action: ['sts:AssumeRole', 'sts:TagSession'],
      Condition: { StringEquals: { 'sts:ExternalId': externalId } },
    });

    const update = { ...role, description: 'updated', keys: { ...role.keys, externalId: 'another' } };
    expect((await call('PUT', `/credentials/${id}?workspaceId=201&useExternalId=true`, { body: { credentials: update } })).status).toBe(204);
    expect((await call('PUT', `/credentials/${id}?workspaceId=201`, { body: { credentials: update } })).status).toBe(204);
    expect((await describeCredentials(id)).credentials.keys.externalId).toBe(externalId);
  });

  it('works in keys mode with a role ARN, and is absent without useExternalId', async () => {
    const keysMode = { name: 'keys-x', provider: 'aws', keys: { discriminator: 'aws', accessKey: 'AKIAIOSFODNN7EXAMPLE', secretKey: SECRET, assumeRoleArn: role.keys.assumeRoleArn } };
    const withId = await create(keysMode, 'workspaceId=201&useExternalId=true');
    expect((await describeCredentials(withId)).credentials.keys).toMatchObject({ mode: 'keys', externalId: expect.any(String) });
    const without = await create({ ...role, name: 'no-ext' });
    const described = await describeCredentials(without);
    expect(described.credentials.keys.externalId).toBeUndefined();
    expect(described.setupSnippet).toBeUndefined();
  });

  it('rejects useExternalId without a role ARN or for another provider', async () => {
    const keysOnly = { name: 'k', provider: 'aws', keys: { discriminator: 'aws', accessKey: 'AKIAIOSFODNN7EXAMPLE', secretKey: SECRET } };
    expect((await call('POST', '/credentials?workspaceId=201&useExternalId=true', { body: { credentials: keysOnly } })).status).toBe(400);
    const registry = { name: 'r', provider: 'container-reg', keys: { discriminator: 'container-reg', userName: 'u', password: 'p' } };
    expect((await call('POST', '/credentials?workspaceId=201&useExternalId=true', { body: { credentials: registry } })).status).toBe(400);
    expect((await call('POST', '/credentials?workspaceId=201&useExternalId=1', { body: { credentials: registry } })).status).toBe(400);
  });

  it('describes the seeded role credential with its snippet', async () => {
    const described = await describeCredentials(idOf('aws-batch-role'));
    expect(described.setupSnippet).toContain(described.credentials.keys.externalId);
  });
});
