import { useEffect, useState } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { ChunkLoadAlert } from '../../../components/chunk-load-alert';
import { lazyChunk, useLazyChunk } from '../../../lib/lazy-chunk';
import { preloadModule } from '../../../lib/preload-module';
import type { Credentials } from '../api/credentials-schemas';
import { copyStrings } from '../copy/strings';
import { validateStrings } from '../validate/strings';
import { deleteStrings } from './strings';

// The dialogs (and MUI's Dialog, Modal and fields) are not part of the list's first screen: fetched
// without running once the page is idle (so they open offline too), run when opened.
const validateAllChunk = lazyChunk(
  () => import('../validate/validate-all-dialog'),
  () => preloadModule('src/features/credentials/validate/validate-all-dialog.tsx'),
);
const bulkDeleteChunk = lazyChunk(
  () => import('./bulk-delete-dialog'),
  () => preloadModule('src/features/credentials/delete/bulk-delete-dialog.tsx'),
);
// The copy flow (workspace choice, the create form) loads only when asked for, and is not prefetched:
// it is rarely used and large.
const bulkCopyChunk = lazyChunk(() => import('../copy/copy-dialog'));

interface BulkActionsBarProps {
  /** What the list shows now (filters applied): what "Validate all" covers. */
  shown: readonly Credentials[];
  selected: readonly Credentials[];
  workspaceId: number | undefined;
  onClearSelection: () => void;
}

/** Owner/admin actions over many rows: validate what is shown, delete what is selected. */
export function BulkActionsBar({ shown, selected, workspaceId, onClearSelection }: BulkActionsBarProps) {
  const [open, setOpen] = useState<'delete' | 'validate' | 'copy' | undefined>(undefined);
  // The dialogs work on the rows as they were when opened, not as the list changes under them.
  const [frozen, setFrozen] = useState<readonly Credentials[]>([]);
  const [attempt, setAttempt] = useState(0);
  const validateAll = useLazyChunk(validateAllChunk, open === 'validate', attempt);
  const bulkDelete = useLazyChunk(bulkDeleteChunk, open === 'delete', attempt);
  const bulkCopy = useLazyChunk(bulkCopyChunk, open === 'copy', attempt);
  useEffect(() => {
    validateAllChunk.prefetch();
    bulkDeleteChunk.prefetch();
  }, []);
  const openWith = (which: 'delete' | 'validate' | 'copy', rows: readonly Credentials[]) => {
    setFrozen(rows);
    setAttempt((n) => n + 1);
    setOpen(which);
  };
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', px: { xs: 2, sm: 3 }, pb: 1, minHeight: 40 }}>
      <Button size="small" variant="outlined" disabled={shown.length === 0} onClick={() => openWith('validate', shown)}>
        {validateStrings.validateAll}
      </Button>
      {selected.length > 0 && (
        <>
          <Typography variant="body2" sx={{ pl: 1 }}>
            {deleteStrings.selected(selected.length)}
          </Typography>
          <Button size="small" variant="contained" color="error" onClick={() => openWith('delete', selected)}>
            {deleteStrings.deleteSelected}
          </Button>
          <Button size="small" variant="outlined" onClick={() => openWith('copy', selected)}>
            {copyStrings.bulkAction}
          </Button>
          <Button size="small" onClick={onClearSelection}>
            {deleteStrings.clearSelection}
          </Button>
        </>
      )}
      {open === 'validate' && validateAll.status === 'ready' && (
        <validateAll.module.ValidateAllDialog shown={frozen} workspaceId={workspaceId} onClose={() => setOpen(undefined)} />
      )}
      {open !== undefined && (validateAll.status === 'failed' || bulkDelete.status === 'failed' || bulkCopy.status === 'failed') && (
        <ChunkLoadAlert onDismiss={() => setOpen(undefined)} />
      )}
      {open === 'copy' && bulkCopy.status === 'ready' && (
        <bulkCopy.module.BulkCopyDialog
          items={frozen.map((row) => ({ id: row.id, name: row.name }))}
          workspaceId={workspaceId}
          onClose={() => {
            setOpen(undefined);
            onClearSelection();
          }}
        />
      )}
      {open === 'delete' && bulkDelete.status === 'ready' && (
        <bulkDelete.module.BulkDeleteDialog
          selected={frozen}
          workspaceId={workspaceId}
          onClose={() => {
            setOpen(undefined);
            onClearSelection();
          }}
        />
      )}
    </Stack>
  );
}
