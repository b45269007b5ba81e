import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TokenSignInForm } from './token-sign-in-form';

const user = { id: 7, userName: 'olivia', email: 'o@example.com', firstName: 'Olivia', lastName: 'Okafor' };

function renderForm() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const router = createMemoryRouter(
    [
      { path: '/sign-in', element: <TokenSignInForm /> },
      { path: '/orgs/lab/workspaces/prod/credentials', element: <p>back where I was</p> },
    ],
    { initialEntries: ['/sign-in?next=%2Forgs%2Flab%2Fworkspaces%2Fprod%2Fcredentials'] },
  );
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { queryClient };
}

function answer(status: number, body: unknown) {
  const fetchMock = vi.fn(async () => new Response(JSON.stringify(body), { status }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('TokenSignInForm', () => {
  it('says plainly that a token was refused, and forgets the token', async () => {
    answer(401, { message: 'Unauthorized' });
    renderForm();
    const field = screen.getByLabelText(/Access token/);
    await userEvent.type(field, 'wrong-token');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Seqera did not accept this token');
    expect((field as HTMLInputElement).value).toBe('');
    expect(document.body.textContent).not.toContain('wrong-token');
  });

  it('tells an unreachable API apart from a wrong token', async () => {
    answer(502, { message: 'upstream down' });
    renderForm();
    await userEvent.type(screen.getByLabelText(/Access token/), 'some-token');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toContain('could not be reached');
  });

  it('asks for a token instead of sending an empty one', async () => {
    const fetchMock = answer(200, { user, mode: 'embedded' });
    renderForm();
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByText('Paste an access token to sign in.')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('posts the token once and returns to the page the user came from', async () => {
    const fetchMock = answer(200, { user, mode: 'embedded' });
    const { queryClient } = renderForm();
    await userEvent.type(screen.getByLabelText(/Access token/), 'good-token');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('back where I was')).toBeTruthy();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/auth/session');
    expect(init.method).toBe('POST');
    expect(JSON.parse(String(init.body))).toEqual({ token: 'good-token' });
    await waitFor(() => expect(queryClient.getQueryData(['session'])).toMatchObject({ user: { userName: 'olivia' } }));
  });
});
