import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CredentialsForm } from './credentials-form';
import type { CredentialFormValues } from './form-schema';
import { defaultValuesFor } from './provider-registry';

interface Sent {
  method: string;
  url: URL;
  body: unknown;
}

let sent: Sent[] = [];

beforeEach(() => {
  sent = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string, init: RequestInit) => {
      const url = new URL(input, 'http://console.test');
      sent.push({ method: init.method ?? 'GET', url, body: init.body ? JSON.parse(String(init.body)) : undefined });
      if (url.pathname === '/api/credentials/validate') return new Response(null, { status: 204 });
      if (init.method === 'POST') return Response.json({ credentialsId: 'new-id' });
      return new Response(null, { status: 204 });
    }),
  );
});

afterEach(() => vi.unstubAllGlobals());

function renderForm(props: { intent: 'create' | 'edit'; initialValues: CredentialFormValues; credentialsId?: string }) {
  const onSaved = vi.fn();
  const router = createMemoryRouter(
    [{ path: '/', element: <CredentialsForm {...props} workspaceId={5} onSaved={onSaved} onCancel={() => undefined} /> }],
    { initialEntries: ['/'] },
  );
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { onSaved, user: userEvent.setup() };
}

const storedAws: CredentialFormValues = {
  provider: 'aws',
  name: 'prod-keys',
  description: '',
  keys: { mode: 'keys', accessKey: 'AKIAIOSFODNN7EXAMPLE', secretKey: '', assumeRoleArn: '', useExternalId: false },
};

const putBody = () => sent.find((request) => request.method === 'PUT')?.body as { credentials: { keys: Record<string, unknown> } };

// MUI and user-event are slow in jsdom on a small machine; the default 5 s is too tight.
describe('CredentialsForm', { timeout: 20_000 }, () => {
  it('on edit, keeps a stored secret out of the update unless it was replaced', async () => {
    const { user, onSaved } = renderForm({ intent: 'edit', initialValues: storedAws, credentialsId: 'c1' });
    screen.getByText('Set — leave blank to keep the current value.');
    await user.click(screen.getByRole('button', { name: 'Replace Secret access key' }));
    await user.click(screen.getByLabelText(/^Secret access key/));
    await user.paste('typed-then-cancelled');
    await user.click(screen.getByRole('button', { name: /Keep current value/ }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('c1', 'prod-keys'));
    expect(putBody().credentials.keys).toEqual({ discriminator: 'aws', mode: 'keys', accessKey: 'AKIAIOSFODNN7EXAMPLE' });
    // The own, unchanged name needs no availability check.
    expect(sent.some((request) => request.url.pathname === '/api/credentials/validate')).toBe(false);
  });

  it('on edit, sends a replaced secret', async () => {
    const { user, onSaved } = renderForm({ intent: 'edit', initialValues: storedAws, credentialsId: 'c1' });
    await user.click(screen.getByRole('button', { name: 'Replace Secret access key' }));
    await user.click(screen.getByLabelText(/^Secret access key/));
    await user.paste('x'.repeat(40));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(putBody().credentials.keys.secretKey).toBe('x'.repeat(40));
  });

  it('on create, shows every problem and sends nothing while the values are invalid', async () => {
    const { user } = renderForm({ intent: 'create', initialValues: defaultValuesFor('container-reg') });
    await user.clear(screen.getByLabelText(/^Registry host/));
    await user.paste('https://quay.io/org');
    await user.click(screen.getByRole('button', { name: 'Add credentials' }));
    await screen.findByText('Name is required.');
    screen.getByText(/Leave out http:\/\/ or https:\/\//);
    screen.getByText('Password or access token is required.');
    expect(sent).toEqual([]);
  });

  it('on create, hides a secret behind a labelled toggle and turns autofill off', async () => {
    const { user } = renderForm({ intent: 'create', initialValues: defaultValuesFor('github') });
    const token = screen.getByLabelText(/^Personal access token/);
    expect(token.getAttribute('type')).toBe('password');
    expect(token.getAttribute('autocomplete')).toBe('new-password');
    await user.click(screen.getByRole('button', { name: 'Show Personal access token' }));
    expect(token.getAttribute('type')).toBe('text');
    expect(screen.getByRole('button', { name: 'Hide Personal access token' }).getAttribute('aria-pressed')).toBe('true');
  });
});
