import { lazy, Suspense, useState } from 'react';
import { Outlet, useLocation } from 'react-router';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { commonStrings } from '../components/strings';
import { ThemeToggle } from '../components/theme-toggle';
import { sessionStrings } from '../features/session/strings';
import { UserMenu } from '../features/session/user-menu';
import { WorkspaceSwitcher } from '../features/workspaces/workspace-switcher';

// The save notice belongs to the form feature; the list's first load fetches it only once a
// navigation carries a notice.
const SavedNotice = lazy(async () => ({ default: (await import('../features/credentials/form/saved-notice')).SavedNotice }));

const carriesNotice = (state: unknown) => typeof state === 'object' && state !== null && 'notice' in state;

export function AppLayout() {
  const { state } = useLocation();
  // Stays mounted after the first notice so the snackbar closes with its own timing and transition.
  const [noticeShown, setNoticeShown] = useState(false);
  if (!noticeShown && carriesNotice(state)) setNoticeShown(true);
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100vh', bgcolor: 'background.default' }}>
      <Box
        component="a"
        href="#main"
        sx={{
          position: 'absolute',
          left: 8,
          top: -48,
          zIndex: 'tooltip',
          p: 1,
          bgcolor: 'background.paper',
          color: 'text.primary',
          '&:focus': { top: 8 },
        }}
      >
        {commonStrings.skipToContent}
      </Box>
      <AppBar position="static" color="inherit" elevation={0} sx={{ borderBottom: 1, borderColor: 'divider' }}>
        <Toolbar sx={{ gap: 2 }}>
          <Typography component="p" variant="h6" noWrap sx={{ fontSize: '1.05rem', fontWeight: 700, display: { xs: 'none', md: 'block' } }}>
            {sessionStrings.productName}
          </Typography>
          <Box component="nav" aria-label={commonStrings.contextNav} sx={{ pt: 0.5 }}>
            <WorkspaceSwitcher />
          </Box>
          <Box sx={{ flex: 1 }} />
          <ThemeToggle />
          <UserMenu />
        </Toolbar>
      </AppBar>
      <Box component="main" id="main" tabIndex={-1} sx={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column', outline: 'none' }}>
        <Outlet />
      </Box>
      {noticeShown && (
        <Suspense fallback={null}>
          <SavedNotice />
        </Suspense>
      )}
    </Box>
  );
}
