import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import type { Session } from './session-api';
import { sessionQueries } from './session-queries';
import { safeNextPath } from './next-path';

/** After a sign-in: forget everything cached for the previous user, then go back where the user was. */
export function useCompleteSignIn(): (session: Session) => void {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  return (session) => {
    queryClient.clear();
    queryClient.setQueryData(sessionQueries.current().queryKey, session);
    void navigate(safeNextPath(searchParams.get('next')), { replace: true });
  };
}
