import { queryOptions } from '@tanstack/react-query';
import { listWorkspacesUser, NoUserIdError } from './workspaces-api';

export const workspacesQueries = {
  /** `userId` is missing when Seqera's /user-info gave none: the list then fails at once with NoUserIdError. */
  list: (userId: number | null | undefined) =>
    queryOptions({
      queryKey: ['workspaces', 'list', { userId: userId ?? null }] as const,
      queryFn: ({ signal }) => (typeof userId === 'number' ? listWorkspacesUser(userId, signal) : Promise.reject(new NoUserIdError())),
      // Asking again cannot bring an id that the sign-in answer did not have.
      retry: typeof userId === 'number' ? undefined : false,
      staleTime: 5 * 60 * 1000,
    }),
};
