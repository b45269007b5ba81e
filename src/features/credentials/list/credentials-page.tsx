import { ErrorState } from '../../../components/error-state';
import { NotFoundState } from '../../../components/not-found-state';
import { commonStrings } from '../../../components/strings';
import { PERSONAL_PATH } from '../../workspaces/credentials-context';
import { workspaceStrings } from '../../workspaces/strings';
import { useCredentialsContext } from '../../workspaces/use-credentials-context';
import { CredentialsListView } from './credentials-list-view';
import { ListSkeleton } from './list-states';

// One element for every render: re-rendering the page while it waits leaves the skeleton alone.
const skeleton = <ListSkeleton />;

/** The list route: resolves the context named by the URL, then shows its credentials. */
export function CredentialsPage() {
  const state = useCredentialsContext();
  switch (state.status) {
    case 'pending':
      return skeleton;
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
      // Keyed so that switching workspace starts from a fresh view (scroll, focus, active row).
      return <CredentialsListView key={state.context.path} context={state.context} />;
  }
}
