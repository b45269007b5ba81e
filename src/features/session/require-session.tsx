import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Navigate, useLocation } from 'react-router';
import { FullPageStatus } from '../../components/full-page-status';
import { ErrorState } from '../../components/error-state';
import { commonStrings } from '../../components/strings';
import { sessionQueries } from './session-queries';
import { signInPath } from './next-path';
import { sessionStrings } from './strings';

export function RequireSession({ children }: { children: ReactNode }) {
  const location = useLocation();
  const session = useQuery(sessionQueries.current());
  if (session.isPending) return <FullPageStatus label={sessionStrings.loading} />;
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
