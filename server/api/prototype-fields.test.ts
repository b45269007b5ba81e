import { afterAll, describe, expect, it } from 'vitest';
import { toCredentialsRequest } from '../../src/features/credentials/form/mappers';
import { primarySamples } from '../../src/features/credentials/form/test-samples';
import { PROVIDER_IDS, PROVIDERS } from './providers';
import { setupApi } from './test-support';

const api = setupApi();
afterAll(() => api.close());

/** One valid request per creatable provider (the client's form samples), so that only the extra field can fail it. */
const VALID = new Map(
  Object.values(primarySamples).map((sample) => {
    const { keys, baseUrl } = toCredentialsRequest(sample).body.credentials;
    return [sample.provider as string, { keys: keys as Record<string, unknown>, baseUrl: baseUrl ?? undefined }];
  }),
);
const CREATABLE = PROVIDER_IDS.filter((id) => PROVIDERS[id].creatable);

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
    expect([...VALID.keys()].sort()).toEqual([...CREATABLE].sort());
    for (const [provider, sample] of VALID) {
      const response = await api.call('POST', '/credentials?workspaceId=201', {
        rawBody: body(provider, 'discriminator', sample).replace(`,"discriminator":"x"`, '').replace('"proto-', '"plain-'),
        headers: { 'content-type': 'application/json' },
      });
      expect(response.status, `${provider}: ${response.text}`).toBe(200);
    }
  });

  it.each(CREATABLE)('are rejected with 400 naming the field for %s', async (provider) => {
    const sample = VALID.get(provider);
    if (sample === undefined) throw new Error(`No sample for ${provider}`);
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
