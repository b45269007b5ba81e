import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  describeCredentialsResponseSchema,
  listCredentialsResponseSchema,
  listPlatformsResponseSchema,
  readCredentialsList,
  readDescribeAnswer,
  readPlatforms,
} from './credentials-schemas';

const list = (payload: unknown) => readCredentialsList(z.parse(listCredentialsResponseSchema, payload).credentials);

describe('credentials response schemas', () => {
  it('accept the nulls real Seqera sends and normalise them away', () => {
    const { credentials } = list({
      credentials: [
        {
          id: 'a1',
          name: 'ghcr',
          provider: 'container-reg',
          baseUrl: null,
          description: null,
          keys: { discriminator: 'container-reg', registry: 'ghcr.io', userName: 'bot' },
          status: null,
          message: null,
          lastUsed: null,
        },
      ],
    });
    expect(credentials[0]).toMatchObject({ baseUrl: undefined, description: undefined, status: 'AVAILABLE', lastUsed: undefined });
    expect(credentials[0]?.keys).toEqual({ discriminator: 'container-reg', registry: 'ghcr.io', userName: 'bot' });
  });

  it('keeps an unknown provider and its fields instead of failing', () => {
    const answer = z.parse(describeCredentialsResponseSchema, {
      credentials: { id: 'q', name: 'future', provider: 'quantum-cloud', keys: { discriminator: 'quantum-cloud', region: 'moon-1' } },
      setupSnippet: null,
    });
    const described = readDescribeAnswer(answer, 'q');
    expect(described?.credentials.keys?.region).toBe('moon-1');
    expect(described?.setupSnippet).toBeUndefined();
  });

  it('treats a missing list as empty', () => {
    expect(list({})).toEqual({ credentials: [], skipped: 0 });
    expect(list({ credentials: null })).toEqual({ credentials: [], skipped: 0 });
  });

  // Issue 10, A1: `id` is optional in the document. A row without one (or with a wrongly typed field)
  // cannot be acted on: it is skipped and counted, and the other rows are still listed.
  it('skips and counts rows without an id or with an unreadable field, keeping the others', () => {
    const { credentials, skipped } = list({
      credentials: [
        { name: 'no-id', provider: 'aws' },
        { id: 7, name: 'numeric-id', provider: 'aws' },
        { id: 'ok', name: 'usable', provider: 'github' },
        { id: 'gone', name: 'deleted', provider: 'github', deleted: true },
      ],
    });
    expect(credentials.map((c) => c.id)).toEqual(['ok']);
    expect(skipped).toBe(2);
  });

  // A2: `discriminator` is optional everywhere; future fields may hold objects or lists.
  it('accepts keys without a discriminator and with object or list values', () => {
    const { credentials, skipped } = list({
      credentials: [
        { id: 'a', name: 'no-discriminator', provider: 'aws', keys: { accessKey: 'AKIAEXAMPLEEXAMPLE12' } },
        { id: 'b', name: 'future-fields', provider: 'aws', keys: { discriminator: 'aws', tags: { team: 'lab' }, regions: ['eu-west-1'] } },
        { id: 'c', name: 'empty-keys', provider: 'aws', keys: {} },
        { id: 'd', name: 'odd-keys', provider: 'aws', keys: 'not-an-object' },
      ],
    });
    expect(skipped).toBe(0);
    expect(credentials[0]?.keys).toEqual({ accessKey: 'AKIAEXAMPLEEXAMPLE12', discriminator: undefined });
    expect(credentials[1]?.keys?.tags).toEqual({ team: 'lab' });
    expect(credentials[3]?.keys).toBeUndefined();
  });

  // A3: a status value this console does not know is kept as UNKNOWN, not a failed list.
  it('reads an unknown status as UNKNOWN', () => {
    const { credentials, skipped } = list({
      credentials: [
        { id: 'a', name: 'future', provider: 'aws', status: 'PENDING_VALIDATION' },
        { id: 'b', name: 'bad', provider: 'aws', status: 'INVALID' },
      ],
    });
    expect(skipped).toBe(0);
    expect(credentials.map((c) => c.status)).toEqual(['UNKNOWN', 'INVALID']);
  });

  // A4: `credentials` is optional in the describe answer; an id-less credential is the one asked for.
  it('reads a describe answer without credentials as not available, and fills in a missing id', () => {
    expect(readDescribeAnswer(z.parse(describeCredentialsResponseSchema, {}), 'x')).toBeUndefined();
    expect(readDescribeAnswer(z.parse(describeCredentialsResponseSchema, { setupSnippet: 'policy' }), 'x')).toBeUndefined();
    const described = readDescribeAnswer(z.parse(describeCredentialsResponseSchema, { credentials: { name: 'n', provider: 'aws' } }), 'x');
    expect(described?.credentials).toMatchObject({ id: 'x', name: 'n', provider: 'aws', status: 'AVAILABLE' });
  });

  // A5: every ComputePlatform field is optional; one without an id cannot be a filter and is left out.
  it('reads platforms without id or name', () => {
    const rows = z.parse(listPlatformsResponseSchema, {
      platforms: [{}, { name: 'No id' }, { id: 'aws-batch' }, { id: 'google-batch', name: 'Google Batch', credentialsProviders: ['google'] }],
    }).platforms;
    expect(readPlatforms(rows)).toEqual([
      { id: 'aws-batch', name: 'aws-batch', credentialsProviders: undefined },
      { id: 'google-batch', name: 'Google Batch', credentialsProviders: ['google'] },
    ]);
  });
});
