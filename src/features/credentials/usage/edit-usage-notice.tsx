import { Link as RouterLink, useLocation } from 'react-router';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Credentials } from '../api/credentials-schemas';
import { isAfterEdit } from './after-edit';
import { usageStrings } from './strings';
import { ComputeEnvItem, ExpandableList, computeEnvKey } from './usage-lists';
import type { UsageKind } from './usage-model';
import { useWorkspaceUsage } from './use-workspace-usage';

const s = usageStrings.edit;
const COMPUTE_ENVS: readonly UsageKind[] = ['computeEnvs'];

interface NoticeProps {
  credentials: Credentials;
  workspaceId: number | undefined;
}

/** On the edit form, before save: the compute environments a rejected change would make INVALID. Quiet otherwise. */
export function EditUsageNotice({ credentials, workspaceId }: NoticeProps) {
  const usage = useWorkspaceUsage(workspaceId, { kinds: COMPUTE_ENVS });
  if (usage.status !== 'ready' || usage.unknownKinds.has('computeEnvs')) return null;
  const { computeEnvs } = usage.usageOf(credentials);
  if (computeEnvs.length === 0) return null;
  return (
    <Alert severity="info" sx={{ mb: 2 }} data-testid="edit-usage-notice">
      <Stack spacing={1}>
        <Typography variant="body2">{s.beforeSave(computeEnvs.length)}</Typography>
        <ExpandableList items={computeEnvs} label={s.affected} keyOf={computeEnvKey} render={(item) => <ComputeEnvItem computeEnv={item} />} />
      </Stack>
    </Alert>
  );
}

/**
 * On the details view right after an edit was saved: when compute environments use the credentials, offers
 * the validate flow (the validate route) and lists them.
 */
export function AfterEditNotice({ credentials, workspaceId, validatePath }: NoticeProps & { validatePath: string | undefined }) {
  const { state } = useLocation();
  const afterEdit = isAfterEdit(state);
  const usage = useWorkspaceUsage(workspaceId, { kinds: COMPUTE_ENVS, enabled: afterEdit });
  if (!afterEdit || usage.status !== 'ready' || usage.unknownKinds.has('computeEnvs')) return null;
  const { computeEnvs } = usage.usageOf(credentials);
  if (computeEnvs.length === 0) return null;
  return (
    <Alert
      severity="warning"
      data-testid="after-edit-notice"
      action={
        validatePath && (
          <Button component={RouterLink} to={validatePath} color="inherit" size="small" variant="outlined">
            {s.validate}
          </Button>
        )
      }
    >
      <Stack spacing={1}>
        <Typography variant="body2">{s.afterSave(computeEnvs.length)}</Typography>
        <ExpandableList items={computeEnvs} label={s.affected} keyOf={computeEnvKey} render={(item) => <ComputeEnvItem computeEnv={item} />} />
      </Stack>
    </Alert>
  );
}
