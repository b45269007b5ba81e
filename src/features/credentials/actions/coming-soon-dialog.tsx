import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useParams } from 'react-router';
import { useListOutletContext } from '../list/list-outlet-context';
import { actionStrings } from '../strings';

export type PendingAction = keyof typeof actionStrings.comingTitle;

/** Holds the place of an action whose screen ships later, so routes and focus handling are already in place. */
export function ComingSoonDialog({ action }: { action: PendingAction }) {
  const { credentialsId } = useParams();
  const { close } = useListOutletContext();
  const onClose = () => close(credentialsId);
  return (
    <Dialog open onClose={onClose} aria-labelledby="coming-soon-title">
      <DialogTitle id="coming-soon-title">{actionStrings.comingTitle[action]}</DialogTitle>
      <DialogContent>
        <DialogContentText>{actionStrings.comingBody}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>
          {actionStrings.back}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
