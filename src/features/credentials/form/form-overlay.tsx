import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import CloseIcon from '@mui/icons-material/Close';
import { strings } from './strings';

interface FormOverlayProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
}

/** A wide drawer over the list, like the details view, holding the picker or the form. */
export function FormOverlay({ title, onClose, children }: FormOverlayProps) {
  return (
    <Drawer
      anchor="right"
      open
      onClose={onClose}
      slotProps={{
        paper: {
          role: 'dialog',
          'aria-modal': true,
          'aria-labelledby': 'credentials-form-title',
          sx: { width: { xs: '100%', sm: 720 } },
        },
      }}
    >
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1, px: 3, py: 2, borderBottom: 1, borderColor: 'divider' }}>
        <Typography variant="h2" id="credentials-form-title" sx={{ fontSize: '1.25rem', fontWeight: 600, flex: 1, overflowWrap: 'anywhere' }}>
          {title}
        </Typography>
        <IconButton aria-label={strings.shell.close} onClick={onClose}>
          <CloseIcon />
        </IconButton>
      </Stack>
      <Box sx={{ p: 3, overflowY: 'auto', flex: 1 }}>{children}</Box>
    </Drawer>
  );
}
