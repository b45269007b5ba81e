import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import type { Session } from './session-api';
import { sessionQueries } from './session-queries';
import { safeNextPath } from './next-path';
import { dropPreloadedAnswers } from '../../lib/preloaded-answers';

/** After a sign-in: forget everything cached for the previous user, then go back where the user was. */
export function useCompleteSignIn(): (session: Session) => void {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  return (session) => {
    // Answers this page preloaded for the previous user (or none) are not this user's.
    dropPreloadedAnswers();
    queryClient.clear();
    queryClient.setQueryData(sessionQueries.current().queryKey, session);
    void navigate(safeNextPath(searchParams.get('next')), { replace: true });
  };
}
