import { lazy, Suspense, useState } from 'react';
import IconButton from '@mui/material/IconButton';
import MoreVertIcon from '@mui/icons-material/MoreVert';
import { listStrings } from '../strings';

export type RowAction = 'details' | 'edit' | 'validate' | 'delete';

interface RowActionsMenuProps {
  name: string;
  canWrite: boolean;
  tabIndex: number;
  onAction: (action: RowAction) => void;
}

const loadPopup = () => import('./row-actions-popup');
const RowActionsPopup = lazy(async () => ({ default: (await loadPopup()).RowActionsPopup }));

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
        // Fetch the menu's chunk on intent, so it is usually there by the click.
        onPointerEnter={() => void loadPopup()}
        onFocus={() => void loadPopup()}
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
        <Suspense fallback={null}>
          <RowActionsPopup anchor={anchor} canWrite={canWrite} onChoose={choose} onClose={() => setAnchor(null)} />
        </Suspense>
      )}
    </>
  );
}
