import { queryOptions } from '@tanstack/react-query';
import { listWorkspacesUser } from './workspaces-api';

export const workspacesQueries = {
  list: (userId: number) =>
    queryOptions({
      queryKey: ['workspaces', 'list', { userId }] as const,
      queryFn: ({ signal }) => listWorkspacesUser(userId, signal),
      staleTime: 5 * 60 * 1000,
    }),
};
