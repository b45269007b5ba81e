import { useState } from 'react';
import IconButton from '@mui/material/IconButton';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import MoreVertIcon from '@mui/icons-material/MoreVert';
import { listStrings } from '../strings';

export type RowAction = 'details' | 'edit' | 'validate' | 'delete';

interface RowActionsMenuProps {
  name: string;
  canWrite: boolean;
  tabIndex: number;
  onAction: (action: RowAction) => void;
}

const WRITE_ACTIONS = ['edit', 'validate', 'delete'] as const;

export function RowActionsMenu({ name, canWrite, tabIndex, onAction }: RowActionsMenuProps) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const choose = (action: RowAction) => {
    setAnchor(null);
    onAction(action);
  };
  return (
    <>
      <IconButton
        size="small"
        aria-label={listStrings.actionsFor(name)}
        aria-haspopup="menu"
        aria-expanded={anchor !== null}
        tabIndex={tabIndex}
        onClick={(event) => {
          // The row opens details on click; the menu button must not.
          event.stopPropagation();
          setAnchor(event.currentTarget);
        }}
        onKeyDown={(event) => event.stopPropagation()}
      >
        <MoreVertIcon fontSize="small" />
      </IconButton>
      {anchor && (
        <Menu
          anchorEl={anchor}
          open
          onClose={() => setAnchor(null)}
          onClick={(event) => event.stopPropagation()}
          onKeyDown={(event) => event.stopPropagation()}
        >
          <MenuItem onClick={() => choose('details')}>{listStrings.openDetails}</MenuItem>
          {canWrite &&
            WRITE_ACTIONS.map((action) => (
              <MenuItem key={action} onClick={() => choose(action)} sx={action === 'delete' ? { color: 'error.main' } : undefined}>
                {listStrings[action]}
              </MenuItem>
            ))}
        </Menu>
      )}
    </>
  );
}
