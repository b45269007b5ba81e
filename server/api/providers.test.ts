import { describe, expect, it } from 'vitest';
import { HttpError } from './errors';
import { MAX_MESSAGE, truncateMessage } from './probe';
import { normalizeKeys, probeCredentials } from './keys';
import { PROVIDERS, SECRET_FIELDS, type StoredKeys } from './providers';
import type { CredentialsRow } from './store';
import { setupApi } from './test-support';

const ROLE = 'arn:aws:iam::123456789012:role/Pipelines';

describe('normalizeKeys', () => {
  it('infers the AWS mode and stores only non-secret fields as public', () => {
    expect(normalizeKeys('aws', { discriminator: 'aws', accessKey: 'AKIA1', secretKey: 's' }, { useExternalId: false })).toEqual({
      publicKeys: { accessKey: 'AKIA1', mode: 'keys' },
      secrets: { secretKey: 's' },
    });
    expect(normalizeKeys('aws', { discriminator: 'aws', assumeRoleArn: ROLE }, { useExternalId: false }).publicKeys).toEqual({
      assumeRoleArn: ROLE,
      mode: 'role',
    });
  });

  it('drops the stored AWS secret key when an update switches to role mode', () => {
    const stored: StoredKeys = { publicKeys: { mode: 'keys', accessKey: 'AKIA1' }, secrets: { secretKey: 's' } };
    const keys = normalizeKeys('aws', { discriminator: 'aws', mode: 'role', assumeRoleArn: ROLE }, { stored, useExternalId: false });
    expect(keys.secrets).toEqual({});
  });

  it('keeps stored secrets when the update sends null or an empty string', () => {
    const stored: StoredKeys = { publicKeys: { username: 'u' }, secrets: { token: 't', password: 'p' } };
    for (const blank of [null, '']) {
      const keys = normalizeKeys('gitlab', { discriminator: 'gitlab', username: 'v', token: blank }, { stored, useExternalId: false });
      expect(keys).toEqual({ publicKeys: { username: 'v' }, secrets: { token: 't', password: 'p' } });
    }
  });

  it('switches Kubernetes and Google modes without leaving the other mode’s secret behind', () => {
    const k8s = normalizeKeys('k8s', { discriminator: 'k8s', token: 'new' }, {
      stored: { publicKeys: { certificate: 'c' }, secrets: { privateKey: 'k' } },
      useExternalId: false,
    });
    expect(k8s).toEqual({ publicKeys: {}, secrets: { token: 'new' } });
    const google = normalizeKeys(
      'google',
      { discriminator: 'google', serviceAccountEmail: 'a@b.iam.gserviceaccount.com', workloadIdentityProvider: 'projects/1/x' },
      { stored: { publicKeys: {}, secrets: { data: '{}' } }, useExternalId: false },
    );
    expect(google.secrets).toEqual({});
  });

  it('keeps the External ID on update and ignores one sent by the client', () => {
    const stored: StoredKeys = { publicKeys: { mode: 'role', assumeRoleArn: ROLE, externalId: 'kept' }, secrets: {} };
    const keys = normalizeKeys('aws', { discriminator: 'aws', assumeRoleArn: ROLE, externalId: 'forged' }, { stored, useExternalId: true });
    expect(keys.publicKeys.externalId).toBe('kept');
    const fresh = normalizeKeys('aws', { discriminator: 'aws', assumeRoleArn: ROLE, externalId: 'forged' }, { useExternalId: false });
    expect(fresh.publicKeys.externalId).toBeUndefined();
  });

  it('names the field in its 400 and never includes the value', () => {
    try {
      normalizeKeys('container-reg', { discriminator: 'container-reg', userName: 'u', password: 'hunter2-secret', extra: 'x' }, { useExternalId: false });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(HttpError);
      expect((error as HttpError).status).toBe(400);
      expect((error as HttpError).message).toContain('keys.extra');
      expect((error as HttpError).message).not.toContain('hunter2');
    }
  });
});

describe('truncateMessage', () => {
  it('keeps messages up to 4096 characters and cuts longer ones with the suffix', () => {
    expect(truncateMessage('x'.repeat(MAX_MESSAGE))).toBe('x'.repeat(MAX_MESSAGE));
    const cut = truncateMessage('y'.repeat(MAX_MESSAGE + 1));
    expect(cut).toHaveLength(MAX_MESSAGE);
    expect(cut.endsWith(' (truncated)')).toBe(true);
  });
});

describe('the demo and bulk data follow the provider rows', () => {
  it('every seeded and bulk credential is accepted by its provider’s rules and seals its secrets; demo ones pass the probe unless INVALID', async () => {
    const api = setupApi();
    try {
      expect((await api.call('POST', '/__test/bulk', { token: null, body: { workspaceId: 201, count: 12, prefix: 'rows' } })).status).toBe(200);
      const rows = api.store.db.prepare<[], CredentialsRow>('SELECT * FROM credentials').all();
      expect(new Set(rows.map((row) => row.provider)).size).toBeGreaterThanOrEqual(17);
      for (const row of rows) {
        const keys = api.store.readKeys(row);
        const where = `${row.name} (${row.provider})`;
        expect(Object.keys(keys.publicKeys).filter((field) => SECRET_FIELDS.has(field)), where).toEqual([]);
        if (PROVIDERS[row.provider].creatable) {
          const sent = { discriminator: row.provider, ...keys.publicKeys, ...keys.secrets };
          expect(() => normalizeKeys(row.provider, sent, { useExternalId: false }), where).not.toThrow();
        }
        const problem = probeCredentials({ provider: row.provider, baseUrl: row.base_url, ...keys });
        // Bulk rows are for list load only: their SSH "keys" are random text, so only the demo rows must pass.
        if (row.status === 'AVAILABLE' && !row.name.startsWith('rows-')) expect(problem, where).toBeNull();
      }
    } finally {
      api.close();
    }
  });
});
