import { useId, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import CloseIcon from '@mui/icons-material/Close';

interface SideSheetProps {
  title: ReactNode;
  closeLabel: string;
  onClose: () => void;
  /** Width from the small breakpoint up; below it the sheet fills the screen. */
  width: number;
  /** Actions pinned under the scrolling body. */
  footer?: ReactNode;
  children: ReactNode;
}

/** A modal sheet from the right edge over the page, named by its title, with a close button. */
export function SideSheet({ title, closeLabel, onClose, width, footer, children }: SideSheetProps) {
  const titleId = useId();
  return (
    <Drawer
      anchor="right"
      open
      onClose={onClose}
      slotProps={{
        paper: {
          role: 'dialog',
          'aria-modal': true,
          'aria-labelledby': titleId,
          sx: { width: { xs: '100%', sm: width } },
        },
      }}
    >
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1, px: 3, py: 2, borderBottom: 1, borderColor: 'divider' }}>
        <Typography variant="h2" id={titleId} sx={{ fontSize: '1.25rem', fontWeight: 600, flex: 1, overflowWrap: 'anywhere' }}>
          {title}
        </Typography>
        <IconButton aria-label={closeLabel} onClick={onClose}>
          <CloseIcon />
        </IconButton>
      </Stack>
      <Box sx={{ p: 3, overflowY: 'auto', flex: 1 }}>{children}</Box>
      {footer && <Stack direction="row" sx={{ gap: 1, px: 3, py: 2, borderTop: 1, borderColor: 'divider' }}>{footer}</Stack>}
    </Drawer>
  );
}
