import { useNavigate } from 'react-router';
import { SAVED_STATE } from '../details/saved-state';
import { useListOutletContext } from '../list/list-outlet-context';

/** Where the form goes after saving (the details view, with a notice) or cancelling (the list). */
export function useFormNavigation() {
  const navigate = useNavigate();
  const { context, close } = useListOutletContext();
  return {
    context,
    // The list keeps its filters in the query string; `?provider=` of the create route is not one.
    cancel: (credentialsId?: string) => (credentialsId === undefined ? void navigate(context.path) : close(credentialsId)),
    /**
     * The details drawer, which shows `notice` itself; `extra` joins the navigation state (the edit
     * page marks its save for the details view's after-edit notice).
     */
    showDetails: (credentialsId: string, notice: string, extra?: Record<string, unknown>) =>
      void navigate(`${context.path}/${encodeURIComponent(credentialsId)}`, { state: { ...extra, [SAVED_STATE]: notice } }),
    /** Back to the list with a notice (a create whose answer named no id); `?provider=` is not a list filter. */
    backToList: (notice: string) => void navigate(context.path, { state: { notice } }),
  };
}
