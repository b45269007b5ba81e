import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { afterEach, expect, it, vi } from 'vitest';
import { SignInPage } from './sign-in-page';

afterEach(() => {
  vi.unstubAllGlobals();
});

it('offers Retry when the sign-in options fail to load, and Retry clears the warning', async () => {
  let configAnswers = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string) => {
      await Promise.resolve();
      if (input.startsWith('/auth/session')) return new Response(JSON.stringify({ message: 'no session' }), { status: 401 });
      configAnswers += 1;
      return configAnswers === 1
        ? new Response(JSON.stringify({ message: 'down' }), { status: 503 })
        : new Response(JSON.stringify({ mode: 'embedded', demo: false }), { status: 200 });
    }),
  );
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter([{ path: '/sign-in', element: <SignInPage /> }], { initialEntries: ['/sign-in'] });
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  const warning = await screen.findByText('The sign-in options could not be loaded.');
  await userEvent.setup().click(screen.getByRole('button', { name: 'Retry' }));
  await vi.waitFor(() => expect(warning.isConnected).toBe(false));
  expect(configAnswers).toBe(2);
});
