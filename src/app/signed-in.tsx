/**
 * Everything behind a session, as one chunk that the router loads lazily: the app's frame (header,
 * switcher, account menu), the credentials list, and the data chain that feeds it. The sign-in page
 * never downloads or runs it; the list's routes all import this one module, so it is one request.
 */
import { RequireSession } from '../features/session/require-session';
import { AppLayout } from './app-layout';

export { CredentialsPage } from '../features/credentials/list/credentials-page';
export { NotFoundPage } from './not-found-page';
export { prefetchCredentials } from './prefetch-credentials';
export { RootRedirect } from './root-redirect';

export function SignedInLayout() {
  return (
    <RequireSession>
      <AppLayout />
    </RequireSession>
  );
}
