import './lib/zod-config';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { AppProviders } from './app/app-providers';
import { createQueryClient } from './app/query-client';
import { createAppRouter, type AppRouter } from './app/router';
import { sessionQueries } from './features/session/session-queries';
import { redirectToSignIn } from './app/session-expiry';
import { appTheme } from './app/theme';
import { prepareHistory } from './app/prepare-history';
import { nextTask } from './lib/next-task';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');

// The query client reports expired sessions to the router, which is created after it.
const routerHolder: { current?: AppRouter } = {};
const queryClient = createQueryClient(() => {
  if (routerHolder.current) redirectToSignIn(routerHolder.current);
});
// Every page starts by asking whether a session exists: ask now, before the router and the theme are
// built, so the answer is on its way while they are.
void queryClient.prefetchQuery(sessionQueries.current());
// Startup is split into tasks of its own (loading the modules, the history, the router, the theme,
// then the render), so that none of them blocks the page for long on a slow CPU. The router comes
// first: its loaders start the rest of the data chain (workspaces, credentials).
async function start(container: HTMLElement) {
  await nextTask();
  prepareHistory();
  await nextTask();
  const router = createAppRouter(queryClient);
  routerHolder.current = router;
  await nextTask();
  appTheme();
  await nextTask();
  // Rendered as a transition: React then works in slices of a few milliseconds and yields between
  // them, so the first screen is not one long task that blocks input on a slow CPU.
  const reactRoot = createRoot(container);
  startTransition(() => {
    reactRoot.render(
      <StrictMode>
        <AppProviders queryClient={queryClient}>
          <RouterProvider router={router} />
        </AppProviders>
      </StrictMode>,
    );
  });
}

void start(root);
