import type { ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Credentials } from '../api/credentials-schemas';
import { useWorkspaceUsage } from './use-workspace-usage';

type Answers = Partial<Record<'compute-envs' | 'data-links' | 'pipelines' | 'credentials', { status: number; body: unknown }>>;

const ok = (body: unknown) => ({ status: 200, body });
const DEFAULT_ANSWERS: Answers = {
  'compute-envs': ok({ computeEnvs: [{ id: 'ce1', name: 'Batch', credentialsId: 'aws1', status: 'INVALID' }] }),
  'data-links': ok({ dataLinks: [{ id: 'dl1', name: 'bucket', credentials: [{ id: 'aws1', name: 'x', provider: 'aws' }] }], totalSize: 1 }),
  pipelines: ok({ pipelines: [{ pipelineId: 1, name: 'rnaseq', repository: 'https://github.com/nf-core/rnaseq' }], totalSize: 1 }),
  credentials: ok({ credentials: [{ id: 'gh', name: 'gh', provider: 'github' }, { id: 'aws1', name: 'aws', provider: 'aws' }] }),
};

function serve(overrides: Answers = {}) {
  const answers = { ...DEFAULT_ANSWERS, ...overrides };
  const paths: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string) => {
      const url = new URL(input, 'http://console.test');
      paths.push(url.pathname);
      const kind = url.pathname.replace('/api/', '') as keyof Answers;
      const answer = answers[kind] ?? { status: 404, body: { message: 'Not found' } };
      return new Response(typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body), { status: answer.status });
    }),
  );
  return paths;
}

function wrapper({ children }: { children: ReactNode }) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

const aws1 = { id: 'aws1', name: 'aws', provider: 'aws', status: 'AVAILABLE' } as Credentials;
const gh = { id: 'gh', name: 'gh', provider: 'github', status: 'AVAILABLE' } as Credentials;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('useWorkspaceUsage', () => {
  it('is loading, then ready with every kind known', async () => {
    serve();
    const { result } = renderHook(() => useWorkspaceUsage(5), { wrapper });
    expect(result.current.status).toBe('loading');
    await waitFor(() => expect(result.current.status).toBe('ready'));
    if (result.current.status !== 'ready') throw new Error('not ready');
    expect([...result.current.unknownKinds]).toEqual([]);
    const usage = result.current.usageOf(aws1);
    expect(usage.computeEnvs.map((ce) => ce.name)).toEqual(['Batch']);
    expect(usage.dataLinks.map((link) => link.name)).toEqual(['bucket']);
    expect(result.current.usageOf(gh).pipelines.map((p) => p.name)).toEqual(['rnaseq']);
  });

  it('marks only the kind whose call failed as unknown (404, 403, 500, an unreadable answer)', async () => {
    for (const [kind, answer, unknown] of [
      ['compute-envs', { status: 404, body: { message: 'Not found' } }, 'computeEnvs'],
      ['data-links', { status: 403, body: { message: 'Forbidden' } }, 'dataLinks'],
      ['pipelines', { status: 500, body: { message: 'Boom' } }, 'pipelines'],
      ['compute-envs', { status: 200, body: '<html>not json</html>' }, 'computeEnvs'],
      ['credentials', { status: 500, body: {} }, 'pipelines'],
    ] as const) {
      serve({ [kind]: answer });
      const { result, unmount } = renderHook(() => useWorkspaceUsage(5), { wrapper });
      await waitFor(() => expect(result.current.status).toBe('ready'));
      if (result.current.status !== 'ready') throw new Error('not ready');
      expect([...result.current.unknownKinds]).toEqual([unknown]);
      // The known kinds are still there.
      if (unknown !== 'dataLinks') expect(result.current.usageOf(aws1).dataLinks).toHaveLength(1);
      unmount();
    }
  });

  it('is unknown when every call fails', async () => {
    serve({ 'compute-envs': { status: 404, body: {} }, 'data-links': { status: 404, body: {} }, pipelines: { status: 404, body: {} } });
    const { result } = renderHook(() => useWorkspaceUsage(undefined), { wrapper });
    await waitFor(() => expect(result.current.status).toBe('unknown'));
  });

  it('asks only for the kinds requested, and nothing while disabled', async () => {
    const paths = serve();
    const { result, rerender } = renderHook(({ enabled }) => useWorkspaceUsage(5, { enabled, kinds: ['computeEnvs', 'dataLinks'] }), {
      wrapper,
      initialProps: { enabled: false },
    });
    expect(result.current.status).toBe('loading');
    expect(paths).toEqual([]);
    rerender({ enabled: true });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(paths.sort()).toEqual(['/api/compute-envs', '/api/data-links']);
    if (result.current.status !== 'ready') throw new Error('not ready');
    expect(result.current.usageOf(gh).pipelines).toEqual([]);
  });

  it('keeps the same usage object across renders while the data is unchanged', async () => {
    serve();
    const { result, rerender } = renderHook(() => useWorkspaceUsage(5), { wrapper });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
  });
});
