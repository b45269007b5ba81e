import { useId } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { roleRequiredStrings } from './strings';
import { commonStrings } from '../../components/strings';

interface RoleRequiredDialogProps {
  onClose: () => void;
  /** The refused action's own wording; delete and validate share the default. */
  title?: string;
  body?: string;
}

/** What a viewer sees on a write action's URL (delete, validate, import, copy): the routes refuse, not only the menus hide them. */
export function RoleRequiredDialog({ onClose, title = roleRequiredStrings.title, body = roleRequiredStrings.body }: RoleRequiredDialogProps) {
  const id = useId();
  return (
    <Dialog open onClose={onClose} aria-labelledby={`${id}-title`} aria-describedby={`${id}-body`}>
      <DialogTitle id={`${id}-title`}>{title}</DialogTitle>
      <DialogContent>
        <DialogContentText id={`${id}-body`}>{body}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>
          {commonStrings.close}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
