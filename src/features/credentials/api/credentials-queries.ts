import { queryOptions } from '@tanstack/react-query';
import { describeCredentials, listCredentials, listPlatforms } from './credentials-api';

interface ListFilters {
  workspaceId: number | undefined;
  platformId: string | undefined;
}

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
};
