import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Credentials } from '../api/credentials-schemas';
import { UsedBySection } from './used-by-section';

const computeEnvs = Array.from({ length: 7 }, (_, index) => ({
  id: `ce${String(index)}`,
  name: `ce-${String(index)}`,
  platform: 'aws-batch',
  status: index === 0 ? 'INVALID' : 'AVAILABLE',
  credentialsId: 'aws1',
}));

function serve(dataLinksStatus = 200) {
  const paths: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string) => {
      const { pathname } = new URL(input, 'http://console.test');
      paths.push(pathname);
      if (pathname === '/api/compute-envs') return new Response(JSON.stringify({ computeEnvs }));
      if (pathname === '/api/data-links' && dataLinksStatus === 200) return new Response(JSON.stringify({ dataLinks: [], totalSize: 0 }));
      return new Response(JSON.stringify({ message: 'Unavailable' }), { status: dataLinksStatus === 200 ? 404 : dataLinksStatus });
    }),
  );
  return paths;
}

function renderSection(credentials: Credentials) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <UsedBySection credentials={credentials} workspaceId={201} />
    </QueryClientProvider>,
  );
}

const aws = { id: 'aws1', name: 'aws', provider: 'aws', status: 'AVAILABLE' } as Credentials;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('UsedBySection', { timeout: 30_000 }, () => {
  it('shows a skeleton, then the first five compute environments with the full list on demand', async () => {
    const paths = serve();
    renderSection(aws);
    expect(screen.getByRole('status').textContent).toContain('Loading what uses these credentials');
    // Found by text, not role: role queries over MUI markup are slow in jsdom.
    const heading = await screen.findByText('Compute environments (7)', undefined, { timeout: 5_000 });
    const block = heading.closest('section') as HTMLElement;
    expect(block.getAttribute('aria-labelledby')).toBe(heading.id);
    expect(within(block).getAllByRole('listitem')).toHaveLength(5);
    expect(within(block).getByText('Invalid')).toBeTruthy();
    await userEvent.click(within(block).getByText('Show all 7'));
    expect(within(block).getAllByRole('listitem')).toHaveLength(7);
    expect(within(block).getByText('Show fewer').getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('Data links (0)').closest('section')?.textContent).toContain('No data link uses these credentials.');
    // Not a Git credential: pipelines are neither fetched nor shown.
    expect(paths).not.toContain('/api/pipelines');
    expect(screen.queryByText(/^Pipelines/)).toBeNull();
  });

  it('says usage unknown for the kind whose call failed only', async () => {
    serve(503);
    renderSection(aws);
    expect(await screen.findByText(/Usage unknown: the data links could not be listed/, undefined, { timeout: 5_000 })).toBeTruthy();
    expect(screen.getByText('Compute environments (7)')).toBeTruthy();
  });

  it('states the registry a container-registry credential covers, without calling anything', () => {
    const paths = serve();
    renderSection({ id: 'r', name: 'quay', provider: 'container-reg', status: 'AVAILABLE', keys: { discriminator: 'container-reg', registry: 'quay.io' } } as unknown as Credentials);
    expect(screen.getByTestId('used-by').textContent).toContain('pull container images from quay.io');
    expect(paths).toEqual([]);
  });
});
