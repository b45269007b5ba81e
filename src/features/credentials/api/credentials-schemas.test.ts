import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { describeCredentialsResponseSchema, listCredentialsResponseSchema } from './credentials-schemas';

describe('credentials response schemas', () => {
  it('accept the nulls real Seqera sends and normalise them away', () => {
    const parsed = z.parse(listCredentialsResponseSchema, {
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
    expect(parsed.credentials[0]).toMatchObject({ baseUrl: undefined, description: undefined, status: 'AVAILABLE', lastUsed: undefined });
    expect(parsed.credentials[0]?.keys).toEqual({ discriminator: 'container-reg', registry: 'ghcr.io', userName: 'bot' });
  });

  it('keeps an unknown provider and its fields instead of failing', () => {
    const parsed = z.parse(describeCredentialsResponseSchema, {
      credentials: { id: 'q', name: 'future', provider: 'quantum-cloud', keys: { discriminator: 'quantum-cloud', region: 'moon-1' } },
      setupSnippet: null,
    });
    expect(parsed.credentials.keys?.region).toBe('moon-1');
    expect(parsed.setupSnippet).toBeUndefined();
  });

  it('treats a missing list as empty and rejects a wrongly typed field', () => {
    expect(z.parse(listCredentialsResponseSchema, {}).credentials).toEqual([]);
    expect(z.safeParse(listCredentialsResponseSchema, { credentials: [{ id: 1, name: 'x', provider: 'aws' }] }).success).toBe(false);
    expect(z.safeParse(listCredentialsResponseSchema, { credentials: [{ id: 'a', name: 'x', provider: 'aws', status: 'BROKEN' }] }).success).toBe(false);
  });
});
