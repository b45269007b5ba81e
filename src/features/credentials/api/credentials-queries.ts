import { queryOptions, skipToken, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import type { ComputePlatform, CredentialsList } from './credentials-schemas';
import { describeCredentials, listCredentials, listPlatforms } from './credentials-api';

interface ListFilters {
  workspaceId: number | undefined;
  platformId: string | undefined;
}

const unresolvedList = queryOptions<CredentialsList>({ queryKey: ['credentials', 'unresolved-context'], queryFn: skipToken });
const unresolvedPlatforms = queryOptions<ComputePlatform[]>({ queryKey: ['platforms', 'unresolved-context'], queryFn: skipToken });

export const credentialsQueries = {
  all: () => ['credentials'] as const,
  lists: () => [...credentialsQueries.all(), 'list'] as const,
  /** A partial key: every list of one context, whatever its platform filter (TanStack matches keys by prefix and object subset). */
  listsIn: (workspaceId: number | undefined) => [...credentialsQueries.lists(), { workspaceId }] as const,
  list: ({ workspaceId, platformId }: ListFilters) =>
    queryOptions({
      queryKey: [...credentialsQueries.lists(), { workspaceId, platformId }] as const,
      queryFn: ({ signal }) => listCredentials({ workspaceId, platformId }, signal),
    }),
  /**
   * The list of a context, or, while the context the address names is still being resolved
   * (`undefined`), a query that is never fetched nor filled, under a key of its own, so that no other
   * context's cached rows show meanwhile.
   */
  listOrUnresolved: (filters: ListFilters | undefined): UseQueryOptions<CredentialsList, Error, CredentialsList, QueryKey> =>
    filters ? (credentialsQueries.list(filters) as UseQueryOptions<CredentialsList, Error, CredentialsList, QueryKey>) : unresolvedList,
  details: () => [...credentialsQueries.all(), 'detail'] as const,
  detail: (credentialsId: string, workspaceId: number | undefined) =>
    queryOptions({
      queryKey: [...credentialsQueries.details(), { credentialsId, workspaceId }] as const,
      queryFn: ({ signal }) => describeCredentials(credentialsId, { workspaceId }, signal),
    }),
};

export const platformsQueries = {
  list: (workspaceId: number | undefined) =>
    queryOptions({
      queryKey: ['platforms', 'list', { workspaceId }] as const,
      queryFn: ({ signal }) => listPlatforms({ workspaceId }, signal),
      // The set of compute platforms changes only with a Platform upgrade.
      staleTime: 60 * 60 * 1000,
    }),
  /** As credentialsQueries.listOrUnresolved: no platforms while the context is being resolved. */
  listOrUnresolved: (workspaceId: number | undefined | null): UseQueryOptions<ComputePlatform[], Error, ComputePlatform[], QueryKey> =>
    workspaceId === null
      ? unresolvedPlatforms
      : (platformsQueries.list(workspaceId) as UseQueryOptions<ComputePlatform[], Error, ComputePlatform[], QueryKey>),
};
