import { useMemo } from 'react';
import { useParams } from 'react-router';
import { ErrorState } from '../../../components/error-state';
import { NotFoundState } from '../../../components/not-found-state';
import { commonStrings } from '../../../components/strings';
import { PERSONAL_PATH, workspacePath } from '../../workspaces/credentials-context';
import { workspaceStrings } from '../../workspaces/strings';
import { useCredentialsContext } from '../../workspaces/use-credentials-context';
import { CredentialsListView } from './credentials-list-view';

/**
 * The list route: resolves the context named by the URL, then shows its credentials. While it
 * resolves, the list's own frame shows for the names in the address; the same view carries on
 * (keyed by the address, not the resolved context), so nothing is replaced when the context arrives.
 */
export function CredentialsPage() {
  const state = useCredentialsContext();
  const { orgName, workspaceName } = useParams();
  const named = useMemo(
    () => ({ orgName, workspaceName, path: orgName === undefined || workspaceName === undefined ? PERSONAL_PATH : workspacePath(orgName, workspaceName) }),
    [orgName, workspaceName],
  );
  switch (state.status) {
    case 'pending':
      // Keyed so that switching workspace starts from a fresh view (scroll, focus, active row).
      return <CredentialsListView key={named.path} context={undefined} named={named} />;
    case 'error':
      return (
        <ErrorState
          title={workspaceStrings.loadError}
          message={state.error.message}
          retryLabel={commonStrings.retry}
          onRetry={state.retry}
        />
      );
    case 'not-found':
      return (
        <NotFoundState
          title={workspaceStrings.notFoundTitle}
          body={workspaceStrings.notFoundBody(state.orgName, state.workspaceName)}
          backLabel={workspaceStrings.backToPersonal}
          backTo={PERSONAL_PATH}
        />
      );
    case 'ready':
      return <CredentialsListView key={named.path} context={state.context} named={named} />;
  }
}
