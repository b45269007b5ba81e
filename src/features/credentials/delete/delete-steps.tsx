import type { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { isApiError } from '../../../lib/api-client';
import { visuallyHidden } from '../../../lib/visually-hidden';
import type { CredentialsContext } from '../../workspaces/credentials-context';
import { BlockedJobs } from './blocked-jobs';
import { placeOf } from './delete-place';
import type { DeleteState } from './delete-machine';
import { ForceDeleteForm } from './force-delete-form';
import { deleteStrings } from './strings';
import { useStepFocus } from '../../../lib/use-step-focus';
import { commonStrings } from '../../../components/strings';

interface DeleteStepsProps {
  state: DeleteState;
  name: string | undefined;
  context: CredentialsContext;
  loadError: Error | undefined;
  onCheck: () => void;
  onAskName: () => void;
  onBack: () => void;
  onForce: () => void;
  onClose: () => void;
  /** What deleting breaks (compute environments, data links), shown before the confirmation is sent. */
  usageNotice?: ReactNode;
}

function progressText(state: DeleteState): string {
  if (state.step === 'checking') return deleteStrings.checking;
  if (state.step === 'forcing') return deleteStrings.deleting;
  return '';
}

/** The body and buttons of each step; the enclosing dialog and its title stay put. */
export function DeleteSteps({ state, name, context, loadError, onCheck, onAskName, onBack, onForce, onClose, usageNotice }: DeleteStepsProps) {
  const blockedHeading = useStepFocus<HTMLHeadingElement>(state.step, state.step === 'blocked');
  const error = 'error' in state ? state.error : undefined;
  const conflicts = 'conflicts' in state ? state.conflicts : undefined;

  if (loadError) {
    return (
      <>
        <DialogContent>
          <Alert severity="error">{isApiError(loadError, 404) ? deleteStrings.notFound : deleteStrings.loadFailed}</Alert>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{commonStrings.close}</Button>
        </DialogActions>
      </>
    );
  }

  return (
    <>
      <DialogContent>
        <Stack spacing={2}>
          <Typography variant="body2" color="text.secondary">
            {deleteStrings.where(placeOf(context))}
          </Typography>
          {conflicts === undefined ? (
            <Typography>{deleteStrings.confirmBody}</Typography>
          ) : (
            <Stack spacing={1.5}>
              <Typography variant="h3" ref={blockedHeading} tabIndex={-1} sx={{ fontSize: '1rem', fontWeight: 600, outline: 'none' }}>
                {deleteStrings.blockedHeading(conflicts.length)}
              </Typography>
              <Typography variant="body2">{conflicts.length === 0 ? deleteStrings.blockedUnlisted : deleteStrings.blockedBody}</Typography>
              <BlockedJobs conflicts={conflicts} />
            </Stack>
          )}
          {usageNotice}
          {error !== undefined && <Alert severity="error">{deleteStrings.failed(error)}</Alert>}
          {(state.step === 'type-name' || state.step === 'forcing') && name !== undefined && (
            <ForceDeleteForm name={name} busy={state.step === 'forcing'} onSubmit={onForce} onBack={onBack} />
          )}
          <Box role="status" sx={visuallyHidden}>
            {progressText(state)}
          </Box>
        </Stack>
      </DialogContent>
      {state.step !== 'type-name' && state.step !== 'forcing' && (
        <DialogActions>
          <Button onClick={onClose} disabled={state.step === 'checking'}>
            {deleteStrings.cancel}
          </Button>
          {conflicts === undefined ? (
            <Button variant="contained" color="error" onClick={onCheck} loading={state.step === 'checking'} disabled={name === undefined}>
              {deleteStrings.delete}
            </Button>
          ) : (
            <>
              <Button variant="outlined" onClick={onCheck} loading={state.step === 'checking'}>
                {deleteStrings.recheck}
              </Button>
              <Button variant="contained" color="error" onClick={onAskName} disabled={state.step === 'checking'}>
                {deleteStrings.deleteAnyway}
              </Button>
            </>
          )}
        </DialogActions>
      )}
    </>
  );
}
