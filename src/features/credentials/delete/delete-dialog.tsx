import { useReducer, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import Dialog from '@mui/material/Dialog';
import DialogTitle from '@mui/material/DialogTitle';
import { canWrite } from '../../workspaces/credentials-context';
import { credentialsQueries } from '../api/credentials-queries';
import { useListOutletContext } from '../list/list-outlet-context';
import { DeleteSteps } from './delete-steps';
import { deleteReducer, initialDeleteState } from './delete-machine';
import { RoleRequiredDialog } from '../role-required-dialog';
import { DeleteUsageNotice } from '../usage/delete-usage-notice';
import { deleteStrings } from './strings';
import { useDeleteCredentials } from './use-delete-credentials';

/** The delete route: a checked delete, the jobs that block it, and a typed-name delete that stops them. */
export function DeleteDialog() {
  const { credentialsId = '' } = useParams();
  const { context, close } = useListOutletContext();
  if (!canWrite(context)) return <RoleRequiredDialog onClose={() => close(credentialsId)} />;
  return <DeleteFlow credentialsId={credentialsId} />;
}

function DeleteFlow({ credentialsId }: { credentialsId: string }) {
  const { context, close, neighbourOf } = useListOutletContext();
  const details = useQuery({ ...credentialsQueries.detail(credentialsId, context.workspaceId), staleTime: 30_000 });
  const [state, dispatch] = useReducer(deleteReducer, initialDeleteState);
  const mutation = useDeleteCredentials();
  // Chosen before the row leaves the list, while it still has neighbours to find.
  const focusAfter = useRef<string | undefined>(undefined);
  const name = details.data?.credentials.name;
  const busy = state.step === 'checking' || state.step === 'forcing';

  const send = async (checked: boolean) => {
    dispatch({ type: checked ? 'check' : 'force' });
    focusAfter.current = neighbourOf(credentialsId) ?? credentialsId;
    try {
      const outcome = await mutation.mutateAsync({ credentialsId, workspaceId: context.workspaceId, checked });
      if (outcome.kind === 'blocked') {
        dispatch({ type: 'blocked', conflicts: outcome.conflicts });
        return;
      }
      dispatch({ type: 'deleted' });
      const stopped = state.step === 'type-name' ? state.conflicts.length : 0;
      const label = name ?? credentialsId;
      close(focusAfter.current, stopped > 0 ? deleteStrings.deletedStopped(label, stopped) : deleteStrings.deleted(label));
    } catch (error) {
      dispatch({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const onClose = () => {
    if (!busy) close(credentialsId);
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby="delete-dialog-title" aria-busy={busy} fullWidth maxWidth="sm">
      <DialogTitle id="delete-dialog-title" sx={{ overflowWrap: 'anywhere' }}>
        {name === undefined ? deleteStrings.loadingTitle : deleteStrings.title(name)}
      </DialogTitle>
      <DeleteSteps
        state={state}
        name={name}
        context={context}
        loadError={details.isError ? details.error : undefined}
        onCheck={() => void send(true)}
        onAskName={() => dispatch({ type: 'ask-name' })}
        onBack={() => dispatch({ type: 'back' })}
        onForce={() => void send(false)}
        onClose={onClose}
        usageNotice={details.data && <DeleteUsageNotice credentials={details.data.credentials} workspaceId={context.workspaceId} />}
      />
    </Dialog>
  );
}
