import { useQuery } from '@tanstack/react-query';
import { sessionQueries } from './session-queries';
import type { SessionUser } from './session-api';

/** The signed-in user; only valid below RequireSession, which guarantees a session. */
export function useSignedInUser(): SessionUser {
  const { data } = useQuery(sessionQueries.current());
  if (!data) throw new Error('useSignedInUser is used outside RequireSession');
  return data.user;
}
