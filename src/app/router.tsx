import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type LoaderFunctionArgs, type RouteObject } from 'react-router';
import { FullPageStatus } from '../components/full-page-status';
import { credentialsScreens } from '../features/credentials/screens';
import { sessionQueries } from '../features/session/session-queries';
import { workspacesQueries } from '../features/workspaces/workspaces-queries';
import { lazyRoute } from './lazy-route';
import { RouteErrorPage } from './route-error-page';
import { appStrings } from './strings';

// The entry holds only the router, the providers and the session queries both pages start with;
// sign-in and everything behind a session are chunks of their own, so neither runs the other's code.
const signedIn = () => import('./signed-in');

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
  // Never awaited: the page renders at once and the data arrives into the query cache. The chain
  // starts as soon as the list's chunk has run (the session request is already under way).
  const listRoute = (path: string): RouteObject => ({
    path,
    lazy: lazyRoute(signedIn, (module) => module.CredentialsPage),
    children: overlayRoutes,
    loader: ({ params, request }: LoaderFunctionArgs) => {
      // A workspace's id comes from the user's workspaces list: ask for it as soon as the session
      // answers, while the list's chunk still downloads, rather than once that chunk has run.
      if (params.orgName !== undefined) {
        queryClient.ensureQueryData(sessionQueries.current()).then(
          (session) => session && void queryClient.prefetchQuery(workspacesQueries.list(session.user.id)),
          () => undefined, // the session gate shows a failed session request
        );
      }
      signedIn().then(
        (module) => module.prefetchCredentials(queryClient, params, request.url),
        () => undefined, // the route's own lazy load reports a failed download
      );
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
      // Ask whether a session exists while the signed-in chunk downloads, not after.
      loader: () => {
        void queryClient.prefetchQuery(sessionQueries.current());
        return null;
      },
      lazy: lazyRoute(signedIn, (module) => module.SignedInLayout),
      children: [
        { index: true, lazy: lazyRoute(signedIn, (module) => module.RootRedirect) },
        listRoute('user/credentials'),
        listRoute('orgs/:orgName/workspaces/:workspaceName/credentials'),
        { path: '*', lazy: lazyRoute(signedIn, (module) => module.NotFoundPage) },
      ],
    },
  ]);
}

export type AppRouter = ReturnType<typeof createAppRouter>;
