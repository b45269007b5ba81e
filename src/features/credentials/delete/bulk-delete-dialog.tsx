import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { visuallyHidden } from '../../../lib/visually-hidden';
import type { Credentials } from '../api/credentials-schemas';
import { BulkDeleteUsageNotice } from '../usage/delete-usage-notice';
import { BulkDeleteResults, type BulkDeleteItem, type BulkDeleteResult } from './bulk-delete-results';
import { runPool } from '../../../lib/run-pool';
import { deleteStrings } from './strings';
import { useDeleteCredentials } from './use-delete-credentials';
import { useStepFocus } from '../../../lib/use-step-focus';
import { commonStrings } from '../../../components/strings';

/** Few enough to keep the server responsive, enough that twenty deletes take a moment, not a minute. */
const BULK_DELETE_CONCURRENCY = 3;

interface BulkDeleteDialogProps {
  selected: readonly Credentials[];
  workspaceId: number | undefined;
  onClose: () => void;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** "Delete selected": the checked delete per credential, then a result per credential. */
export function BulkDeleteDialog({ selected, workspaceId, onClose }: BulkDeleteDialogProps) {
  const [items, setItems] = useState<BulkDeleteItem[] | undefined>(undefined);
  const [running, setRunning] = useState(false);
  const [pendingCount, setPending] = useState(0);
  const mutation = useDeleteCredentials();
  const phase = items === undefined ? 'confirm' : running ? 'running' : 'done';
  const heading = useStepFocus<HTMLHeadingElement>(phase, phase === 'done');
  const settle = (id: string, result: BulkDeleteResult) =>
    setItems((current) => current?.map((item) => (item.credentials.id === id ? { ...item, result } : item)));

  const deleteOne = async (credentialsId: string, checked: boolean): Promise<BulkDeleteResult> => {
    try {
      const outcome = await mutation.mutateAsync({ credentialsId, workspaceId, checked });
      if (outcome.kind === 'blocked') return { kind: 'blocked', conflicts: outcome.conflicts };
      return { kind: checked ? 'deleted' : 'stopped' };
    } catch (error) {
      return { kind: 'failed', message: messageOf(error) };
    }
  };

  const start = async () => {
    setRunning(true);
    // A placeholder result until each answer arrives; the progress counts only settled ones.
    setItems(selected.map((credentials) => ({ credentials, result: { kind: 'failed', message: '' } })));
    const pending = new Set(selected.map((credentials) => credentials.id));
    setPending(pending.size);
    await runPool(selected, BULK_DELETE_CONCURRENCY, async (credentials) => {
      const result = await deleteOne(credentials.id, true);
      settle(credentials.id, result);
      pending.delete(credentials.id);
      setPending(pending.size);
      return result;
    });
    setRunning(false);
  };

  const force = async (credentialsId: string) => {
    const item = items?.find((candidate) => candidate.credentials.id === credentialsId);
    if (item?.result.kind !== 'blocked') return;
    settle(credentialsId, { ...item.result, forcing: true, error: undefined });
    const result = await deleteOne(credentialsId, false);
    settle(credentialsId, result.kind === 'failed' ? { ...item.result, forcing: false, error: result.message } : result);
  };

  const total = selected.length;
  const done = total - pendingCount;
  const count = (kind: BulkDeleteResult['kind']) => items?.filter((item) => item.result.kind === kind).length ?? 0;

  return (
    <Dialog open onClose={running ? undefined : onClose} aria-labelledby="bulk-delete-title" fullWidth maxWidth="sm">
      <DialogTitle id="bulk-delete-title">{phase === 'done' ? deleteStrings.bulkResultTitle : deleteStrings.bulkTitle(total)}</DialogTitle>
      <DialogContent>
        {phase === 'confirm' && (
          <Stack spacing={1.5}>
            <Typography>{deleteStrings.bulkBody}</Typography>
            <Typography variant="body2" color="text.secondary">
              {selected.map((credentials) => credentials.name).join(', ')}
            </Typography>
            <BulkDeleteUsageNotice selected={selected} workspaceId={workspaceId} />
          </Stack>
        )}
        {phase === 'running' && (
          <Stack spacing={1.5}>
            <Typography>{deleteStrings.bulkRunning(done, total)}</Typography>
            <LinearProgress variant="determinate" value={(done / total) * 100} aria-label={deleteStrings.bulkRunning(done, total)} />
          </Stack>
        )}
        {phase === 'done' && items && (
          <Stack spacing={1.5}>
            <Typography variant="h3" ref={heading} tabIndex={-1} sx={{ fontSize: '1rem', fontWeight: 600, outline: 'none' }}>
              {deleteStrings.bulkSummary(count('deleted') + count('stopped'), count('blocked'), count('failed'))}
            </Typography>
            <BulkDeleteResults items={items} onForce={(id) => void force(id)} />
          </Stack>
        )}
        <Box role="status" sx={visuallyHidden}>
          {phase === 'running' ? deleteStrings.bulkRunning(done, total) : ''}
          {phase === 'done' ? deleteStrings.bulkSummary(count('deleted') + count('stopped'), count('blocked'), count('failed')) : ''}
        </Box>
      </DialogContent>
      <DialogActions>
        {phase === 'confirm' ? (
          <>
            <Button onClick={onClose}>{deleteStrings.cancel}</Button>
            <Button variant="contained" color="error" onClick={() => void start()}>
              {deleteStrings.delete}
            </Button>
          </>
        ) : (
          <Button onClick={onClose} disabled={running} variant="contained">
            {commonStrings.close}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
