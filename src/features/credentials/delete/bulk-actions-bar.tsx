import { lazy, Suspense, useState } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Credentials } from '../api/credentials-schemas';
import { copyStrings } from '../copy/strings';
import { validateStrings } from '../validate/strings';
import { ValidateAllDialog } from '../validate/validate-all-dialog';
import { BulkDeleteDialog } from './bulk-delete-dialog';
import { deleteStrings } from './strings';

// The copy flow (workspace choice, the create form) loads only when asked for.
const BulkCopyDialog = lazy(async () => ({ default: (await import('../copy/copy-dialog')).BulkCopyDialog }));

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
  const openWith = (which: 'delete' | 'validate' | 'copy', rows: readonly Credentials[]) => {
    setFrozen(rows);
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
      {open === 'validate' && <ValidateAllDialog shown={frozen} workspaceId={workspaceId} onClose={() => setOpen(undefined)} />}
      {open === 'copy' && (
        <Suspense fallback={null}>
          <BulkCopyDialog
            items={frozen.map((row) => ({ id: row.id, name: row.name }))}
            workspaceId={workspaceId}
            onClose={() => {
              setOpen(undefined);
              onClearSelection();
            }}
          />
        </Suspense>
      )}
      {open === 'delete' && (
        <BulkDeleteDialog
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
