import { useState } from 'react';
import { useLocation } from 'react-router';
import Snackbar from '@mui/material/Snackbar';
import { stateText } from '../details/saved-state';

/**
 * The confirmation of a save that returns to the list (a create whose answer named no id; a save that
 * opens the details drawer confirms inside it). The form route has unmounted by then, so this lives
 * in the app layout and reads the notice the form put into the navigation state. It sits at the
 * bottom left, clear of the right-hand drawers.
 */
export function SavedNotice() {
  const location = useLocation();
  const notice = stateText(location.state, 'notice');
  const [dismissed, setDismissed] = useState<string | null>(null);
  return (
    <Snackbar
      open={notice !== null && dismissed !== location.key}
      message={notice}
      autoHideDuration={6000}
      onClose={(_event, reason) => {
        if (reason !== 'clickaway') setDismissed(location.key);
      }}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
    />
  );
}
