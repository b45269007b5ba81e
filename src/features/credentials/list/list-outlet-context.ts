import { useOutletContext } from 'react-router';
import type { CredentialsContext } from '../../workspaces/credentials-context';

/** What the list hands to the routes drawn over it (details drawer, dialogs). */
export interface ListOutletContext {
  context: CredentialsContext;
  /** Closes the overlay: back to the list with its filters, focus on the credentials' row. */
  close: (credentialsId?: string) => void;
}

export function useListOutletContext(): ListOutletContext {
  return useOutletContext<ListOutletContext>();
}
