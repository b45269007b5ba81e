import { useEffect, useEffectEvent, useReducer, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import Dialog from '@mui/material/Dialog';
import DialogTitle from '@mui/material/DialogTitle';
import { isApiError } from '../../../lib/api-client';
import { canWrite } from '../../workspaces/credentials-context';
import { credentialsQueries } from '../api/credentials-queries';
import { RoleRequiredDialog } from '../role-required-dialog';
import { useListOutletContext } from '../list/list-outlet-context';
import { validateStrings } from './strings';
import { useValidateCredentials } from './use-validate-credentials';
import { initialValidateState, validateReducer } from './validate-machine';
import { ValidateSteps } from './validate-steps';

/** The validate route: runs the provider probe at once, shows the outcome, offers Mark as valid for INVALID. */
export function ValidateDialog() {
  const { credentialsId = '' } = useParams();
  const { context, close } = useListOutletContext();
  if (!canWrite(context)) return <RoleRequiredDialog onClose={() => close(credentialsId)} />;
  return <ValidateFlow credentialsId={credentialsId} />;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

function ValidateFlow({ credentialsId }: { credentialsId: string }) {
  const { context, close } = useListOutletContext();
  const { workspaceId } = context;
  const details = useQuery({ ...credentialsQueries.detail(credentialsId, workspaceId), staleTime: 30_000 });
  const [state, dispatch] = useReducer(validateReducer, initialValidateState);
  const mutation = useValidateCredentials();
  const started = useRef(false);
  const name = details.data?.credentials.name;

  const run = async () => {
    dispatch({ type: 'start' });
    try {
      dispatch({ type: 'answered', response: await mutation.mutateAsync({ credentialsId, workspaceId, force: false }) });
    } catch (error) {
      dispatch({ type: 'failed', message: messageOf(error) });
    }
  };

  const force = async () => {
    dispatch({ type: 'force' });
    try {
      await mutation.mutateAsync({ credentialsId, workspaceId, force: true });
      dispatch({ type: 'forced' });
    } catch (error) {
      dispatch(isApiError(error, 409) ? { type: 'force-conflict' } : { type: 'failed', message: messageOf(error) });
    }
  };

  // Opening the dialog is the request to validate; the ref keeps a remounted effect from probing twice.
  const startOnce = useEffectEvent(() => {
    if (started.current) return;
    started.current = true;
    void run();
  });
  useEffect(() => startOnce(), []);

  const busy = state.step === 'running' || state.step === 'forcing';
  return (
    <Dialog open onClose={() => close(credentialsId)} aria-labelledby="validate-dialog-title" aria-busy={busy} fullWidth maxWidth="sm">
      <DialogTitle id="validate-dialog-title" sx={{ overflowWrap: 'anywhere' }}>
        {name === undefined ? validateStrings.loadingTitle : validateStrings.title(name)}
      </DialogTitle>
      <ValidateSteps
        state={state}
        onRetry={() => void run()}
        onAskForce={() => dispatch({ type: 'ask-force' })}
        onCancelForce={() => dispatch({ type: 'cancel-force' })}
        onForce={() => void force()}
        onClose={() => close(credentialsId)}
      />
    </Dialog>
  );
}
