import { configure, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp, type Handler } from '../../test/app-harness';

// Issue 10, section A: answers that Seqera's OpenAPI document allows, each of which failed a whole screen
// before. Each test drives the real app (router, query client, screens) with the answer and checks what
// a user sees.

// The whole app loads its lazy routes on first use; in jsdom on a small shared machine that takes seconds.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const json = (body: unknown, status = 200) => Response.json(body, { status });

/** GET answers by path; POST/PUT/DELETE are left to each test. */
function answers(byPath: Record<string, unknown>): Handler {
  return ({ method, url }) => (method === 'GET' && url.pathname in byPath ? json(byPath[url.pathname]) : undefined);
}

const field = (dialog: HTMLElement, label: string) => within(dialog).getByRole('definition', { name: label });

describe('document-valid answers render', { timeout: 30_000 }, () => {
  // A1 (row without id), A2 (keys without discriminator, object values), A3 (unknown status).
  it('lists the usable rows, says quietly that one was skipped, and shows an unknown status neutrally', async () => {
    const { router } = renderApp(
      '/user/credentials',
      answers({
        '/api/credentials': {
          credentials: [
            { name: 'no-id', provider: 'aws' },
            { id: 'a', name: 'alpha', provider: 'github', status: 'PENDING_REVIEW' },
            { id: 'b', name: 'beta', provider: 'aws', keys: { accessKey: 'AKIAEXAMPLEEXAMPLE12', tags: { team: 'lab' } } },
            { id: 'c', name: 'gamma', provider: 'gitlab', status: 'INVALID', keys: { discriminator: 'gitlab', scopes: ['read_api'] } },
          ],
        },
      }),
    );
    expect(await screen.findByText('3 credentials')).toBeTruthy();
    screen.getByText(/One entry in Seqera’s answer is not shown/);
    const alpha = (await screen.findByText('alpha')).closest('[role="row"]') as HTMLElement;
    within(alpha).getByText('Unknown status');
    within((screen.getByText('beta').closest('[role="row"]') as HTMLElement)).getByText('AKIAEXAMPLEEXAMPLE12');

    // The status filter still works with an unknown status in the list.
    await router.navigate('/user/credentials?status=INVALID');
    await screen.findByText('1 of 3 credentials');
    expect(screen.queryByText('alpha')).toBeNull();
    screen.getByText('gamma');
  });

  // A2 in details: object and list values of keys (future fields) are shown, not a crash.
  it('shows future object and list key fields in the details', async () => {
    renderApp(
      '/user/credentials/b',
      answers({
        '/api/credentials': { credentials: [] },
        '/api/credentials/b': { credentials: { name: 'beta', provider: 'aws', keys: { accessKey: 'AKIAEXAMPLEEXAMPLE12', tags: { team: 'lab' }, regions: ['eu-west-1'] } } },
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'beta' });
    expect(field(dialog, 'tags').textContent).toBe('{"team":"lab"}');
    expect(field(dialog, 'regions').textContent).toBe('["eu-west-1"]');
    // The id missing from the answer is the one the URL asked for.
    expect(field(dialog, 'Identifier').textContent).toBe('b');
  });

  // A4: `credentials` is optional in the describe answer.
  it('says plainly that a credential is not available when the describe answer has none (details and edit)', async () => {
    const { router } = renderApp('/user/credentials/x', answers({ '/api/credentials': { credentials: [] }, '/api/credentials/x': {} }));
    await screen.findByText(/Seqera answered without these credentials/);
    await router.navigate('/user/credentials/x/edit');
    await screen.findByText(/Seqera answered without these credentials/);
  });

  // A5: every ComputePlatform field is optional.
  it('offers the platforms that have an id, named by their id when the name is missing', async () => {
    renderApp(
      '/user/credentials',
      answers({ '/api/credentials': { credentials: [{ id: 'a', name: 'alpha', provider: 'aws' }] }, '/api/platforms': { platforms: [{}, { name: 'No id' }, { id: 'aws-batch' }] } }),
    );
    // The select is replaced by a complete one once the platforms are known.
    const platformSelect = () => screen.getByRole<HTMLSelectElement>('combobox', { name: 'Compute platform' });
    await waitFor(() => expect(platformSelect().disabled).toBe(false));
    const select = platformSelect();
    expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual(['All platforms', 'aws-batch']);
    await screen.findByText('alpha');
  });

  // A6: every OrgAndWorkspaceDto field is optional or nullable.
  it('opens a workspace from a workspaces answer with partial rows', async () => {
    renderApp(
      '/orgs/lab/workspaces/prod/credentials',
      answers({
        '/api/user/7/workspaces': {
          orgsAndWorkspaces: [{}, { orgId: null, orgName: null, workspaceId: 6, workspaceName: 'orphan' }, { orgName: 'lab', workspaceId: 5, workspaceName: 'prod', roles: null }],
        },
        '/api/credentials': { credentials: [{ id: 'a', name: 'alpha', provider: 'aws' }] },
      }),
    );
    await screen.findByText('Workspace lab / prod');
    await screen.findByText('alpha');
  });

  // A7: `credentialsId` is optional in the create answer; the create succeeded and must not look failed.
  it('says saved and goes to the refreshed list when a create answer has no id', async () => {
    let lists = 0;
    const { requests, user } = renderApp('/user/credentials/new?provider=github', (request) => {
      if (request.url.pathname === '/api/credentials/validate') return new Response(null, { status: 204 });
      if (request.url.pathname === '/api/credentials' && request.method === 'POST') return json({});
      if (request.url.pathname === '/api/credentials') return json({ credentials: lists++ === 0 ? [] : [{ id: 'n', name: 'new-one', provider: 'github' }] });
      return undefined;
    });
    const dialog = await screen.findByRole('dialog', { name: /GitHub/ });
    await user.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'new-one');
    await user.type(within(dialog).getByRole('textbox', { name: /^User name/ }), 'octocat');
    await user.type(within(dialog).getByLabelText(/^Personal access token/), 'ghp_exampleexampleexample');
    await user.click(within(dialog).getByRole('button', { name: 'Add credentials' }));
    await screen.findByText('Credentials new-one saved. Seqera did not return their identifier; find them in the list.');
    await waitFor(() => expect(window.location.pathname).toBe('/user/credentials'));
    await screen.findByText('new-one');
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(1);
    expect(screen.queryByText('The credentials could not be saved.')).toBeNull();
  });

  // A8: `status` is optional in the validate answer.
  it('tells that a validation ran when its answer reports no status', async () => {
    renderApp('/user/credentials/a/validate', (request) => {
      if (request.method === 'POST') return json({});
      return answers({ '/api/credentials': { credentials: [] }, '/api/credentials/a': { credentials: { id: 'a', name: 'alpha', provider: 'aws' } } })(request);
    });
    const dialog = await screen.findByRole('dialog', { name: 'Validate alpha' });
    await within(dialog).findByRole('heading', { name: 'Validation ran' });
  });

  // A9: `conflicts` and each conflict's fields are optional in the 409 of a checked delete.
  it('shows partial conflict entries and can still delete anyway', async () => {
    const deletes: URL[] = [];
    const { user } = renderApp('/user/credentials/a/delete', (request) => {
      if (request.method === 'DELETE') {
        deletes.push(request.url);
        return request.url.searchParams.get('checked') === 'true'
          ? json({ conflicts: [{}, { name: 'nightly', url: null }, { id: 'w3' }] }, 409)
          : new Response(null, { status: 204 });
      }
      return answers({ '/api/credentials': { credentials: [] }, '/api/credentials/a': { credentials: { id: 'a', name: 'alpha', provider: 'aws' } } })(request);
    });
    const dialog = await screen.findByRole('dialog', { name: 'Delete alpha?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await within(dialog).findByRole('heading', { name: '3 running jobs use these credentials' });
    const jobs = within(within(dialog).getByRole('list', { name: 'Running jobs' })).getAllByRole('listitem');
    expect(jobs.map((job) => job.textContent)).toEqual(['Unnamed jobJob', 'nightlyJob', 'w3Job · ID w3']);
    await user.click(within(dialog).getByRole('button', { name: 'Delete anyway and stop these jobs' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Credentials name' }), 'alpha');
    await user.click(within(dialog).getByRole('button', { name: 'Delete and stop jobs' }));
    await waitFor(() => expect(deletes.at(-1)?.searchParams.get('checked')).toBe('false'));
  });

  // A10: `user.id` and `user.userName` are optional in /user-info.
  it('works signed in without a user id: personal credentials load, the workspaces say why they are missing', async () => {
    const { requests, router } = renderApp('/user/credentials', ({ url, method }) => {
      if (url.pathname === '/auth/session' && method === 'GET') return json({ user: { email: 'ada@example.com' }, mode: 'proxy' });
      return answers({ '/api/credentials': { credentials: [{ id: 'a', name: 'alpha', provider: 'aws' }] } })({ url, method, body: undefined });
    });
    await screen.findByText('alpha');
    screen.getByRole('button', { name: 'Account: ada@example.com' });
    await router.navigate('/orgs/lab/workspaces/prod/credentials');
    await screen.findByText(/did not tell this console your user id/);
    expect(requests.some((request) => request.url.pathname.startsWith('/api/user/'))).toBe(false);
  });

  // A11: a legacy AWS credential stored with nulls opens in role mode.
  it('opens a legacy AWS credential {mode: null, accessKey: null, assumeRoleArn} in role mode', async () => {
    renderApp(
      '/user/credentials/l/edit',
      answers({
        '/api/credentials': { credentials: [] },
        '/api/credentials/l': {
          credentials: {
            id: 'l',
            name: 'legacy-role',
            provider: 'aws',
            keys: { discriminator: 'aws', mode: null, accessKey: null, secretKey: null, assumeRoleArn: 'arn:aws:iam::123456789012:role/seqera' },
          },
        },
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Edit legacy-role' });
    expect(within(dialog).getByRole('button', { name: 'Role' }).getAttribute('aria-pressed')).toBe('true');
    expect((within(dialog).getByRole('textbox', { name: /^IAM role ARN/ }) as HTMLInputElement).value).toBe('arn:aws:iam::123456789012:role/seqera');
    expect(within(dialog).queryByRole('textbox', { name: /Access key ID/ })).toBeNull();
  });
});

describe('Bitbucket after app passwords were withdrawn', { timeout: 30_000 }, () => {
  const legacy = { id: 'bb', name: 'bb-legacy', provider: 'bitbucket', keys: { discriminator: 'bitbucket', username: 'lab-bot' } };

  it('offers only API tokens, with the Atlassian account e-mail, for new credentials', async () => {
    renderApp('/user/credentials/new?provider=bitbucket', answers({ '/api/credentials': { credentials: [] } }));
    const dialog = await screen.findByRole('dialog', { name: /Bitbucket/ });
    within(dialog).getByRole('textbox', { name: /^Atlassian account e-mail/ });
    within(dialog).getByLabelText(/^API token/);
    expect(within(dialog).queryByRole('button', { name: /App password/ })).toBeNull();
    expect(within(dialog).queryByLabelText(/^App password/)).toBeNull();
  });

  it('shows a credential stored with an app password as such, with a hint to replace it (details and edit)', async () => {
    const { router } = renderApp('/user/credentials/bb', answers({ '/api/credentials': { credentials: [legacy] }, '/api/credentials/bb': { credentials: legacy } }));
    const details = await screen.findByRole('dialog', { name: 'bb-legacy' });
    expect(field(details, 'Signs in with').textContent).toBe('App password');
    within(details).getByText(/Atlassian withdrew app passwords on 9 June 2026/);

    await router.navigate('/user/credentials/bb/edit');
    const form = await screen.findByRole('dialog', { name: 'Edit bb-legacy' });
    expect(within(form).getByRole('button', { name: 'App password (withdrawn)' }).getAttribute('aria-pressed')).toBe('true');
    within(form).getByText(/choose API token and enter your Atlassian account e-mail/);
  });
});
