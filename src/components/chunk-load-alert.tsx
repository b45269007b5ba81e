import Box from '@mui/material/Box';

interface ChunkLoadAlertProps {
  onDismiss: () => void;
}

/**
 * Said when a menu's code could not be downloaded (usually offline), instead of the click doing
 * nothing. Plain Box rather than Snackbar/Alert so the first load does not grow for a rare case.
 */
export function ChunkLoadAlert({ onDismiss }: ChunkLoadAlertProps) {
  return (
    <Box
      role="alert"
      onClick={onDismiss}
      sx={{
        position: 'fixed',
        bottom: 16,
        left: '50%',
        transform: 'translateX(-50%)',
        zIndex: 'snackbar',
        px: 2,
        py: 1.5,
        borderRadius: 1,
        bgcolor: 'error.main',
        color: 'error.contrastText',
        boxShadow: 6,
        cursor: 'pointer',
      }}
    >
      This menu could not be loaded: the server could not be reached. Check your connection and open the menu again.
    </Box>
  );
}
