import { queryOptions } from '@tanstack/react-query';
import { getAuthConfig, getSession } from './session-api';

export const sessionQueries = {
  current: () =>
    queryOptions({
      queryKey: ['session'] as const,
      queryFn: ({ signal }) => getSession(signal),
      staleTime: Infinity,
    }),
  config: () =>
    queryOptions({
      queryKey: ['auth-config'] as const,
      queryFn: ({ signal }) => getAuthConfig(signal),
      staleTime: Infinity,
    }),
};
