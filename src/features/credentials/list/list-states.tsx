import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import KeyIcon from '@mui/icons-material/Key';
import SearchOffIcon from '@mui/icons-material/SearchOff';
import { visuallyHidden } from '../../../lib/visually-hidden';
import { listStrings } from '../strings';

// Placeholder rows in MUI Skeleton's colour and pulse, without the component.
const skeletonRowSx = {
  height: 40,
  mb: 1,
  borderRadius: 1,
  bgcolor: 'var(--mui-palette-Skeleton-bg)',
  '@keyframes list-skeleton-pulse': { '50%': { opacity: 0.4 } },
  animation: 'list-skeleton-pulse 2s ease-in-out 0.5s infinite',
  '@media (prefers-reduced-motion: reduce)': { animation: 'none' },
} as const;

export function ListSkeleton() {
  return (
    <Box role="status" sx={{ p: 2 }}>
      <Box component="span" sx={visuallyHidden}>
        {listStrings.loading}
      </Box>
      {Array.from({ length: 8 }, (_, index) => (
        <Box key={index} aria-hidden sx={skeletonRowSx} />
      ))}
    </Box>
  );
}

interface MessageStateProps {
  icon: typeof KeyIcon;
  title: string;
  body: string;
  action?: ReactNode;
}

function MessageState({ icon: Icon, title, body, action }: MessageStateProps) {
  return (
    <Stack spacing={1.5} sx={{ alignItems: 'center', textAlign: 'center', py: 8, px: 2 }}>
      <Icon aria-hidden sx={{ fontSize: 48, color: 'text.secondary' }} />
      <Typography variant="h2" sx={{ fontSize: '1.25rem', fontWeight: 600 }}>
        {title}
      </Typography>
      <Typography color="text.secondary" sx={{ maxWidth: 520 }}>
        {body}
      </Typography>
      {action}
    </Stack>
  );
}

export function EmptyState({ addPath }: { addPath: string | undefined }) {
  return (
    <MessageState
      icon={KeyIcon}
      title={listStrings.emptyTitle}
      body={addPath ? listStrings.emptyBody : listStrings.emptyViewerBody}
      action={
        addPath && (
          <Button component={RouterLink} to={addPath} variant="contained">
            {listStrings.add}
          </Button>
        )
      }
    />
  );
}

export function NoMatchesState({ onClear }: { onClear: () => void }) {
  return (
    <MessageState
      icon={SearchOffIcon}
      title={listStrings.noMatchesTitle}
      body={listStrings.noMatchesBody}
      action={
        <Button variant="outlined" onClick={onClear}>
          {listStrings.clearFilters}
        </Button>
      }
    />
  );
}
