import { queryOptions } from '@tanstack/react-query';
import { apiRequest, searchQuery } from '../../../lib/api-client';
import { runPool } from '../../../lib/run-pool';
import type { CredentialsScope } from './credentials-api';
import type { Entries } from './usage-schemas';

// What uses a credential: compute environments, data links and pipelines, at Seqera's paths. Only the
// details drawer, the dialogs and the list's usage column (after its first rows) call these, so the
// schemas load with the first call.
const loadSchemas = () => import('./usage-schemas');

/** Rows asked for per page; a server that caps `max` lower is followed at its own page size. */
export const USAGE_PAGE_SIZE = 100;
/** Pages fetched at once after the first one, which tells the total. */
const PAGE_CONCURRENCY = 4;
/** A bound on what is read, so a server that keeps reporting more rows cannot keep the console busy. */
const MAX_ROWS = 50_000;

interface Page {
  rows: unknown[];
  totalSize: number | undefined;
}

/**
 * Reads every page of a `max`/`offset` list. The first page tells the total (and the server's real page
 * size, when it caps `max`); the rest are fetched a few at a time. Without a total, pages are read one
 * after the other until one comes back short.
 */
export async function readAllPages(fetchPage: (max: number, offset: number) => Promise<Page>): Promise<unknown[]> {
  const first = await fetchPage(USAGE_PAGE_SIZE, 0);
  const rows = [...first.rows];
  const total = first.totalSize;
  if (total === undefined) {
    let last = first.rows.length;
    while (last >= USAGE_PAGE_SIZE && rows.length < MAX_ROWS) {
      const page = await fetchPage(USAGE_PAGE_SIZE, rows.length);
      rows.push(...page.rows);
      last = page.rows.length;
    }
    return rows;
  }
  const pageSize = first.rows.length;
  const wanted = Math.min(total, MAX_ROWS);
  if (pageSize === 0 || rows.length >= wanted) return rows;
  const offsets: number[] = [];
  for (let offset = pageSize; offset < wanted; offset += pageSize) offsets.push(offset);
  const pages = await runPool(offsets, PAGE_CONCURRENCY, (offset) => fetchPage(pageSize, offset));
  for (const page of pages) rows.push(...page.rows);
  return rows;
}

function note<Entry>(kind: string, result: Entries<Entry>): Entry[] {
  if (result.skipped > 0) console.info(`Usage: ${String(result.skipped)} ${kind} left out (missing id, name or what ties them to a credential).`);
  return result.entries;
}

export async function listComputeEnvs({ workspaceId }: CredentialsScope, signal?: AbortSignal) {
  const { listComputeEnvsResponseSchema, readComputeEnvs } = await loadSchemas();
  const answer = await apiRequest(`/api/compute-envs${searchQuery({ workspaceId })}`, listComputeEnvsResponseSchema, { signal });
  return note('compute environments', readComputeEnvs(answer.computeEnvs));
}

export async function listDataLinks(
  { workspaceId, credentialsId }: CredentialsScope & { credentialsId?: string | undefined },
  signal?: AbortSignal,
) {
  const { dataLinksPageSchema, readDataLinks } = await loadSchemas();
  const rows = await readAllPages(async (max, offset) => {
    const page = await apiRequest(
      `/api/data-links${searchQuery({ workspaceId, credentialsId, max, offset })}`,
      dataLinksPageSchema,
      { signal },
    );
    return { rows: page.dataLinks, totalSize: page.totalSize };
  });
  return note('data links', readDataLinks(rows));
}

export async function listPipelines({ workspaceId }: CredentialsScope, signal?: AbortSignal) {
  const { pipelinesPageSchema, readPipelines } = await loadSchemas();
  const rows = await readAllPages(async (max, offset) => {
    const page = await apiRequest(`/api/pipelines${searchQuery({ workspaceId, max, offset })}`, pipelinesPageSchema, {
      signal,
    });
    return { rows: page.pipelines, totalSize: page.totalSize };
  });
  return note('pipelines', readPipelines(rows));
}

// Usage changes only when someone edits a compute environment, data link or pipeline, elsewhere in Seqera.
const USAGE_STALE_TIME = 60 * 1000;

export const usageQueries = {
  all: () => ['usage'] as const,
  /** Every usage query of one context (workspace or personal). */
  in: (workspaceId: number | undefined) => [...usageQueries.all(), { workspaceId }] as const,
  computeEnvs: (workspaceId: number | undefined) =>
    queryOptions({
      queryKey: [...usageQueries.in(workspaceId), 'compute-envs'] as const,
      queryFn: ({ signal }) => listComputeEnvs({ workspaceId }, signal),
      staleTime: USAGE_STALE_TIME,
    }),
  dataLinks: (workspaceId: number | undefined) =>
    queryOptions({
      queryKey: [...usageQueries.in(workspaceId), 'data-links'] as const,
      queryFn: ({ signal }) => listDataLinks({ workspaceId }, signal),
      staleTime: USAGE_STALE_TIME,
    }),
  /** The data links of one credential (`credentialsId=`), for a view that needs no more than that. */
  dataLinksOf: (workspaceId: number | undefined, credentialsId: string) =>
    queryOptions({
      queryKey: [...usageQueries.in(workspaceId), 'data-links', { credentialsId }] as const,
      queryFn: ({ signal }) => listDataLinks({ workspaceId, credentialsId }, signal),
      staleTime: USAGE_STALE_TIME,
    }),
  pipelines: (workspaceId: number | undefined) =>
    queryOptions({
      queryKey: [...usageQueries.in(workspaceId), 'pipelines'] as const,
      queryFn: ({ signal }) => listPipelines({ workspaceId }, signal),
      staleTime: USAGE_STALE_TIME,
    }),
};
