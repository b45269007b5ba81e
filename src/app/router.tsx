import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type LoaderFunctionArgs, type RouteObject } from 'react-router';
import { FullPageStatus } from '../components/full-page-status';
import { CredentialsPage } from '../features/credentials/list/credentials-page';
import { credentialsScreens } from '../features/credentials/screens';
import { RequireSession } from '../features/session/require-session';
import { sessionQueries } from '../features/session/session-queries';
import { AppLayout } from './app-layout';
import { lazyRoute } from './lazy-route';
import { NotFoundPage } from './not-found-page';
import { prefetchCredentials } from './prefetch-credentials';
import { RootRedirect } from './root-redirect';
import { RouteErrorPage } from './route-error-page';
import { appStrings } from './strings';

// Everything drawn over the list is a separate chunk (see credentialsScreens).
const overlayRoutes: RouteObject[] = [
  {
    path: 'new',
    lazy: lazyRoute(credentialsScreens.create, (module) => module.CredentialsCreatePage),
  },
  {
    // A static segment: it wins over `:credentialsId` for this one path.
    path: 'import',
    lazy: lazyRoute(credentialsScreens.import, (module) => module.ImportDialog),
  },
  {
    path: ':credentialsId',
    lazy: lazyRoute(credentialsScreens.details, (module) => module.CredentialsDrawer),
  },
  {
    path: ':credentialsId/edit',
    lazy: lazyRoute(credentialsScreens.edit, (module) => module.CredentialsEditPage),
  },
  {
    path: ':credentialsId/validate',
    lazy: lazyRoute(credentialsScreens.validate, (module) => module.ValidateDialog),
  },
  {
    path: ':credentialsId/copy',
    lazy: lazyRoute(credentialsScreens.copy, (module) => module.CopyDialog),
  },
  {
    path: ':credentialsId/delete',
    lazy: lazyRoute(credentialsScreens.delete, (module) => module.DeleteDialog),
  },
];

const loading = <FullPageStatus label={appStrings.loading} />;

export function createAppRouter(queryClient: QueryClient) {
  // Never awaited: the page renders at once and the data arrives into the query cache.
  const listRoute = (path: string): RouteObject => ({
    path,
    Component: CredentialsPage,
    children: overlayRoutes,
    loader: ({ params, request }: LoaderFunctionArgs) => {
      prefetchCredentials(queryClient, params, request.url);
      return null;
    },
    // Filters change the query string on every keystroke; only a new context needs a new chain.
    shouldRevalidate: ({ currentParams, nextParams, currentUrl, nextUrl }) =>
      currentParams.orgName !== nextParams.orgName ||
      currentParams.workspaceName !== nextParams.workspaceName ||
      currentUrl.searchParams.get('platform') !== nextUrl.searchParams.get('platform'),
  });
  return createBrowserRouter([
    {
      path: '/sign-in',
      hydrateFallbackElement: loading,
      // A friendly page, never React Router's default one with a stack trace.
      errorElement: <RouteErrorPage />,
      // The page first asks whether a session exists; ask while its code downloads, not after.
      loader: () => {
        void queryClient.prefetchQuery(sessionQueries.current());
        void queryClient.prefetchQuery(sessionQueries.config());
        return null;
      },
      lazy: lazyRoute(() => import('../features/session/sign-in-page'), (module) => module.SignInPage),
    },
    {
      path: '/',
      hydrateFallbackElement: loading,
      errorElement: <RouteErrorPage />,
      element: (
        <RequireSession>
          <AppLayout />
        </RequireSession>
      ),
      children: [
        { index: true, element: <RootRedirect /> },
        listRoute('user/credentials'),
        listRoute('orgs/:orgName/workspaces/:workspaceName/credentials'),
        { path: '*', Component: NotFoundPage },
      ],
    },
  ]);
}

export type AppRouter = ReturnType<typeof createAppRouter>;
