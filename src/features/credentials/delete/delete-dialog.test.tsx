import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { credentialsQueries } from '../api/credentials-queries';
import type { CredentialsList } from '../api/credentials-schemas';
import { DeleteDialog } from './delete-dialog';
import { credentialsFixture } from '../api/credentials-fixture';
import { renderOverlay } from '../list/overlay-harness';

const row = credentialsFixture({ id: 'c1', name: 'aws-batch-keys' });
const other = credentialsFixture({ id: 'c2', name: 'ghcr' });
const conflict = {
  credentialsId: 'c1',
  conflicts: [
    { type: 'workflow', id: 'w1', name: 'nf-core/rnaseq (hungry_turing)', url: 'https://cloud.example.test/watch/w1' },
    { type: 'workflow', id: 'w2', name: 'nf-core/sarek (brave_curie)' },
  ],
};

let deletes: URL[] = [];
let answers: Response[] = [];

beforeEach(() => {
  deletes = [];
  answers = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string, init: RequestInit) => {
      const url = new URL(input, 'http://console.test');
      if (init.method === 'DELETE') {
        deletes.push(url);
        return answers.shift() ?? new Response(null, { status: 204 });
      }
      return Response.json({ credentials: row });
    }),
  );
});

afterEach(() => vi.unstubAllGlobals());

const listOf = (queryClient: ReturnType<typeof renderOverlay>['queryClient']) =>
  queryClient.getQueryData<CredentialsList>(credentialsQueries.list({ workspaceId: 201, platformId: undefined }).queryKey)?.credentials.map((c) => c.id);

describe('DeleteDialog', { timeout: 20_000 }, () => {
  it('names the credential and workspace, sends a checked delete and closes with a notice on the neighbour', async () => {
    const { close, user, queryClient } = renderOverlay('delete', <DeleteDialog />, { list: [row, other] });
    const dialog = await screen.findByRole('dialog', { name: 'Delete aws-batch-keys?' });
    within(dialog).getByText('From workspace genomics-lab / production.');
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(close).toHaveBeenCalledWith('neighbour-id', 'Deleted aws-batch-keys.'));
    expect(deletes[0]?.searchParams.get('checked')).toBe('true');
    expect(deletes[0]?.searchParams.get('workspaceId')).toBe('201');
    expect(listOf(queryClient)).toEqual(['c2']);
  });

  it('lists blocking jobs, re-checks, then deletes anyway only after the exact name is typed', async () => {
    answers = [Response.json(conflict, { status: 409 }), Response.json(conflict, { status: 409 })];
    const { close, user, queryClient } = renderOverlay('delete', <DeleteDialog />, { list: [row, other] });
    const dialog = await screen.findByRole('dialog', { name: 'Delete aws-batch-keys?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    const heading = await within(dialog).findByRole('heading', { name: '2 running jobs use these credentials' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const jobs = within(dialog).getByRole('list', { name: 'Running jobs' });
    expect(within(jobs).getByRole('link', { name: 'Open nf-core/rnaseq (hungry_turing)' }).getAttribute('href')).toBe(
      'https://cloud.example.test/watch/w1',
    );
    within(jobs).getByText('nf-core/sarek (brave_curie)');
    within(jobs).getByText('Workflow · ID w2');
    // Blocked: the row is back in the list while the user decides.
    expect(listOf(queryClient)).toEqual(['c1', 'c2']);

    await user.click(within(dialog).getByRole('button', { name: 'Re-check' }));
    await waitFor(() => expect(deletes).toHaveLength(2));
    await user.click(await within(dialog).findByRole('button', { name: 'Delete anyway and stop these jobs' }));

    const field = within(dialog).getByRole('textbox', { name: 'Credentials name' });
    expect(document.activeElement).toBe(field);
    await user.type(field, 'aws-batch-key');
    await user.click(within(dialog).getByRole('button', { name: 'Delete and stop jobs' }));
    within(dialog).getByText('Type the name exactly as shown.');
    expect(deletes).toHaveLength(2);

    await user.type(field, 's{Enter}');
    await waitFor(() => expect(close).toHaveBeenCalledWith('neighbour-id', 'Deleted aws-batch-keys and stopped 2 running jobs.'));
    expect(deletes[2]?.searchParams.get('checked')).toBe('false');
  });

  it('puts the row back and shows the error when the delete fails', async () => {
    answers = [Response.json({ message: 'Database is locked' }, { status: 500 })];
    const { close, user, queryClient } = renderOverlay('delete', <DeleteDialog />, { list: [row, other] });
    const dialog = await screen.findByRole('dialog', { name: 'Delete aws-batch-keys?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await within(dialog).findByText('The credentials were not deleted: Database is locked');
    expect(listOf(queryClient)).toEqual(['c1', 'c2']);
    expect(close).not.toHaveBeenCalled();
    // Still in the confirm step: trying again is one click.
    within(dialog).getByRole('button', { name: 'Delete' });
  });

  it('refuses a viewer who reaches the route by URL', async () => {
    renderOverlay('delete', <DeleteDialog />, { role: 'view' });
    await screen.findByRole('dialog', { name: 'Owner or admin role needed' });
    expect(screen.queryByRole('button', { name: 'Delete' })).toBeNull();
  });
});
