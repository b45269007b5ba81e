import type { QueryClient } from '@tanstack/react-query';
import type { Params } from 'react-router';
import { credentialsQueries, platformsQueries } from '../features/credentials/api/credentials-queries';
import { parseListParams } from '../features/credentials/list/list-params';
import { sessionQueries } from '../features/session/session-queries';
import { resolveContext } from '../features/workspaces/credentials-context';
import { workspacesQueries } from '../features/workspaces/workspaces-queries';

/**
 * Starts the session → workspaces → credentials (and compute platforms) chain as soon as the
 * router matches a list URL, instead of one step per React render. It fills the same query cache the components
 * read; failures are left for those components to show, so nothing here throws.
 */
export function prefetchCredentials(queryClient: QueryClient, params: Params, url: string): void {
  const run = async () => {
    const session = await queryClient.ensureQueryData(sessionQueries.current());
    if (!session) return;
    const rows =
      params.orgName === undefined ? [] : await queryClient.ensureQueryData(workspacesQueries.list(session.user.id));
    const context = resolveContext({ orgName: params.orgName, workspaceName: params.workspaceName }, rows);
    if (!context) return;
    const { platformId } = parseListParams(new URL(url).searchParams);
    // The platform filter's choices, beside the rows: its select is then built once, complete.
    await Promise.all([
      queryClient.prefetchQuery(credentialsQueries.list({ workspaceId: context.workspaceId, platformId })),
      queryClient.prefetchQuery(platformsQueries.list(context.workspaceId)),
    ]);
  };
  run().catch(() => undefined);
}
