import { useDeferredValue, useMemo } from 'react';
import { attentionReasons } from '../usage/attention';
import { useAttentionThresholds } from '../usage/attention-thresholds';
import { useWorkspaceUsage } from '../usage/use-workspace-usage';
import type { AttentionThresholds, WorkspaceUsage } from '../usage/usage-model';
import { rowInsights, type RowInsights } from './row-insights';

export interface ListUsage {
  usage: WorkspaceUsage;
  insights: RowInsights;
  thresholds: AttentionThresholds;
  setThresholds: (thresholds: AttentionThresholds) => void;
}

/**
 * The list's view of the usage data layer: usage per row and attention reasons, worked out per row
 * when asked for. "Now" for the age rules is when the list was fetched, so a row's reasons do not
 * change between renders of the same answer.
 */
export function useListUsage(workspaceId: number | undefined, listFetchedAt: number, listReady: boolean): ListUsage {
  // Asked for once the list is here: its calls (paged, several at once) then never compete with the
  // list's own request for the server or the browser's connections.
  // Deferred like the list's rows: usage fills every row's cells, in a render that yields.
  const usage = useDeferredValue(useWorkspaceUsage(workspaceId, { enabled: listReady }));
  const { thresholds, setThresholds } = useAttentionThresholds();
  const insights = useMemo(
    () => rowInsights(usage, (credentials, credentialUsage) => attentionReasons(credentials, credentialUsage, thresholds, listFetchedAt)),
    // Each list answer (a new fetch time) starts a fresh cache, with the rows' new status and dates.
    [usage, thresholds, listFetchedAt],
  );
  // One object per change, so the list's memoised screen skips renders that change none of it.
  return useMemo(() => ({ usage, insights, thresholds, setThresholds }), [usage, insights, thresholds, setThresholds]);
}
