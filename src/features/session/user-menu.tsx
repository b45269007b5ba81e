import { useEffect, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { styled } from '@mui/material/styles';
import { ChunkLoadAlert } from '../../components/chunk-load-alert';
import { PlainIconButton } from '../../components/plain-icon-button';
import { lazyChunk, useLazyChunk } from '../../lib/lazy-chunk';
import { preloadModule } from '../../lib/preload-module';
import { deleteSession } from './session-api';
import { sessionQueries } from './session-queries';
import { sessionStrings } from './strings';
import { useSignedInUser } from './use-signed-in-user';

const popupChunk = lazyChunk(
  () => import('./user-menu-popup'),
  () => preloadModule('src/features/session/user-menu-popup.tsx'),
);

/** MUI Avatar's letter look, as one styled span: the account button is on every first load. */
const Initial = styled('span')(({ theme }) => {
  const palette = (theme.vars ?? theme).palette;
  return {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    flexShrink: 0,
    width: 32,
    height: 32,
    borderRadius: '50%',
    fontSize: theme.typography.pxToRem(14),
    lineHeight: 1,
    userSelect: 'none',
    backgroundColor: palette.primary.main,
    color: palette.primary.contrastText,
  };
});

export function UserMenu() {
  const user = useSignedInUser();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  // Mounted from the first opening on, so later closings keep Menu's own transition and focus return.
  const [opened, setOpened] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const popup = useLazyChunk(popupChunk, opened, attempt);
  // Fetched on idle (not run) so signing out still works if the connection drops later.
  useEffect(() => popupChunk.prefetch(), []);
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
  const display = fullName || user.userName || user.email || sessionStrings.unnamedUser;

  return (
    <>
      <PlainIconButton
        type="button"
        sx={{ padding: '4px' }}
        // Fetch the menu's chunk on intent, so it is usually there by the click.
        onPointerEnter={() => void popupChunk.load().catch(() => undefined)}
        onFocus={() => void popupChunk.load().catch(() => undefined)}
        onClick={(event) => {
          setOpened(true);
          setAttempt((n) => n + 1);
          setAnchor(event.currentTarget);
        }}
        aria-label={sessionStrings.userMenu(display)}
        aria-haspopup="menu"
        aria-expanded={anchor !== null}
        aria-controls={anchor ? 'user-menu' : undefined}
      >
        <Initial aria-hidden>{display.slice(0, 1).toUpperCase()}</Initial>
      </PlainIconButton>
      {opened && popup.status === 'ready' && (
        <popup.module.UserMenuPopup
          id="user-menu"
          anchor={anchor}
          display={display}
          detail={user.email || user.userName || ''}
          signingOut={signOut.isPending}
          onSignOut={() => signOut.mutate()}
          onClose={() => setAnchor(null)}
        />
      )}
      {anchor && popup.status === 'failed' && <ChunkLoadAlert onDismiss={() => setAnchor(null)} />}
    </>
  );
}
