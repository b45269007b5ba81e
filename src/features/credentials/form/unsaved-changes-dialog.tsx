import type { Blocker } from 'react-router';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { strings } from './strings';

export function UnsavedChangesDialog({ blocker }: { blocker: Blocker }) {
  if (blocker.state !== 'blocked') return null;
  return (
    <Dialog open onClose={() => blocker.reset()} aria-labelledby="unsaved-title" aria-describedby="unsaved-body">
      <DialogTitle id="unsaved-title">{strings.guard.title}</DialogTitle>
      <DialogContent>
        <DialogContentText id="unsaved-body">{strings.guard.body}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => blocker.reset()}>
          {strings.guard.stay}
        </Button>
        <Button color="error" onClick={() => blocker.proceed()}>
          {strings.guard.leave}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
