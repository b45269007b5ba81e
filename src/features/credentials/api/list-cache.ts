import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { credentialsQueries } from './credentials-queries';
import type { Credentials, CredentialsList } from './credentials-schemas';

/** Where a row sat in one cached list before it was taken out, so it can go back to the same place. */
export interface RemovedRow {
  queryKey: QueryKey;
  index: number;
  item: Credentials;
}

/** Takes the credential out of every cached list of its context (each platform filter has its own list). */
export function removeFromLists(queryClient: QueryClient, credentialsId: string, workspaceId: number | undefined): RemovedRow[] {
  const removed: RemovedRow[] = [];
  for (const [queryKey, data] of queryClient.getQueriesData<CredentialsList>({ queryKey: credentialsQueries.listsIn(workspaceId) })) {
    if (!data) continue;
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
  queryClient.setQueriesData<CredentialsList>({ queryKey: credentialsQueries.listsIn(workspaceId) }, (data) =>
    data?.credentials.some((item) => item.id === credentialsId)
      ? { ...data, credentials: data.credentials.map((item) => (item.id === credentialsId ? { ...item, ...patch } : item)) }
      : undefined, // no change: a list without the credential is left as it is (not marked as freshly updated)
  );
}
