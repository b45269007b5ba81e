import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useDeferredQuery } from '../../lib/deferred-query';
import { useSignedInUser } from '../session/use-signed-in-user';
import { personalContext, resolveContext, type CredentialsContext } from './credentials-context';
import { workspacesQueries } from './workspaces-queries';

export type ContextState =
  | { status: 'pending' }
  | { status: 'error'; error: Error; retry: () => void }
  | { status: 'not-found'; orgName: string; workspaceName: string }
  | { status: 'ready'; context: CredentialsContext };

/**
 * The context named by the URL, checked against the workspaces the user belongs to. The same object
 * until the URL or the workspaces change, and deferred (see useDeferredQuery): the list screen that
 * a resolved context mounts renders in slices, not in the one piece a query's update renders in.
 */
export function useCredentialsContext(): ContextState {
  const { orgName, workspaceName } = useParams();
  const user = useSignedInUser();
  const isPersonal = orgName === undefined || workspaceName === undefined;
  const workspaces = useDeferredQuery(useQuery({ ...workspacesQueries.list(user.id), enabled: !isPersonal }));
  return useMemo((): ContextState => {
    if (isPersonal) return { status: 'ready', context: personalContext };
    if (workspaces.isPending) return { status: 'pending' };
    if (workspaces.isError) return { status: 'error', error: workspaces.error, retry: () => void workspaces.refetch() };
    const context = resolveContext({ orgName, workspaceName }, workspaces.data);
    return context ? { status: 'ready', context } : { status: 'not-found', orgName, workspaceName };
  }, [isPersonal, orgName, workspaceName, workspaces]);
}
