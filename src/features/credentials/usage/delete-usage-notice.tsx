import { useId, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Credentials } from '../api/credentials-schemas';
import { usageStrings } from './strings';
import { ComputeEnvItem, DataLinkItem, ExpandableList, computeEnvKey, dataLinkKey } from './usage-lists';
import type { CredentialUsage, UsageKind, WorkspaceUsage } from './usage-model';
import { useWorkspaceUsage } from './use-workspace-usage';

const s = usageStrings.delete;
/** A deleted credential breaks compute environments and data links; pipelines pick another Git credential. */
const BREAKING_KINDS: readonly UsageKind[] = ['computeEnvs', 'dataLinks'];

const breaking = (usage: CredentialUsage) => usage.computeEnvs.length + usage.dataLinks.length;

function BreakingLists({ usage }: { usage: CredentialUsage }) {
  return (
    <Stack spacing={1}>
      {usage.computeEnvs.length > 0 && (
        <>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {usageStrings.count.computeEnvs(usage.computeEnvs.length)}
          </Typography>
          <ExpandableList items={usage.computeEnvs} label={usageStrings.kinds.computeEnvs} keyOf={computeEnvKey} render={(item) => <ComputeEnvItem computeEnv={item} />} />
        </>
      )}
      {usage.dataLinks.length > 0 && (
        <>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {usageStrings.count.dataLinks(usage.dataLinks.length)}
          </Typography>
          <ExpandableList items={usage.dataLinks} label={usageStrings.kinds.dataLinks} keyOf={dataLinkKey} render={(item) => <DataLinkItem dataLink={item} />} />
        </>
      )}
    </Stack>
  );
}

type ReadyUsage = Extract<WorkspaceUsage, { status: 'ready' }>;

function UnknownKinds({ usage }: { usage: ReadyUsage }) {
  const unknown = BREAKING_KINDS.filter((kind) => usage.unknownKinds.has(kind));
  return unknown.map((kind) => (
    <Typography key={kind} variant="body2">
      {s.unknownKind(kind)}
    </Typography>
  ));
}

function Shell({ children, busy = false }: { children: ReactNode; busy?: boolean }) {
  const headingId = useId();
  return (
    <Stack component="section" spacing={1} aria-labelledby={headingId} aria-busy={busy} data-testid="delete-usage">
      <Typography variant="h3" id={headingId} sx={{ fontSize: '1rem', fontWeight: 600 }}>
        {s.title}
      </Typography>
      {children}
    </Stack>
  );
}

/**
 * The notice's frame for either delete: loading and "usage unknown" states, the kinds that could not
 * be read, then what `children` says with the workspace's usage.
 */
function BreakingUsage({ workspaceId, children }: { workspaceId: number | undefined; children: (usage: ReadyUsage) => ReactNode }) {
  const usage = useWorkspaceUsage(workspaceId, { kinds: BREAKING_KINDS });
  if (usage.status === 'loading') {
    return (
      <Shell busy>
        <Typography variant="body2" color="text.secondary">
          {s.loading}
        </Typography>
      </Shell>
    );
  }
  if (usage.status === 'unknown') {
    return (
      <Shell>
        <Alert severity="warning">{s.unknown}</Alert>
      </Shell>
    );
  }
  return (
    <Shell>
      <UnknownKinds usage={usage} />
      {children(usage)}
    </Shell>
  );
}

/** The single delete: the compute environments and data links these credentials' deletion breaks. */
export function DeleteUsageNotice({ credentials, workspaceId }: { credentials: Credentials; workspaceId: number | undefined }) {
  return (
    <BreakingUsage workspaceId={workspaceId}>
      {(usage) => {
        const own = usage.usageOf(credentials);
        return breaking(own) === 0 ? (
          <Typography variant="body2">{s.nothing}</Typography>
        ) : (
          <Alert severity="warning" icon={false}>
            <Stack spacing={1}>
              <Typography variant="body2">{s.willBreak}</Typography>
              <BreakingLists usage={own} />
            </Stack>
          </Alert>
        );
      }}
    </BreakingUsage>
  );
}

/** The bulk delete: the same, per selected credential (those nothing uses are left out). */
export function BulkDeleteUsageNotice({ selected, workspaceId }: { selected: readonly Credentials[]; workspaceId: number | undefined }) {
  return (
    <BreakingUsage workspaceId={workspaceId}>
      {(usage) => {
        const used = selected.map((credentials) => ({ credentials, own: usage.usageOf(credentials) })).filter(({ own }) => breaking(own) > 0);
        return used.length === 0 ? (
          <Typography variant="body2">{s.bulkNothing}</Typography>
        ) : (
          <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none', display: 'grid', rowGap: 1.5 }}>
            {used.map(({ credentials, own }) => (
              <Box component="li" key={credentials.id}>
                <Alert severity="warning" icon={false}>
                  <Stack spacing={1}>
                    <Typography variant="body2" sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
                      {s.perCredential(credentials.name, breaking(own))}
                    </Typography>
                    <BreakingLists usage={own} />
                  </Stack>
                </Alert>
              </Box>
            ))}
          </Box>
        );
      }}
    </BreakingUsage>
  );
}
