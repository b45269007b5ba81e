import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, isApiError } from '../lib/api-client';

/** A server that asks for a longer wait than this is not retried automatically: its error says when to try again. */
export const MAX_AUTO_RETRY_AFTER_SECONDS = 30;

/**
 * Client errors (4xx) and contract mismatches will not fix themselves; a network blip or 5xx
 * might, and so might a 429, but one retry is enough before showing the error with its own Retry
 * button. A Retry-After beyond MAX_AUTO_RETRY_AFTER_SECONDS is left to the user.
 */
export function shouldRetryQuery(failureCount: number, error: Error): boolean {
  if (failureCount >= 1) return false;
  if (!(error instanceof ApiError)) return true;
  if (error.retryAfter !== undefined && error.retryAfter > MAX_AUTO_RETRY_AFTER_SECONDS) return false;
  if (error.status === 429) return true;
  return !(error.status < 0 || (error.status >= 400 && error.status < 500));
}

/** As long as the server asked (Retry-After), else TanStack Query's default back-off. */
export function queryRetryDelay(failureCount: number, error: Error): number {
  if (error instanceof ApiError && error.retryAfter !== undefined) return Math.min(error.retryAfter, MAX_AUTO_RETRY_AFTER_SECONDS) * 1000;
  return Math.min(1000 * 2 ** failureCount, 30_000);
}

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
        retry: shouldRetryQuery,
        retryDelay: queryRetryDelay,
      },
    },
  });
}
