import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { credentialsQueries } from './credentials-queries';
import type { Credentials, CredentialsList } from './credentials-schemas';

/** Where a row sat in one cached list before it was taken out, so it can go back to the same place. */
export interface RemovedRow {
  queryKey: QueryKey;
  index: number;
  item: Credentials;
}

function listWorkspaceId(queryKey: QueryKey): number | undefined {
  const filters = queryKey[2];
  if (typeof filters !== 'object' || filters === null || !('workspaceId' in filters)) return undefined;
  return typeof filters.workspaceId === 'number' ? filters.workspaceId : undefined;
}

/** Takes the credential out of every cached list of its context (each platform filter has its own list). */
export function removeFromLists(queryClient: QueryClient, credentialsId: string, workspaceId: number | undefined): RemovedRow[] {
  const removed: RemovedRow[] = [];
  for (const [queryKey, data] of queryClient.getQueriesData<CredentialsList>({ queryKey: credentialsQueries.lists() })) {
    if (!data || listWorkspaceId(queryKey) !== workspaceId) continue;
    const index = data.credentials.findIndex((item) => item.id === credentialsId);
    const item = data.credentials[index];
    if (item === undefined) continue;
    removed.push({ queryKey, index, item });
    queryClient.setQueryData<CredentialsList>(queryKey, { ...data, credentials: data.credentials.toSpliced(index, 1) });
  }
  return removed;
}

/**
 * Puts rows back one by one rather than restoring whole snapshots: in a bulk delete other rows
 * leave the same lists meanwhile, and a snapshot would bring them back too.
 */
export function restoreToLists(queryClient: QueryClient, removed: readonly RemovedRow[]): void {
  for (const { queryKey, index, item } of removed) {
    queryClient.setQueryData<CredentialsList>(queryKey, (data) => {
      if (!data || data.credentials.some((other) => other.id === item.id)) return data;
      return { ...data, credentials: data.credentials.toSpliced(Math.min(index, data.credentials.length), 0, item) };
    });
  }
}

/** Applies a change to the credential wherever a list of its context holds it. */
export function patchInLists(
  queryClient: QueryClient,
  credentialsId: string,
  workspaceId: number | undefined,
  patch: Partial<Credentials>,
): void {
  for (const [queryKey, data] of queryClient.getQueriesData<CredentialsList>({ queryKey: credentialsQueries.lists() })) {
    if (!data || listWorkspaceId(queryKey) !== workspaceId || !data.credentials.some((item) => item.id === credentialsId)) continue;
    queryClient.setQueryData<CredentialsList>(queryKey, {
      ...data,
      credentials: data.credentials.map((item) => (item.id === credentialsId ? { ...item, ...patch } : item)),
    });
  }
}
