import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { roleRequiredStrings } from './strings';
import { commonStrings } from '../../components/strings';

/** What a viewer sees on a delete or validate URL: the routes refuse, not only the menus hide them. */
export function RoleRequiredDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog open onClose={onClose} aria-labelledby="role-required-title" aria-describedby="role-required-body">
      <DialogTitle id="role-required-title">{roleRequiredStrings.title}</DialogTitle>
      <DialogContent>
        <DialogContentText id="role-required-body">{roleRequiredStrings.body}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>
          {commonStrings.close}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
