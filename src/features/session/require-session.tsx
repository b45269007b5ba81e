import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Navigate, useLocation } from 'react-router';
import { FullPageStatus } from '../../components/full-page-status';
import { ErrorState } from '../../components/error-state';
import { commonStrings } from '../../components/strings';
import { useDeferredQuery } from '../../lib/deferred-query';
import { sessionQueries } from './session-queries';
import { signInPath } from './next-path';
import { sessionStrings } from './strings';

const loading = <FullPageStatus label={sessionStrings.loading} />;

/**
 * Renders its children once a session is known. The session's answer arrives as a deferred snapshot
 * (see useDeferredQuery): the app's whole frame then mounts in slices, not as one long task.
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const location = useLocation();
  const session = useDeferredQuery(useQuery(sessionQueries.current()));
  if (session.isPending) return loading;
  if (session.isError) {
    return (
      <ErrorState
        title={sessionStrings.configError}
        message={session.error.message}
        retryLabel={commonStrings.retry}
        onRetry={() => void session.refetch()}
      />
    );
  }
  if (session.data === null) {
    return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  }
  return children;
}
