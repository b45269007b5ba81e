import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider } from 'react-router';
import { vi } from 'vitest';
import { AppProviders } from '../app/app-providers';
import { createQueryClient } from '../app/query-client';
import { createAppRouter } from '../app/router';

export type Handler = (request: { method: string; url: URL; body: unknown }) => Response | undefined;

export const SESSION_USER = { id: 7, userName: 'ada', email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace' };

/** Answers the app server's own routes; tests add the API answers they are about. */
const defaults: Handler = ({ method, url }) => {
  if (url.pathname === '/auth/session' && method === 'GET') return Response.json({ user: SESSION_USER, mode: 'proxy' });
  if (url.pathname === '/auth/config') return Response.json({ mode: 'proxy', demo: false });
  if (url.pathname === '/api/platforms') return Response.json({ platforms: [] });
  if (url.pathname === '/api/user/7/workspaces') return Response.json({ orgsAndWorkspaces: [] });
  return undefined;
};

/**
 * Test-only: the whole app (router, providers, query client) at `path`, with fetch answered by `handler`
 * first, then by the defaults above; anything else is a 404. Returns the requests made.
 */
export function renderApp(path: string, handler: Handler) {
  const requests: { method: string; url: URL; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string, init: RequestInit = {}) => {
      await Promise.resolve();
      const request = {
        method: init.method ?? 'GET',
        url: new URL(input, 'http://console.test'),
        body: typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
      };
      requests.push(request);
      return handler(request) ?? defaults(request) ?? Response.json({ message: 'Not found' }, { status: 404 });
    }),
  );
  // jsdom lays nothing out; the list's virtualiser renders rows only into a viewport with a size.
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(800);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1200);
  window.history.replaceState(null, '', path);
  const queryClient = createQueryClient(() => undefined);
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  const router = createAppRouter(queryClient);
  render(
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { requests, router, queryClient, user: userEvent.setup() };
}
