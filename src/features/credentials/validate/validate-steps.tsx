import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { assertNever } from '../../../lib/assert-never';
import { visuallyHidden } from '../../../lib/visually-hidden';
import { useStepFocus } from '../../../lib/use-step-focus';
import { statusStrings } from '../strings';
import { validateStrings as s } from './strings';
import { outcomeOf, type ValidateResponse } from '../api/validate-api';
import { canMarkValid, type ValidateState } from './validate-machine';
import { commonStrings } from '../../../components/strings';

interface ValidateStepsProps {
  state: ValidateState;
  onRetry: () => void;
  onAskForce: () => void;
  onCancelForce: () => void;
  onForce: () => void;
  onClose: () => void;
}

interface View {
  severity: 'success' | 'error' | 'info' | undefined;
  heading: string;
  body: string;
  detail?: string | undefined;
}

function resultView(response: ValidateResponse): View {
  const outcome = outcomeOf(response);
  switch (outcome) {
    case 'available':
      return { severity: 'success', heading: s.availableHeading, body: s.availableBody };
    case 'invalid':
      return { severity: 'error', heading: s.invalidHeading, body: s.invalidBody, detail: response.message ?? s.noMessage };
    case 'transient':
      // Info, not warning or error: the provider did not reject anything.
      return {
        severity: 'info',
        heading: s.transientHeading,
        body: response.status === undefined ? s.transientBody : `${s.transientBody} ${s.lastKnown(statusStrings[response.status])}`,
        detail: response.message,
      };
    case 'unreported':
      return { severity: 'info', heading: s.unreportedHeading, body: s.unreportedBody, detail: response.message };
    default:
      return assertNever(outcome);
  }
}

function viewOf(state: ValidateState): View {
  switch (state.step) {
    case 'running':
      return { severity: undefined, heading: '', body: s.running };
    case 'forcing':
      return { severity: undefined, heading: '', body: s.forcing };
    case 'result':
      return resultView(state.response);
    case 'failed':
      return { severity: 'error', heading: s.failedHeading, body: s.failed(state.message) };
    case 'confirm-force':
      return { severity: 'info', heading: s.forceHeading, body: s.forceBody, detail: state.error && s.forceFailed(state.error) };
    case 'forced':
      return { severity: 'success', heading: s.forcedHeading, body: s.forcedBody };
    case 'force-conflict':
      return { severity: 'info', heading: s.forceConflictHeading, body: s.forceConflictBody };
    default:
      return assertNever(state);
  }
}

export function ValidateSteps({ state, onRetry, onAskForce, onCancelForce, onForce, onClose }: ValidateStepsProps) {
  const heading = useStepFocus<HTMLHeadingElement>(state.step);
  const view = viewOf(state);
  const busy = state.step === 'running' || state.step === 'forcing';
  return (
    <>
      <DialogContent>
        <Stack spacing={2}>
          {busy ? (
            <Stack spacing={1.5}>
              <Typography>{view.body}</Typography>
              <LinearProgress aria-label={view.body} />
            </Stack>
          ) : (
            <Alert severity={view.severity} role="none">
              <AlertTitle component="h3" ref={heading} tabIndex={-1} sx={{ outline: 'none' }}>
                {view.heading}
              </AlertTitle>
              <Typography variant="body2">{view.body}</Typography>
              {view.detail && (
                <Typography variant="body2" component="blockquote" sx={{ m: 0, mt: 1, pl: 1.5, borderLeft: 3, borderColor: 'divider' }}>
                  {view.detail}
                </Typography>
              )}
            </Alert>
          )}
          <Box role="status" sx={visuallyHidden}>
            {busy ? view.body : [view.heading, view.body, view.detail].filter(Boolean).join(' ')}
          </Box>
        </Stack>
      </DialogContent>
      <DialogActions>
        {state.step === 'confirm-force' ? (
          <>
            <Button onClick={onCancelForce}>{s.cancel}</Button>
            <Button variant="contained" onClick={onForce}>
              {s.forceConfirm}
            </Button>
          </>
        ) : (
          <>
            <Button onClick={onClose}>{commonStrings.close}</Button>
            {canMarkValid(state) && <Button onClick={onAskForce}>{s.markValid}</Button>}
            {(state.step === 'result' || state.step === 'forced' || state.step === 'force-conflict' || state.step === 'failed') && (
              <Button variant="contained" onClick={onRetry}>
                {state.step === 'failed' ? s.retry : s.validateAgain}
              </Button>
            )}
          </>
        )}
      </DialogActions>
    </>
  );
}
