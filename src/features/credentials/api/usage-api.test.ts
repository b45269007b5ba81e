import { afterEach, describe, expect, it, vi } from 'vitest';
import { listComputeEnvs, listDataLinks, listPipelines, readAllPages, USAGE_PAGE_SIZE } from './usage-api';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A server with `total` pipelines that answers at most `cap` per page. */
function pipelinesServer(total: number, cap = Number.POSITIVE_INFINITY) {
  const urls: URL[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string) => {
      const url = new URL(input, 'http://console.test');
      urls.push(url);
      const max = Math.min(Number(url.searchParams.get('max')), cap);
      const offset = Number(url.searchParams.get('offset'));
      const pipelines = Array.from({ length: Math.max(0, Math.min(max, total - offset)) }, (_, i) => ({
        pipelineId: offset + i,
        name: `p${String(offset + i)}`,
        repository: `https://github.com/o/p${String(offset + i)}`,
      }));
      return new Response(JSON.stringify({ pipelines, totalSize: total }), { status: 200 });
    }),
  );
  return urls;
}

describe('usage requests', () => {
  it('pages the pipelines of a workspace until totalSize, at Seqera’s path and parameters', async () => {
    const urls = pipelinesServer(250);
    const pipelines = await listPipelines({ workspaceId: 7 });
    expect(pipelines).toHaveLength(250);
    expect(new Set(pipelines.map((p) => p.pipelineId)).size).toBe(250);
    expect(urls[0]?.pathname).toBe('/api/pipelines');
    expect(urls.map((url) => url.searchParams.get('offset')).sort()).toEqual(['0', '100', '200']);
    expect(urls.every((url) => url.searchParams.get('workspaceId') === '7' && url.searchParams.get('max') === String(USAGE_PAGE_SIZE))).toBe(true);
  });

  it('follows a server that caps the page size lower than asked', async () => {
    const urls = pipelinesServer(95, 20);
    expect(await listPipelines({ workspaceId: undefined })).toHaveLength(95);
    expect(urls).toHaveLength(5);
    expect(urls[0]?.searchParams.has('workspaceId')).toBe(false);
  });

  it('reads pages one after the other until a short one when the answer has no total', async () => {
    let calls = 0;
    const rows = await readAllPages(async (max) => {
      calls++;
      return { rows: Array.from({ length: calls < 3 ? max : 7 }, () => ({})), totalSize: undefined };
    });
    expect(rows).toHaveLength(2 * USAGE_PAGE_SIZE + 7);
  });

  it('asks for the data links of one credential with credentialsId', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ dataLinks: [{ id: 'd', name: 'n', credentials: [{ id: 'c1', name: 'x', provider: 'aws' }] }], totalSize: 1 })));
    vi.stubGlobal('fetch', fetchMock);
    expect(await listDataLinks({ workspaceId: 3, credentialsId: 'c1' })).toHaveLength(1);
    const url = new URL(String((fetchMock.mock.calls[0] as unknown[])[0]), 'http://console.test');
    expect(url.pathname).toBe('/api/data-links');
    expect(Object.fromEntries(url.searchParams)).toEqual({ workspaceId: '3', credentialsId: 'c1', max: String(USAGE_PAGE_SIZE), offset: '0' });
  });

  it('fails with an ApiError when the call is not available', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ message: 'Not found' }), { status: 404 })));
    await expect(listComputeEnvs({ workspaceId: 1 })).rejects.toMatchObject({ name: 'ApiError', status: 404 });
  });
});
