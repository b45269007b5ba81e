import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { credentialsFixture } from './credentials-fixture';
import { credentialsQueries } from './credentials-queries';
import type { CredentialsList } from './credentials-schemas';
import { patchInLists, removeFromLists, restoreToLists } from './list-cache';

const row = (id: string) => credentialsFixture({ id, name: id });
const listOf = (...ids: string[]): CredentialsList => ({ credentials: ids.map(row), skipped: 0 });
const key = (workspaceId: number | undefined, platformId: string | undefined) =>
  credentialsQueries.list({ workspaceId, platformId }).queryKey;
const ids = (client: QueryClient, workspaceId: number | undefined, platformId: string | undefined) =>
  client.getQueryData<CredentialsList>(key(workspaceId, platformId))?.credentials.map((item) => item.id);

/** Lists of one workspace under two platform filters, the same id in the personal context, and another workspace. */
function seeded() {
  const client = new QueryClient();
  client.setQueryData(key(201, undefined), listOf('a', 'b', 'c'));
  client.setQueryData(key(201, 'aws-batch'), listOf('b', 'c'));
  client.setQueryData(key(undefined, undefined), listOf('b'));
  client.setQueryData(key(202, undefined), listOf('b'));
  return client;
}

describe('the cached lists of one context', () => {
  it('takes a credential out of every list of its context, whatever the platform filter, and puts it back in place', () => {
    const client = seeded();
    const removed = removeFromLists(client, 'b', 201);
    expect(ids(client, 201, undefined)).toEqual(['a', 'c']);
    expect(ids(client, 201, 'aws-batch')).toEqual(['c']);
    expect(ids(client, undefined, undefined)).toEqual(['b']);
    expect(ids(client, 202, undefined)).toEqual(['b']);

    restoreToLists(client, removed);
    expect(ids(client, 201, undefined)).toEqual(['a', 'b', 'c']);
    expect(ids(client, 201, 'aws-batch')).toEqual(['b', 'c']);
  });

  it('tells the personal context (no workspace) from a workspace', () => {
    const client = seeded();
    removeFromLists(client, 'b', undefined);
    expect(ids(client, undefined, undefined)).toEqual([]);
    expect(ids(client, 201, undefined)).toEqual(['a', 'b', 'c']);
  });

  it('patches the credential where its context holds it and leaves other lists untouched', () => {
    const client = seeded();
    const untouched = client.getQueryState(key(201, 'aws-batch'));
    patchInLists(client, 'a', 201, { status: 'INVALID' });
    expect(client.getQueryData<CredentialsList>(key(201, undefined))?.credentials[0]?.status).toBe('INVALID');
    expect(client.getQueryState(key(201, 'aws-batch'))).toBe(untouched);
    patchInLists(client, 'b', 201, { status: 'INVALID' });
    expect(client.getQueryData<CredentialsList>(key(202, undefined))?.credentials[0]?.status).not.toBe('INVALID');
    expect(client.getQueryData<CredentialsList>(key(undefined, undefined))?.credentials[0]?.status).not.toBe('INVALID');
  });
});
