import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { createMemoryRouter, Outlet, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import type { CredentialsContext, WorkspaceRole } from '../../workspaces/credentials-context';
import { credentialsQueries } from '../api/credentials-queries';
import type { Credentials } from '../api/credentials-schemas';
import type { ListOutletContext } from './list-outlet-context';

/** Test-only: renders an overlay route under a stand-in list that records close() calls. */
export function renderOverlay(path: 'delete' | 'validate', element: ReactNode, { role = 'owner' as WorkspaceRole, list = [] as Credentials[] } = {}) {
  const context: CredentialsContext = {
    kind: 'workspace',
    workspaceId: 201,
    orgName: 'genomics-lab',
    workspaceName: 'production',
    fullName: 'Production',
    role,
    path: '/list',
  };
  const close = vi.fn<ListOutletContext['close']>();
  const outlet: ListOutletContext = { context, close, neighbourOf: () => 'neighbour-id' };
  const router = createMemoryRouter(
    [{ path: '/list', element: <Outlet context={outlet} />, children: [{ path: `:credentialsId/${path}`, element }] }],
    { initialEntries: [`/list/c1/${path}`] },
  );
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  queryClient.setQueryData(credentialsQueries.list({ workspaceId: 201, platformId: undefined }).queryKey, { credentials: list, skipped: 0 });
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { close, queryClient, user: userEvent.setup() };
}
