import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import KeyIcon from '@mui/icons-material/Key';
import SearchOffIcon from '@mui/icons-material/SearchOff';
import { PlainButton, PlainButtonLink } from '../../../components/plain-button';
import { visuallyHidden } from '../../../lib/visually-hidden';
import { listStrings } from '../strings';
import './list-states.css';

const SKELETON_ROWS = Array.from({ length: 8 }, (_, index) => <div key={index} aria-hidden className="list-skeleton-row" />);

/**
 * Placeholder rows while the list loads, in MUI Skeleton's colour and pulse. Plain elements styled by
 * a static sheet (list-states.css): they are the first screen's first rows, and as styled boxes they
 * were ten of its styled components, each serialising its styles in that first render.
 */
export function ListSkeleton() {
  return (
    <div role="status" className="list-skeleton">
      <span style={visuallyHidden}>{listStrings.loading}</span>
      {SKELETON_ROWS}
    </div>
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
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5, alignItems: 'center', textAlign: 'center', py: 8, px: 2 }}>
      <Icon aria-hidden sx={{ fontSize: 48, color: 'text.secondary' }} />
      <Box component="h2" sx={{ typography: 'h2', m: 0, fontSize: '1.25rem', fontWeight: 600 }}>
        {title}
      </Box>
      <Box component="p" sx={{ typography: 'body1', m: 0, color: 'text.secondary', maxWidth: 520 }}>
        {body}
      </Box>
      {action}
    </Box>
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
          <PlainButtonLink to={addPath} variant="contained">
            {listStrings.add}
          </PlainButtonLink>
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
        <PlainButton type="button" variant="outlined" onClick={onClear}>
          {listStrings.clearFilters}
        </PlainButton>
      }
    />
  );
}

/** Said once above the list, quietly: rows of the answer that could not be used were left out. */
export function SkippedRowsNote({ count }: { count: number }) {
  return (
    <Box component="p" role="note" sx={{ typography: 'body2', color: 'text.secondary', m: 0, mb: 1, px: { xs: 2, sm: 0 } }}>
      {listStrings.skippedRows(count)}
    </Box>
  );
}
