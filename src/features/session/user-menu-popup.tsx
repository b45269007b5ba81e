import Divider from '@mui/material/Divider';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { sessionStrings } from './strings';

interface UserMenuPopupProps {
  id: string;
  anchor: HTMLElement | null;
  display: string;
  detail: string;
  signingOut: boolean;
  onSignOut: () => void;
  onClose: () => void;
}

/** The user menu's popup; a chunk of its own because Menu's popover and focus trap are not needed to show the list. */
export function UserMenuPopup({ id, anchor, display, detail, signingOut, onSignOut, onClose }: UserMenuPopupProps) {
  return (
    <Menu id={id} anchorEl={anchor} open={anchor !== null} onClose={onClose}>
      <ListItemText sx={{ px: 2, py: 1 }} primary={sessionStrings.signedInAs(display)} secondary={detail} />
      <Divider />
      <MenuItem onClick={onSignOut} disabled={signingOut}>
        {sessionStrings.signOut}
      </MenuItem>
    </Menu>
  );
}
