import { afterAll, describe, expect, it } from 'vitest';
import { PROVIDER_IDS, type ProviderId } from './providers';
import { setupApi } from './test-support';

const api = setupApi();
afterAll(() => api.close());

/** One valid request per provider (except the platform-managed one), so that only the extra field can fail it. */
const VALID: Record<Exclude<ProviderId, 'seqeracompute'>, { keys: Record<string, unknown>; baseUrl?: string }> = {
  aws: { keys: { accessKey: 'AKIAIOSFODNN7EXAMPLE', secretKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' } },
  azure: { keys: { batchName: 'b', storageName: 's', batchKey: 'k', storageKey: 'k' } },
  azure_entra: { keys: { batchName: 'b', storageName: 's', tenantId: 't', clientId: 'c', clientSecret: 'x' } },
  'azure-cloud': { keys: { subscriptionId: 'sub', storageName: 's', tenantId: 't', clientId: 'c', clientSecret: 'x' } },
  google: { keys: { data: '{}' } },
  github: { keys: { username: 'u', password: 'p' } },
  github_app: { keys: { appId: '1', clientId: 'c', privateKey: 'k' } },
  gitlab: { keys: { username: 'u', token: 't' } },
  bitbucket: { keys: { username: 'u@example.com', token: 't' } },
  gitea: { keys: { username: 'u', password: 'p' }, baseUrl: 'https://gitea.example.com' },
  codecommit: { keys: { username: 'u', password: 'p' } },
  azurerepos: { keys: { username: 'u', password: 'p' } },
  'container-reg': { keys: { userName: 'u', password: 'p' } },
  ssh: { keys: { privateKey: 'k' } },
  k8s: { keys: { token: 't' } },
  'tw-agent': { keys: { connectionId: '7c9e6679-7425-40de-944b-e07fc1f90ae7' } },
  s3: { keys: { accessKey: 'a', secretKey: 's' }, baseUrl: 'https://s3.example.com' },
};

/** Names every plain object inherits: a lookup table indexed with them finds something unless it checks own keys. */
const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);

/** The body as raw JSON text: an object literal cannot carry an own `__proto__` member, JSON text can. */
const body = (provider: string, extra: string, sample: { keys: Record<string, unknown>; baseUrl?: string }) => {
  const keys = JSON.stringify({ discriminator: provider, ...sample.keys }).slice(0, -1) + `,${JSON.stringify(extra)}:"x"}`;
  const base = sample.baseUrl === undefined ? '' : `,"baseUrl":${JSON.stringify(sample.baseUrl)}`;
  return `{"credentials":{"name":"proto-${provider}","provider":${JSON.stringify(provider)}${base},"keys":${keys}}}`;
};

describe('keys fields named like Object.prototype members', () => {
  it('covers the names the review found accepted', () => {
    expect(PROTOTYPE_NAMES).toEqual(
      expect.arrayContaining(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', '__defineGetter__']),
    );
  });

  it('every sample is accepted without the extra field', async () => {
    for (const [provider, sample] of Object.entries(VALID)) {
      const response = await api.call('POST', '/credentials?workspaceId=201', {
        rawBody: body(provider, 'discriminator', sample).replace(`,"discriminator":"x"`, '').replace('"proto-', '"plain-'),
        headers: { 'content-type': 'application/json' },
      });
      expect(response.status, `${provider}: ${response.text}`).toBe(200);
    }
  });

  it.each(PROVIDER_IDS.filter((id) => id !== 'seqeracompute'))('are rejected with 400 naming the field for %s', async (provider) => {
    const sample = VALID[provider as Exclude<ProviderId, 'seqeracompute'>];
    for (const name of PROTOTYPE_NAMES) {
      const response = await api.call('POST', '/credentials?workspaceId=201', {
        rawBody: body(provider, name, sample),
        headers: { 'content-type': 'application/json' },
      });
      expect(response.status, `${provider} keys.${name}: ${response.text}`).toBe(400);
      expect(response.json.message).toBe(`Field keys.${name} is not accepted for provider '${provider}'`);
    }
  });
});
