import { configure, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp, type Handler } from '../../../test/app-harness';

// The app loads its lazy routes on first use; in jsdom on a small shared machine that takes seconds.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('a workspace list while the user’s workspaces are still being looked up', { timeout: 30_000 }, () => {
  it('shows its frame for the names in the address, asks for no rows yet, and carries on with what the user typed', async () => {
    let answerWorkspaces: (() => void) | undefined;
    const workspacesAnswered = new Promise<void>((resolve) => (answerWorkspaces = resolve));
    const handler: Handler = ({ method, url }) => {
      if (url.pathname === '/api/user/7/workspaces') {
        // Held until the test lets it go (the harness awaits what a handler returns).
        return workspacesAnswered.then(() =>
          Response.json({ orgsAndWorkspaces: [{ orgName: 'lab', workspaceId: 5, workspaceName: 'prod', roles: ['owner'] }] }),
        ) as unknown as Response;
      }
      if (method === 'GET' && url.pathname === '/api/credentials') {
        return Response.json({ credentials: [{ id: 'a', name: 'alpha', provider: 'github', status: 'AVAILABLE' }] });
      }
      return undefined;
    };
    const { requests, user } = renderApp('/orgs/lab/workspaces/prod/credentials', handler);

    await screen.findByRole('heading', { name: 'Credentials' });
    screen.getByText('Workspace lab / prod');
    const search = screen.getByRole('searchbox', { name: 'Search credentials' });
    // The owner's buttons hold their place, hidden until the role is known.
    expect(screen.queryByRole('link', { name: /Add credentials/ })).toBeNull();
    expect(requests.some((request) => request.url.pathname === '/api/credentials')).toBe(false);
    expect(requests.some((request) => request.url.pathname === '/api/platforms')).toBe(false);

    await user.type(search, 'alp');
    answerWorkspaces?.();

    await screen.findByText('alpha');
    expect(requests.find((request) => request.url.pathname === '/api/credentials')?.url.searchParams.get('workspaceId')).toBe('5');
    screen.getByRole('link', { name: /Add credentials/ });
    screen.getByText('Role: Owner');
    // The same field, still focused, with the text typed while the context resolved.
    const after = screen.getByRole('searchbox', { name: 'Search credentials' });
    expect(after).toBe(search);
    expect(document.activeElement).toBe(search);
    expect((after as HTMLInputElement).value).toBe('alp');
  });
});
