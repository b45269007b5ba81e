import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { isApiError } from '../../../lib/api-client';
import { useSignedInUser } from '../../session/use-signed-in-user';
import { RoleRequiredDialog } from '../role-required-dialog';
import { canWrite, workspaceContexts, type CredentialsContext } from '../../workspaces/credentials-context';
import { workspacesQueries } from '../../workspaces/workspaces-queries';
import { credentialsQueries } from '../api/credentials-queries';
import type { CredentialFormValues } from '../form/form-schema';
import { useListOutletContext } from '../list/list-outlet-context';
import { copyFormValues, suggestCopyName, type NameAnswer } from './copy-values';
import { copyStrings } from './strings';

const t = copyStrings;

// The form and its mappers come through the create route's module only: a static import of any form
// module here would split the create route's chunks and grow its cold load.
const formModule = () => import('../form/credentials-create-page');
const CredentialsForm = lazy(async () => ({ default: (await formModule()).CredentialsForm }));

type Target = Extract<CredentialsContext, { kind: 'workspace' }>;

/** One credential to copy: its id, and its name when the list already knows it. */
export interface CopyItem {
  id: string;
  name?: string;
}

interface Prefill {
  values: CredentialFormValues;
  /** AWS role mode (or keys with a role and External ID): the target generates a new External ID. */
  externalId: boolean;
  renamedFrom?: string;
}

type Outcome = { status: 'created'; name: string } | { status: 'failed'; message: string } | { status: 'skipped' };

const targetLabel = (target: Target) => `${target.orgName} / ${target.workspaceName}`;

/** The `…/credentials/:credentialsId/copy` route: copy one credential to another workspace (owners and admins). */
export function CopyDialog() {
  const { credentialsId = '' } = useParams();
  const { context, close } = useListOutletContext();
  if (!canWrite(context)) return <RoleRequiredDialog title={t.roleRequiredTitle} body={t.roleRequired} onClose={() => close(credentialsId)} />;
  return (
    <CopyFlow
      items={[{ id: credentialsId }]}
      sourceWorkspaceId={context.workspaceId}
      onClose={(notice) => close(credentialsId, notice)}
    />
  );
}

/** Bulk copy from the list's selection: one target, then one form per credential. */
export function BulkCopyDialog({ items, workspaceId, onClose }: { items: readonly CopyItem[]; workspaceId: number | undefined; onClose: () => void }) {
  return <CopyFlow items={items} sourceWorkspaceId={workspaceId} onClose={() => onClose()} />;
}

interface CopyFlowProps {
  items: readonly CopyItem[];
  sourceWorkspaceId: number | undefined;
  onClose: (notice?: string) => void;
}

function CopyFlow({ items, sourceWorkspaceId, onClose }: CopyFlowProps) {
  const [target, setTarget] = useState<Target | null>(null);
  const [index, setIndex] = useState(0);
  const [outcomes, setOutcomes] = useState<Record<string, Outcome>>({});
  const bulk = items.length > 1;
  const current = target === null ? undefined : items[index];

  const record = (item: CopyItem, outcome: Outcome) => {
    setOutcomes((previous) => ({ ...previous, [item.id]: outcome }));
    if (!bulk && outcome.status === 'created' && target) {
      onClose(t.copied(outcome.name, targetLabel(target)));
      return;
    }
    if (!bulk && outcome.status !== 'created') {
      onClose();
      return;
    }
    setIndex((n) => n + 1);
  };
  // Stopping a bulk copy shows what was done; the rest counts as skipped.
  const stop = () => (bulk && target !== null ? setIndex(items.length) : onClose());

  const titleId = 'copy-dialog-title';
  const title = bulk ? t.bulkTitle(items.length) : t.title(items[0]?.name ?? current?.name ?? '');

  if (target === null) {
    return <TargetStep titleId={titleId} sourceWorkspaceId={sourceWorkspaceId} bulkCount={items.length} onCancel={() => onClose()} onChoose={setTarget} />;
  }

  if (current) {
    return (
      <Dialog open onClose={stop} aria-labelledby={titleId} fullWidth maxWidth="md">
        <ItemStep
          key={current.id}
          titleId={titleId}
          item={current}
          position={bulk ? { index: index + 1, total: items.length } : undefined}
          sourceWorkspaceId={sourceWorkspaceId}
          target={target}
          onOutcome={(outcome) => record(current, outcome)}
          onCancel={stop}
        />
      </Dialog>
    );
  }

  const rows = items.map((item) => ({ item, outcome: outcomes[item.id] ?? ({ status: 'skipped' } as const) }));
  const count = (status: Outcome['status']) => rows.filter((row) => row.outcome.status === status).length;
  return (
    <Dialog open onClose={() => onClose()} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{t.summary.heading}</DialogTitle>
      <DialogContent>
        <Typography role="status" sx={{ mb: 1 }}>
          {t.summary.counts(count('created'), count('failed'), count('skipped'))}
        </Typography>
        <Box component="ul" sx={{ pl: 2, m: 0 }}>
          {rows.map(({ item, outcome }) => (
            <li key={item.id}>
              <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
                {outcome.status === 'created'
                  ? `${t.summary.created}: ${outcome.name}`
                  : outcome.status === 'failed'
                    ? `${t.summary.failed}: ${item.name ?? item.id} — ${outcome.message}`
                    : `${t.summary.skipped}: ${item.name ?? item.id}`}
              </Typography>
            </li>
          ))}
        </Box>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {title}
        </Typography>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={() => onClose()}>
          {t.close}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

interface TargetStepProps {
  titleId: string;
  sourceWorkspaceId: number | undefined;
  bulkCount: number;
  onCancel: () => void;
  onChoose: (target: Target) => void;
}

/** Step 1: a workspace, other than this one, where the user may create credentials. */
function TargetStep({ titleId, sourceWorkspaceId, bulkCount, onCancel, onChoose }: TargetStepProps) {
  const user = useSignedInUser();
  const workspaces = useQuery(workspacesQueries.list(user.id));
  const [chosen, setChosen] = useState<string>('');
  const targets = workspaceContexts(workspaces.data ?? []).filter(
    (context) => canWrite(context) && context.workspaceId !== sourceWorkspaceId,
  );
  const selected = targets.find((context) => String(context.workspaceId) === chosen);
  return (
    <Dialog open onClose={onCancel} aria-labelledby={titleId} aria-busy={workspaces.isPending} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{bulkCount > 1 ? t.bulkTitle(bulkCount) : t.target.legend}</DialogTitle>
      <DialogContent>
        {workspaces.isPending && <CircularProgress aria-label={t.loading} />}
        {workspaces.isError && (
          <Alert
            severity="error"
            action={
              <Button color="inherit" size="small" onClick={() => void workspaces.refetch()}>
                {t.target.retry}
              </Button>
            }
          >
            {t.target.loadFailed}
          </Alert>
        )}
        {workspaces.isSuccess && targets.length === 0 && <Alert severity="info">{t.target.none}</Alert>}
        {targets.length > 0 && (
          <TextField
            select
            fullWidth
            margin="dense"
            label={t.target.legend}
            helperText={t.target.help}
            value={chosen}
            onChange={(event) => setChosen(event.target.value)}
            slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
          >
            <option value="">{t.target.placeholder}</option>
            {targets.map((context) => (
              <option key={context.workspaceId} value={String(context.workspaceId)}>
                {`${targetLabel(context)} (${t.target.role(context.role)})`}
              </option>
            ))}
          </TextField>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{t.cancel}</Button>
        <Button variant="contained" disabled={!selected} onClick={() => selected && onChoose(selected)}>
          {t.next}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

interface ItemStepProps {
  titleId: string;
  item: CopyItem;
  position: { index: number; total: number } | undefined;
  sourceWorkspaceId: number | undefined;
  target: Target;
  onOutcome: (outcome: Outcome) => void;
  onCancel: () => void;
}

/** Step 2, per credential: the create form of the target workspace, prefilled with everything but the secrets. */
function ItemStep({ titleId, item, position, sourceWorkspaceId, target, onOutcome, onCancel }: ItemStepProps) {
  const details = useQuery(credentialsQueries.detail(item.id, sourceWorkspaceId));
  const credentials = details.data?.credentials;
  const [prefill, setPrefill] = useState<Prefill | null | undefined>(undefined);
  const [formFailed, setFormFailed] = useState<string | undefined>(undefined);

  useEffect(() => {
    if (!credentials) return;
    const controller = new AbortController();
    const run = async () => {
      const form = await formModule();
      const check = async (name: string): Promise<NameAnswer> => {
        try {
          await form.validateCredentialsName(name, target.workspaceId, controller.signal);
          return 'free';
        } catch (error) {
          return isApiError(error, 409) ? 'taken' : 'unknown';
        }
      };
      const name = await suggestCopyName(credentials.name, check);
      if (controller.signal.aborted) return;
      const values = copyFormValues(form, credentials, name);
      setPrefill(
        values === null
          ? null
          : { values, externalId: form.providerRegistry.usesExternalId(values), ...(name === credentials.name ? {} : { renamedFrom: credentials.name }) },
      );
    };
    run().catch((error: unknown) => {
      if (!controller.signal.aborted) setFormFailed(error instanceof Error ? error.message : String(error));
    });
    return () => controller.abort();
  }, [credentials, target.workspaceId]);

  const name = credentials?.name ?? item.name ?? item.id;
  const failure = details.isError ? details.error.message : prefill === null ? t.form.unsupported : formFailed;

  return (
    <>
      <DialogTitle id={titleId} sx={{ overflowWrap: 'anywhere' }}>
        {t.form.heading(name, targetLabel(target))}
      </DialogTitle>
      <DialogContent>
        {position && (
          <Typography variant="body2" color="text.secondary">
            {t.form.progress(position.index, position.total)}
          </Typography>
        )}
        {failure !== undefined && (
          <Alert severity="error" sx={{ my: 1 }}>
            {details.isError ? `${t.form.loadFailed} ${failure}` : failure}
          </Alert>
        )}
        {failure === undefined && !prefill && <CircularProgress aria-label={t.loading} />}
        {prefill && (
          <Box sx={{ pt: 1 }}>
            <Stack spacing={1} sx={{ mb: 1 }}>
              <Alert severity="info">{t.form.secrets}</Alert>
              {prefill.externalId && <Alert severity="info">{t.form.externalId(targetLabel(target))}</Alert>}
              {prefill.renamedFrom !== undefined && <Alert severity="info">{t.form.renamed(prefill.renamedFrom, prefill.values.name)}</Alert>}
            </Stack>
            <Suspense fallback={<CircularProgress aria-label={t.loading} />}>
              <CredentialsForm
                intent="create"
                initialValues={prefill.values}
                workspaceId={target.workspaceId}
                onSaved={(_id, saved) => onOutcome({ status: 'created', name: saved })}
                onCancel={onCancel}
              />
            </Suspense>
          </Box>
        )}
      </DialogContent>
      {(position || failure !== undefined) && (
        <DialogActions>
          {failure !== undefined && !position && <Button onClick={onCancel}>{t.close}</Button>}
          {position && (
            <Button onClick={() => onOutcome(failure === undefined ? { status: 'skipped' } : { status: 'failed', message: failure })}>
              {t.form.skip}
            </Button>
          )}
        </DialogActions>
      )}
    </>
  );
}

export default CopyDialog;
