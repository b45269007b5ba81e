import { useOutletContext } from 'react-router';
import type { CredentialsContext } from '../../workspaces/credentials-context';

/** What the list hands to the routes drawn over it (details drawer, dialogs). */
export interface ListOutletContext {
  context: CredentialsContext;
  /**
   * Closes the overlay: back to the list with its filters, focus on the credentials' row (on the
   * list itself when that row is gone). A notice is announced in the app's snackbar.
   */
  close: (credentialsId?: string, notice?: string) => void;
  /** The row that takes a row's place in the shown list once it is removed (next, else previous). */
  neighbourOf: (credentialsId: string) => string | undefined;
}

export function useListOutletContext(): ListOutletContext {
  return useOutletContext<ListOutletContext>();
}
