import type { QueryClient } from '@tanstack/react-query';
import { signInPath } from '../features/session/next-path';
import { sessionQueries } from '../features/session/session-queries';
import type { AppRouter } from './router';

/** Sends the user to sign-in when the session is gone, remembering where they were. */
export function redirectToSignIn(router: AppRouter, queryClient: QueryClient): void {
  const { pathname, search } = router.state.location;
  if (pathname === '/sign-in') return;
  void router.navigate(signInPath(pathname + search, true), { replace: true });
  queryClient.setQueryData(sessionQueries.current().queryKey, null);
}
