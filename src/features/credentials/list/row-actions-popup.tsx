import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { listStrings } from '../strings';
import type { RowAction } from './row-actions-menu';

interface RowActionsPopupProps {
  anchor: HTMLElement;
  canWrite: boolean;
  onChoose: (action: RowAction) => void;
  onClose: () => void;
}

const WRITE_ACTIONS = ['edit', 'validate', 'delete'] as const;

/** The open row menu; a chunk of its own because Menu's popover and focus trap are not needed to show rows. */
export function RowActionsPopup({ anchor, canWrite, onChoose, onClose }: RowActionsPopupProps) {
  return (
    <Menu
      anchorEl={anchor}
      open
      onClose={onClose}
      onClick={(event) => event.stopPropagation()}
      onKeyDown={(event) => event.stopPropagation()}
    >
      <MenuItem onClick={() => onChoose('details')}>{listStrings.openDetails}</MenuItem>
      {canWrite &&
        WRITE_ACTIONS.map((action) => (
          <MenuItem key={action} onClick={() => onChoose(action)} sx={action === 'delete' ? { color: 'error.main' } : undefined}>
            {listStrings[action]}
          </MenuItem>
        ))}
    </Menu>
  );
}
