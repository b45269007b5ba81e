import { describe, expect, it } from 'vitest';
import { credentialsFixture } from '../api/credentials-fixture';
import type { Credentials } from '../api/credentials-schemas';
import { filterRows, sortRows, toRows } from './credentials-rows';
import { DEFAULT_LIST_PARAMS, parseListParams, toSearchParams } from './list-params';

function credentials(partial: Partial<Credentials> & Pick<Credentials, 'name' | 'provider'>): Credentials {
  return credentialsFixture({ id: partial.name, keys: { discriminator: partial.provider }, ...partial });
}

const rows = toRows([
  credentials({ name: 'ghcr', provider: 'container-reg', keys: { discriminator: 'container-reg', registry: 'ghcr.io' }, lastUsed: '2025-03-01T00:00:00Z' }),
  credentials({ name: 'aws-prod', provider: 'aws', description: 'Batch in eu-west-1', keys: { discriminator: 'aws', assumeRoleArn: 'arn:aws:iam::1:role/Prod' } }),
  credentials({ name: 'Bitbucket-ci', provider: 'bitbucket', status: 'INVALID', message: 'expired', lastUsed: '2025-05-01T00:00:00Z' }),
  credentials({ name: 'aws-dev', provider: 'aws', keys: { discriminator: 'aws', accessKey: 'AKIADEV' }, lastUsed: '2025-01-01T00:00:00Z' }),
]);

const names = (list: readonly { credentials: Credentials }[]) => list.map((row) => row.credentials.name);

describe('filterRows', () => {
  it('matches the search against name, description and identifying detail, ignoring case', () => {
    expect(names(filterRows(rows, { search: 'AWS', provider: undefined, status: undefined }))).toEqual(['aws-prod', 'aws-dev']);
    expect(names(filterRows(rows, { search: 'eu-west', provider: undefined, status: undefined }))).toEqual(['aws-prod']);
    expect(names(filterRows(rows, { search: 'GHCR.IO', provider: undefined, status: undefined }))).toEqual(['ghcr']);
    expect(names(filterRows(rows, { search: 'role/prod', provider: undefined, status: undefined }))).toEqual(['aws-prod']);
  });

  it('requires every search word to match', () => {
    expect(names(filterRows(rows, { search: 'aws akiadev', provider: undefined, status: undefined }))).toEqual(['aws-dev']);
  });

  it('filters by provider and status together', () => {
    expect(names(filterRows(rows, { search: '', provider: 'aws', status: undefined }))).toEqual(['aws-prod', 'aws-dev']);
    expect(names(filterRows(rows, { search: '', provider: undefined, status: 'INVALID' }))).toEqual(['Bitbucket-ci']);
    expect(filterRows(rows, { search: '', provider: 'aws', status: 'INVALID' })).toEqual([]);
  });
});

describe('sortRows', () => {
  it('sorts by name without regard to case, both ways', () => {
    expect(names(sortRows(rows, 'name', 'asc'))).toEqual(['aws-dev', 'aws-prod', 'Bitbucket-ci', 'ghcr']);
    expect(names(sortRows(rows, 'name', 'desc'))).toEqual(['ghcr', 'Bitbucket-ci', 'aws-prod', 'aws-dev']);
  });

  it('puts never-used credentials last whichever the direction', () => {
    expect(names(sortRows(rows, 'lastUsed', 'desc'))).toEqual(['Bitbucket-ci', 'ghcr', 'aws-dev', 'aws-prod']);
    expect(names(sortRows(rows, 'lastUsed', 'asc'))).toEqual(['aws-dev', 'ghcr', 'Bitbucket-ci', 'aws-prod']);
  });

  it('puts invalid credentials first when sorting by status', () => {
    expect(names(sortRows(rows, 'status', 'asc'))[0]).toBe('Bitbucket-ci');
  });

  it('sorts by provider display name, then by name', () => {
    expect(names(sortRows(rows, 'provider', 'asc'))).toEqual(['aws-dev', 'aws-prod', 'Bitbucket-ci', 'ghcr']);
  });
});

describe('list params in the URL', () => {
  it('round-trips every filter and the sort', () => {
    const params = { search: 'aws prod', provider: 'aws', status: 'INVALID' as const, platformId: 'aws-batch', usage: 'unused' as const, attention: 'any' as const, sort: 'lastUsed' as const, direction: 'desc' as const };
    expect(parseListParams(toSearchParams(params))).toEqual(params);
  });

  it('keeps the defaults out of the URL and ignores unknown values', () => {
    expect(toSearchParams(DEFAULT_LIST_PARAMS).toString()).toBe('');
    expect(parseListParams(new URLSearchParams('sort=password&status=BROKEN&dir=sideways'))).toEqual(DEFAULT_LIST_PARAMS);
  });
});
