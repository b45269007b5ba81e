import { useEffect, useState } from 'react';
import { ChunkLoadAlert } from '../../../components/chunk-load-alert';
import { lazyChunk, useLazyChunk } from '../../../lib/lazy-chunk';
import { preloadModule } from '../../../lib/preload-module';
import { prefetchRowScreens } from '../screens';
import { listStrings } from '../strings';
import { gridClasses } from './grid-styles';
import type { RowAction } from './row-actions-popup';

export type { RowAction };

interface RowActionsMenuProps {
  name: string;
  canWrite: boolean;
  tabIndex: number;
  onAction: (action: RowAction) => void;
}

const verticalDots = (
  <svg viewBox="0 0 24 24" aria-hidden focusable="false">
    <circle cx="12" cy="5.5" r="2" />
    <circle cx="12" cy="12" r="2" />
    <circle cx="12" cy="18.5" r="2" />
  </svg>
);

const popupChunk = lazyChunk(
  () => import('./row-actions-popup'),
  () => preloadModule('src/features/credentials/list/row-actions-popup.tsx'),
);

export function RowActionsMenu({ name, canWrite, tabIndex, onAction }: RowActionsMenuProps) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [attempt, setAttempt] = useState(0);
  const popup = useLazyChunk(popupChunk, anchor !== null, attempt);
  // Once rows show, fetch (on idle, without running) the menu's code and the screens it opens, so
  // they still open if the connection drops.
  useEffect(() => {
    popupChunk.prefetch();
    prefetchRowScreens();
  }, []);
  const choose = (action: RowAction) => {
    setAnchor(null);
    onAction(action);
  };
  return (
    <>
      {/* A plain button styled by the grid: one per row, so no ripple or style resolution per render. */}
      <button
        type="button"
        className={gridClasses.menuButton}
        aria-label={listStrings.actionsFor(name)}
        aria-haspopup="menu"
        aria-expanded={anchor !== null}
        tabIndex={tabIndex}
        // Fetch the menu's chunk on intent, so it is usually there by the click.
        onPointerEnter={() => void popupChunk.load().catch(() => undefined)}
        onFocus={() => void popupChunk.load().catch(() => undefined)}
        onClick={(event) => {
          // The row opens details on click; the menu button must not.
          event.stopPropagation();
          setAttempt((n) => n + 1);
          setAnchor(event.currentTarget);
        }}
        onKeyDown={(event) => event.stopPropagation()}
      >
        {verticalDots}
      </button>
      {anchor && popup.status === 'ready' && (
        <popup.module.RowActionsPopup anchor={anchor} canWrite={canWrite} onChoose={choose} onClose={() => setAnchor(null)} />
      )}
      {anchor && popup.status === 'failed' && <ChunkLoadAlert onDismiss={() => setAnchor(null)} />}
    </>
  );
}
