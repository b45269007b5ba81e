import type { Blocker } from 'react-router';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { formStrings } from './strings';

export function UnsavedChangesDialog({ blocker }: { blocker: Blocker }) {
  if (blocker.state !== 'blocked') return null;
  return (
    <Dialog open onClose={() => blocker.reset()} aria-labelledby="unsaved-title" aria-describedby="unsaved-body">
      <DialogTitle id="unsaved-title">{formStrings.guard.title}</DialogTitle>
      <DialogContent>
        <DialogContentText id="unsaved-body">{formStrings.guard.body}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => blocker.reset()}>
          {formStrings.guard.stay}
        </Button>
        <Button color="error" onClick={() => blocker.proceed()}>
          {formStrings.guard.leave}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
