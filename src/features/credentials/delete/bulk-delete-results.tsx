import { useState } from 'react';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Credentials } from '../api/credentials-schemas';
import type { DeleteConflict } from '../api/delete-api';
import { BlockedJobs } from './blocked-jobs';
import { ForceDeleteForm } from './force-delete-form';
import { deleteStrings } from './strings';

export type BulkDeleteResult =
  | { kind: 'deleted' }
  | { kind: 'stopped' }
  | { kind: 'blocked'; conflicts: DeleteConflict[]; forcing?: boolean; error?: string | undefined }
  | { kind: 'failed'; message: string };

export interface BulkDeleteItem {
  credentials: Credentials;
  result: BulkDeleteResult;
}

const LABELS = {
  deleted: deleteStrings.resultDeleted,
  stopped: deleteStrings.resultStopped,
  blocked: deleteStrings.resultBlocked,
  failed: deleteStrings.resultFailed,
} as const;

/** One line per credential; a blocked one shows its jobs and can still be deleted with its typed name. */
export function BulkDeleteResults({ items, onForce }: { items: readonly BulkDeleteItem[]; onForce: (id: string) => void }) {
  const [asking, setAsking] = useState<string | undefined>(undefined);
  return (
    <List aria-label={deleteStrings.resultsLabel} sx={{ py: 0 }}>
      {items.map(({ credentials, result }) => (
        <ListItem key={credentials.id} divider sx={{ display: 'block', py: 1.5 }}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}>
            <Typography sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>{credentials.name}</Typography>
            <Typography variant="body2" color={result.kind === 'failed' || result.kind === 'blocked' ? 'error' : 'text.secondary'}>
              {LABELS[result.kind]}
              {result.kind === 'failed' ? `: ${result.message}` : ''}
            </Typography>
          </Stack>
          {result.kind === 'blocked' && (
            <Stack spacing={1.5} sx={{ mt: 1 }}>
              <BlockedJobs conflicts={result.conflicts} />
              {result.error !== undefined && (
                <Typography variant="body2" color="error">
                  {deleteStrings.failed(result.error)}
                </Typography>
              )}
              {asking === credentials.id ? (
                <ForceDeleteForm
                  name={credentials.name}
                  busy={result.forcing === true}
                  onSubmit={() => onForce(credentials.id)}
                  onBack={() => setAsking(undefined)}
                />
              ) : (
                <Button color="error" variant="outlined" sx={{ alignSelf: 'flex-start' }} onClick={() => setAsking(credentials.id)}>
                  {deleteStrings.deleteAnyway}
                </Button>
              )}
            </Stack>
          )}
        </ListItem>
      ))}
    </List>
  );
}
