import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { copyStrings } from '../copy/strings';
import { listStrings } from '../strings';

const WRITE_ACTIONS = ['edit', 'validate', 'copy', 'delete'] as const;

/** What a row's menu offers; the menu button only imports this type, so the popup's code stays a chunk of its own. */
export type RowAction = 'details' | (typeof WRITE_ACTIONS)[number];

interface RowActionsPopupProps {
  anchor: HTMLElement;
  canWrite: boolean;
  onChoose: (action: RowAction) => void;
  onClose: () => void;
}

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
            {action === 'copy' ? copyStrings.action : listStrings[action]}
          </MenuItem>
        ))}
    </Menu>
  );
}
