import { useMemo } from 'react';
import { useQueries } from '@tanstack/react-query';
import { credentialsQueries } from '../api/credentials-queries';
import type { Credentials } from '../api/credentials-schemas';
import { usageQueries } from '../api/usage-api';
import { buildUsageIndex } from './usage-index';
import type { UsageKind, WorkspaceUsage } from './usage-model';

export const ALL_USAGE_KINDS: readonly UsageKind[] = ['computeEnvs', 'dataLinks', 'pipelines'];

export interface WorkspaceUsageOptions {
  /** False holds every call back (the usage stays `loading`). Default true. */
  enabled?: boolean;
  /** The kinds a view needs (delete needs no pipelines); the others are not fetched and read as empty. Default all. */
  kinds?: readonly UsageKind[];
}

interface QueryState {
  isPending: boolean;
  isError: boolean;
}

function settle(query: QueryState, wanted: boolean): 'off' | 'pending' | 'failed' | 'ready' {
  if (!wanted) return 'off';
  if (query.isError) return 'failed';
  return query.isPending ? 'pending' : 'ready';
}

/**
 * What uses each credential of one context (`workspaceId` undefined: the personal context), from three
 * Seqera calls and the context's credential list (for the Git credentials pipelines are matched against).
 * Never throws to the screen: a call that fails (404 on an older installation, 403, 5xx, an answer that does
 * not parse) makes its kind unknown while the others are shown; all failing makes the whole usage unknown.
 * The index is built once per change of the data, not per render or per row.
 */
export function useWorkspaceUsage(workspaceId: number | undefined, options: WorkspaceUsageOptions = {}): WorkspaceUsage {
  const { enabled = true, kinds = ALL_USAGE_KINDS } = options;
  const wants = {
    computeEnvs: enabled && kinds.includes('computeEnvs'),
    dataLinks: enabled && kinds.includes('dataLinks'),
    pipelines: enabled && kinds.includes('pipelines'),
  };
  const [computeEnvs, dataLinks, pipelines, credentials] = useQueries({
    queries: [
      { ...usageQueries.computeEnvs(workspaceId), enabled: wants.computeEnvs },
      { ...usageQueries.dataLinks(workspaceId), enabled: wants.dataLinks },
      { ...usageQueries.pipelines(workspaceId), enabled: wants.pipelines },
      // The same query (and cache entry) as the unfiltered list.
      { ...credentialsQueries.list({ workspaceId, platformId: undefined }), enabled: wants.pipelines },
    ],
  });

  const states: Record<UsageKind, ReturnType<typeof settle>> = {
    computeEnvs: settle(computeEnvs, wants.computeEnvs),
    dataLinks: settle(dataLinks, wants.dataLinks),
    // Pipelines are matched against the credential list: without it, which credential serves them is unknown.
    pipelines: settle(
      { isPending: pipelines.isPending || credentials.isPending, isError: pipelines.isError || credentials.isError },
      wants.pipelines,
    ),
  };
  const stateKey = ALL_USAGE_KINDS.map((kind) => states[kind]).join(',');

  const computeEnvsData = states.computeEnvs === 'ready' ? computeEnvs.data : undefined;
  const dataLinksData = states.dataLinks === 'ready' ? dataLinks.data : undefined;
  const pipelinesData = states.pipelines === 'ready' ? pipelines.data : undefined;
  const credentialsData = states.pipelines === 'ready' ? credentials.data?.credentials : undefined;

  return useMemo((): WorkspaceUsage => {
    const settled = stateKey.split(',') as ReturnType<typeof settle>[];
    if (!enabled || settled.includes('pending')) return { status: 'loading' };
    const unknownKinds = new Set(ALL_USAGE_KINDS.filter((_, index) => settled[index] === 'failed'));
    const asked = settled.filter((state) => state !== 'off').length;
    if (asked > 0 && unknownKinds.size === asked) return { status: 'unknown' };
    const index = buildUsageIndex({
      computeEnvs: computeEnvsData,
      dataLinks: dataLinksData,
      pipelines: pipelinesData,
      credentials: credentialsData,
    });
    return { status: 'ready', unknownKinds, usageOf: (entry: Credentials) => index.usageOf(entry.id) };
  }, [enabled, stateKey, computeEnvsData, dataLinksData, pipelinesData, credentialsData]);
}
