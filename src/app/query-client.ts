import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, isApiError } from '../lib/api-client';

/**
 * `onUnauthorized` runs whenever the API says the session is gone, from any query or
 * mutation, so no screen has to handle a 401 itself. Sign-in mutations opt out with
 * `meta.handlesUnauthorized`, because there a 401 means "wrong token".
 */
export function createQueryClient(onUnauthorized: () => void): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (isApiError(error, 401)) onUnauthorized();
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (isApiError(error, 401) && mutation.meta?.handlesUnauthorized !== true) onUnauthorized();
      },
    }),
    defaultOptions: {
      // The default 'online' mode PAUSES requests while the browser reports itself offline, so a
      // screen would spin with no error and no Retry. 'always' lets the fetch fail into the
      // ApiError every screen already shows with its Retry.
      mutations: { networkMode: 'always' },
      queries: {
        networkMode: 'always',
        staleTime: 30_000,
        // Client errors (4xx) and contract mismatches will not fix themselves; a network blip or
        // 5xx might, but one retry is enough before showing the error with its own Retry button.
        retry: (failureCount, error) =>
          failureCount < 1 && !(error instanceof ApiError && (error.status < 0 || (error.status >= 400 && error.status < 500))),
      },
    },
  });
}
