import { act, configure, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../test/app-harness';
import { credentialsQueries } from '../api/credentials-queries';
import type { CredentialsList } from '../api/credentials-schemas';

// The app loads its lazy routes on first use; in jsdom on a small shared machine that takes seconds.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const credentials = [
  { id: 'a', name: 'alpha', provider: 'github', status: 'AVAILABLE' },
  { id: 'b', name: 'beta', provider: 'aws', status: 'INVALID' },
];

// React writes a form control's name and type back into the page each time it renders the control.
// On a slow device each write restyles the page, so the list's inputs and selects must not render
// again when nothing of their own changed: here, a refetch in which one row's description changed.
describe('the list re-rendering its rows', { timeout: 30_000 }, () => {
  it('leaves the search field, the filters and the rows’ selection boxes untouched', async () => {
    const { queryClient } = renderApp('/user/credentials', ({ method, url }) =>
      method === 'GET' && url.pathname === '/api/credentials' ? Response.json({ credentials }) : undefined,
    );
    await screen.findByText('2 credentials');
    const boxes = await screen.findAllByRole('checkbox', { name: /alpha|beta/ });
    expect(boxes).toHaveLength(2);

    const touched: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        const target = record.target as Element;
        if (['INPUT', 'SELECT', 'OPTION'].includes(target.tagName)) touched.push(`${target.tagName} ${String(record.attributeName)} ${String(target.getAttribute('aria-label') ?? target.id)}`);
      }
    });
    observer.observe(document.body, { subtree: true, attributes: true });
    const key = credentialsQueries.list({ workspaceId: undefined, platformId: undefined }).queryKey;
    const before = queryClient.getQueryData<CredentialsList>(key);
    act(() => {
      queryClient.setQueryData<CredentialsList>(key, (list) =>
        list && { ...list, credentials: list.credentials.map((item) => (item.id === 'a' ? { ...item, description: 'Lab bot' } : item)) },
      );
    });
    expect(queryClient.getQueryData(key)).not.toBe(before);
    await screen.findByText('Lab bot');
    observer.disconnect();
    expect(touched).toEqual([]);
    expect(screen.getByRole('checkbox', { name: /alpha/ })).toBe(boxes[0]);
  });
});
