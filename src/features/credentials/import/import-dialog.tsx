import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { lazy, Suspense } from 'react';
import CircularProgress from '@mui/material/CircularProgress';
import { RoleRequiredDialog } from '../role-required-dialog';
import { canWrite } from '../../workspaces/credentials-context';
import { useListOutletContext } from '../list/list-outlet-context';
import { rowsToCreate } from './import-state';
import { ReviewTable, SkippedTable } from './review-table';
import { SourcePicker } from './source-picker';
import { importStrings } from './strings';
import { formValuesFor } from './to-values';
import { useImport } from './use-import';

const t = importStrings;

// Loaded through the create route's module, so the form is not split out of that route's chunk.
const CredentialsForm = lazy(async () => ({ default: (await import('../form/credentials-create-page')).CredentialsForm }));

/** The `…/credentials/import` route: import credentials from local files (owners and admins). */
export function ImportDialog() {
  const { context, close } = useListOutletContext();
  if (!canWrite(context)) return <RoleRequiredDialog title={t.roleRequiredTitle} body={t.roleRequired} onClose={() => close()} />;
  return <ImportFlow workspaceId={context.workspaceId} onClose={() => close()} />;
}

function ImportFlow({ workspaceId, onClose }: { workspaceId: number | undefined; onClose: () => void }) {
  const { state, dispatch, addFiles, addText, chooseProvider, create } = useImport(workspaceId);
  const { step, rows, skipped, running } = state;
  const editing = state.editing === null ? undefined : rows.find((row) => row.key === state.editing);
  const pending = rowsToCreate(state);
  const finished = rows.filter((row) => row.result.status === 'created' || row.result.status === 'failed');
  const created = rows.filter((row) => row.result.status === 'created').length;
  const failed = rows.filter((row) => row.result.status === 'failed').length;
  const inRun = rows.filter((row) => row.result.status !== 'pending').length;
  const onlyRetries = pending.length > 0 && pending.every((row) => row.result.status === 'failed');
  const namesPending = rows.some((row) => row.name === null);

  const closeAll = () => {
    dispatch({ type: 'clear' });
    onClose();
  };

  if (editing) {
    const values = formValuesFor(editing.found, { name: editing.name ?? '', provider: editing.provider, passphrase: editing.passphrase });
    const title = t.editTitle(editing.name ?? '');
    return (
      <Dialog open onClose={() => dispatch({ type: 'edit', key: null })} aria-labelledby="import-edit-title" fullWidth maxWidth="md">
        <DialogTitle id="import-edit-title" sx={{ overflowWrap: 'anywhere' }}>
          {title}
        </DialogTitle>
        <DialogContent>
          {values && (
            <Box sx={{ pt: 1 }}>
              <Suspense fallback={<CircularProgress aria-label={t.loadingForm} />}>
                <CredentialsForm
                  intent="create"
                  initialValues={values}
                  workspaceId={workspaceId}
                  onSaved={(_id, name) => {
                    dispatch({ type: 'names', names: { [editing.key]: name } });
                    dispatch({ type: 'result', key: editing.key, result: { status: 'created' } });
                    dispatch({ type: 'edit', key: null });
                  }}
                  onCancel={() => dispatch({ type: 'edit', key: null })}
                />
              </Suspense>
            </Box>
          )}
        </DialogContent>
      </Dialog>
    );
  }

  return (
    <Dialog open onClose={running ? undefined : closeAll} aria-labelledby="import-dialog-title" aria-busy={running} fullWidth maxWidth="lg">
      <DialogTitle id="import-dialog-title">{t.title}</DialogTitle>
      <DialogContent>
        {step === 'choose' ? (
          <SourcePicker
            sources={state.sources}
            onFiles={addFiles}
            onText={addText}
            onRemove={(sourceId) => dispatch({ type: 'remove-source', sourceId })}
          />
        ) : (
          <Box>
            <Typography id="import-review-heading" component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
              {t.review.heading}
            </Typography>
            {rows.length === 0 ? (
              <Alert severity="info">{t.review.none}</Alert>
            ) : (
              <ReviewTable
                rows={rows}
                running={running}
                onInclude={(key, include) => dispatch({ type: 'include', key, include })}
                onIncludeAll={(include) => dispatch({ type: 'include-all', include })}
                onProvider={chooseProvider}
                onPassphrase={(key, passphrase) => dispatch({ type: 'passphrase', key, passphrase })}
                onEdit={(key) => dispatch({ type: 'edit', key })}
              />
            )}
            {skipped.length > 0 && <SkippedTable rows={skipped} />}
          </Box>
        )}
        <Box sx={{ mt: 2, minHeight: 24 }}>
          {running && (
            <LinearProgress
              variant="determinate"
              aria-label={t.review.progressLabel}
              value={inRun === 0 ? 0 : (finished.length / Math.max(1, inRun)) * 100}
              sx={{ mb: 1 }}
            />
          )}
          <Typography role="status" variant="body2" color="text.secondary">
            {running ? t.review.progress(created, inRun) : inRun > 0 && step === 'review' ? t.review.summary(created, failed) : ''}
          </Typography>
        </Box>
      </DialogContent>
      <DialogActions>
        {step === 'review' && (
          <Button onClick={() => dispatch({ type: 'step', step: 'choose' })} disabled={running} sx={{ mr: 'auto' }}>
            {t.back}
          </Button>
        )}
        <Button onClick={closeAll} disabled={running}>
          {t.close}
        </Button>
        {step === 'choose' ? (
          <Button variant="contained" disabled={rows.length === 0 && skipped.length === 0} onClick={() => dispatch({ type: 'step', step: 'review' })}>
            {t.next}
          </Button>
        ) : (
          <Button variant="contained" disabled={running || namesPending || pending.length === 0} onClick={() => void create()}>
            {onlyRetries ? t.review.retryFailed : t.review.create(pending.length)}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}

export default ImportDialog;
