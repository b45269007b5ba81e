import './lib/zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { AppProviders } from './app/app-providers';
import { createQueryClient } from './app/query-client';
import { createAppRouter, type AppRouter } from './app/router';
import { redirectToSignIn } from './app/session-expiry';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');

// The query client reports expired sessions to the router, which is created after it.
const routerHolder: { current?: AppRouter } = {};
const queryClient = createQueryClient(() => {
  if (routerHolder.current) redirectToSignIn(routerHolder.current);
});
const router = createAppRouter(queryClient);
routerHolder.current = router;

createRoot(root).render(
  <StrictMode>
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
