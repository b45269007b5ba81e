import { lazy, Suspense, useState } from 'react';
import { Outlet, useLocation } from 'react-router';
import Box from '@mui/material/Box';
import { styled } from '@mui/material/styles';
import { commonStrings } from '../components/strings';
import { ThemeToggle } from '../components/theme-toggle';
import { ProviderLabelAssets } from '../features/credentials/providers/provider-label';
import { sessionStrings } from '../features/session/strings';
import { UserMenu } from '../features/session/user-menu';
import { WorkspaceSwitcher } from '../features/workspaces/workspace-switcher';

// The save notice belongs to the form feature; the list's first load fetches it only once a
// navigation carries a notice.
const SavedNotice = lazy(async () => ({ default: (await import('../features/credentials/form/saved-notice')).SavedNotice }));

// MUI's AppBar (static, inherit colour, flat) and regular Toolbar as one styled <header>; AppBar and
// Paper are not needed on any first load.
const Header = styled('header')(({ theme }) => {
  const palette = (theme.vars ?? theme).palette;
  return {
    // Content-box like MUI's Toolbar inside AppBar: the border adds to the 64 px, as it did there.
    boxSizing: 'content-box',
    minHeight: 56,
    flexShrink: 0,
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(2),
    paddingInline: theme.spacing(2),
    '@media (orientation: landscape)': { minHeight: 48 },
    [theme.breakpoints.up('sm')]: { minHeight: 64, paddingInline: theme.spacing(3) },
    backgroundColor: palette.background.paper,
    borderBottom: `1px solid ${palette.divider}`,
  };
});

const noWrap = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;

const carriesNotice = (state: unknown) => typeof state === 'object' && state !== null && 'notice' in state;

export function AppLayout() {
  const { state } = useLocation();
  // Stays mounted after the first notice so the snackbar closes with its own timing and transition.
  const [noticeShown, setNoticeShown] = useState(false);
  if (!noticeShown && carriesNotice(state)) setNoticeShown(true);
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100vh', bgcolor: 'background.default' }}>
      <ProviderLabelAssets />
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
      <Header>
        <Box
          component="p"
          sx={{ typography: 'h6', m: 0, fontSize: '1.05rem', fontWeight: 700, display: { xs: 'none', md: 'block' }, ...noWrap }}
        >
          {sessionStrings.productName}
        </Box>
        <Box component="nav" aria-label={commonStrings.contextNav} sx={{ pt: 0.5 }}>
          <WorkspaceSwitcher />
        </Box>
        <Box sx={{ flex: 1 }} />
        <ThemeToggle />
        <UserMenu />
      </Header>
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
