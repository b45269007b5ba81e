import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import Avatar from '@mui/material/Avatar';
import IconButton from '@mui/material/IconButton';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Divider from '@mui/material/Divider';
import { deleteSession } from './session-api';
import { sessionQueries } from './session-queries';
import { sessionStrings } from './strings';
import { useSignedInUser } from './use-signed-in-user';

export function UserMenu() {
  const user = useSignedInUser();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const signOut = useMutation({
    mutationFn: deleteSession,
    onSettled: () => {
      // Whatever the server said, this browser no longer acts for the user.
      queryClient.clear();
      queryClient.setQueryData(sessionQueries.current().queryKey, null);
      void navigate('/sign-in', { replace: true });
    },
  });
  const fullName = [user.firstName, user.lastName].filter(Boolean).join(' ');
  const display = fullName || user.userName;

  return (
    <>
      <IconButton
        onClick={(event) => setAnchor(event.currentTarget)}
        aria-label={sessionStrings.userMenu(display)}
        aria-haspopup="menu"
        aria-expanded={anchor !== null}
        aria-controls={anchor ? 'user-menu' : undefined}
      >
        <Avatar sx={{ width: 32, height: 32, fontSize: '0.875rem', bgcolor: 'primary.main', color: 'primary.contrastText' }}>
          {display.slice(0, 1).toUpperCase()}
        </Avatar>
      </IconButton>
      <Menu id="user-menu" anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <ListItemText sx={{ px: 2, py: 1 }} primary={sessionStrings.signedInAs(display)} secondary={user.email ?? user.userName} />
        <Divider />
        <MenuItem onClick={() => signOut.mutate()} disabled={signOut.isPending}>
          {sessionStrings.signOut}
        </MenuItem>
      </Menu>
    </>
  );
}
