/** Issue 10, B4: the server throttles sign-in with 429; the form says so in plain words. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TokenSignInForm } from './token-sign-in-form';

function renderForm() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const router = createMemoryRouter([{ path: '/sign-in', element: <TokenSignInForm /> }], { initialEntries: ['/sign-in'] });
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

async function signInAnswered(response: Response): Promise<string> {
  vi.stubGlobal('fetch', vi.fn(async () => response));
  renderForm();
  const user = userEvent.setup();
  await user.click(screen.getByLabelText(/Access token/));
  await user.paste('some-token');
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  return (await screen.findByRole('alert')).textContent ?? '';
}

afterEach(() => {
  vi.unstubAllGlobals();
});

// Rendering the router and the form takes seconds on a loaded machine.
vi.setConfig({ testTimeout: 20_000 });

describe('a throttled sign-in (429)', () => {
  it("shows the server's message, which says how long to wait", async () => {
    const message = 'Too many sign-in attempts from your address. Try again in 2 seconds.';
    const text = await signInAnswered(new Response(JSON.stringify({ message }), { status: 429, headers: { 'retry-after': '2' } }));
    expect(text).toContain(message);
    expect(text).not.toContain('Signing in failed');
  });

  it('says what happened when the answer has no message', async () => {
    const text = await signInAnswered(new Response('', { status: 429 }));
    expect(text).toContain('Too many sign-in attempts. Wait a little, then try again.');
    expect(text).not.toContain('429');
  });
});
