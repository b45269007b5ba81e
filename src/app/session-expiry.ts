import { signInPath } from '../features/session/next-path';
import type { AppRouter } from './router';

/**
 * Sends the user to sign-in when the API says the session is gone, remembering where they
 * were. The cached session is left alone: the sign-in page ignores it when `expired` is set,
 * and a successful sign-in replaces it.
 */
export function redirectToSignIn(router: AppRouter): void {
  const { pathname, search } = router.state.location;
  if (pathname === '/sign-in') return;
  void router.navigate(signInPath(pathname + search, true), { replace: true });
}
