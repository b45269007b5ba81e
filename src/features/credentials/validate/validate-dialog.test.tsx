import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { credentialsQueries } from '../api/credentials-queries';
import type { CredentialsList, DescribeCredentialsResponse } from '../api/credentials-schemas';
import { credentialsFixture } from '../api/credentials-fixture';
import { renderOverlay } from '../list/overlay-harness';
import { ValidateDialog } from './validate-dialog';

const invalid = credentialsFixture({ id: 'c1', name: 'bitbucket-ci', status: 'INVALID', message: 'expired token (HTTP 401)' });
let posts: URL[] = [];
let answers: Response[] = [];

beforeEach(() => {
  posts = [];
  answers = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string, init: RequestInit) => {
      const url = new URL(input, 'http://console.test');
      if (init.method === 'POST') {
        posts.push(url);
        return answers.shift() ?? Response.json({ message: 'unexpected' }, { status: 500 });
      }
      return Response.json({ credentials: invalid });
    }),
  );
});

afterEach(() => vi.unstubAllGlobals());

const cachedStatus = (queryClient: ReturnType<typeof renderOverlay>['queryClient']) => ({
  list: queryClient.getQueryData<CredentialsList>(credentialsQueries.list({ workspaceId: 201, platformId: undefined }).queryKey)?.credentials[0]?.status,
  detail: queryClient.getQueryData<DescribeCredentialsResponse>(credentialsQueries.detail('c1', 201).queryKey)?.credentials.status,
});

describe('ValidateDialog', { timeout: 20_000 }, () => {
  it('validates on open and shows AVAILABLE in list and detail without a reload', async () => {
    answers = [Response.json({ status: 'AVAILABLE', message: null, transientError: false })];
    const { queryClient } = renderOverlay('validate', <ValidateDialog />, { list: [invalid] });
    const dialog = await screen.findByRole('dialog', { name: /Validate/ });
    await within(dialog).findByRole('heading', { name: 'Valid' });
    expect(posts).toHaveLength(1);
    expect(posts[0]?.searchParams.get('force')).toBeNull();
    await waitFor(() => expect(cachedStatus(queryClient)).toEqual({ list: 'AVAILABLE', detail: 'AVAILABLE' }));
  });

  it('shows an INVALID answer with the provider message, and Mark as valid after a confirmation', async () => {
    answers = [
      Response.json({ status: 'INVALID', message: 'Bitbucket said: token revoked', transientError: false }),
      Response.json({ status: 'AVAILABLE', message: null, transientError: false }),
    ];
    const { user, queryClient } = renderOverlay('validate', <ValidateDialog />, { list: [invalid] });
    const dialog = await screen.findByRole('dialog', { name: 'Validate bitbucket-ci' });
    const heading = await within(dialog).findByRole('heading', { name: 'Rejected by the provider' });
    within(dialog).getByText('Bitbucket said: token revoked');
    await waitFor(() => expect(document.activeElement).toBe(heading));

    await user.click(within(dialog).getByRole('button', { name: 'Mark as valid…' }));
    within(dialog).getByText(
      'This sets the status to Available without asking the provider. If the credentials really are broken, pipeline launches that use them will fail.',
    );
    expect(posts).toHaveLength(1);
    await user.click(within(dialog).getByRole('button', { name: 'Mark as valid' }));
    await within(dialog).findByRole('heading', { name: 'Marked as valid' });
    expect(posts[1]?.searchParams.get('force')).toBe('true');
    expect(cachedStatus(queryClient)).toEqual({ list: 'AVAILABLE', detail: 'AVAILABLE' });
  });

  it('presents a transient answer as unreachable, not as a rejection, and keeps the status', async () => {
    answers = [Response.json({ status: 'INVALID', message: 'expired token (HTTP 401)', transientError: true })];
    const { queryClient } = renderOverlay('validate', <ValidateDialog />, { list: [invalid] });
    const dialog = await screen.findByRole('dialog', { name: 'Validate bitbucket-ci' });
    await within(dialog).findByRole('heading', { name: 'Provider not reachable' });
    within(dialog).getByText('The provider could not be reached; the status shown is the last known one. Last known status: Invalid.');
    expect(within(dialog).queryByText('Rejected by the provider')).toBeNull();
    // Still INVALID as far as anyone knows, so it can still be marked valid by hand.
    within(dialog).getByRole('button', { name: 'Mark as valid…' });
    expect(cachedStatus(queryClient).list).toBe('INVALID');
  });

  it('explains a 409 on Mark as valid', async () => {
    answers = [
      Response.json({ status: 'INVALID', message: 'bad', transientError: false }),
      Response.json({ message: 'Only INVALID credentials can be forced to AVAILABLE' }, { status: 409 }),
    ];
    const { user } = renderOverlay('validate', <ValidateDialog />, { list: [invalid] });
    const dialog = await screen.findByRole('dialog', { name: 'Validate bitbucket-ci' });
    await user.click(await within(dialog).findByRole('button', { name: 'Mark as valid…' }));
    await user.click(within(dialog).getByRole('button', { name: 'Mark as valid' }));
    await within(dialog).findByRole('heading', { name: 'Nothing to mark' });
    within(dialog).getByText(/^These credentials are no longer Invalid/);
  });

  it('refuses a viewer without sending anything', async () => {
    renderOverlay('validate', <ValidateDialog />, { role: 'view' });
    await screen.findByRole('dialog', { name: 'Owner or admin role needed' });
    expect(posts).toHaveLength(0);
  });
});
