import { useId } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { formatCount } from '../../../lib/format-count';
import { Tag } from '../../../components/tag';
import { visuallyHidden } from '../../../lib/visually-hidden';
import type { Credentials } from '../api/credentials-schemas';
import { isGitProvider } from './base-url-match';
import { usageStrings } from './strings';
import {
  ComputeEnvItem,
  DataLinkItem,
  ExpandableList,
  PipelineItem,
  computeEnvKey,
  dataLinkKey,
  pipelineKey,
} from './usage-lists';
import type { CredentialUsage, UsageKind } from './usage-model';
import { useWorkspaceUsage } from './use-workspace-usage';

const s = usageStrings.usedBy;

const DEFAULT_REGISTRY = 'docker.io';

const skeletonSx = {
  height: 36,
  borderRadius: 1,
  bgcolor: 'var(--mui-palette-Skeleton-bg)',
  '@keyframes used-by-pulse': { '50%': { opacity: 0.4 } },
  animation: 'used-by-pulse 2s ease-in-out 0.5s infinite',
  '@media (prefers-reduced-motion: reduce)': { animation: 'none' },
} as const;

function UsageSkeleton({ label }: { label: string }) {
  return (
    <Box role="status" sx={{ display: 'grid', rowGap: 1 }}>
      <Box component="span" sx={visuallyHidden}>
        {label}
      </Box>
      {[0, 1, 2].map((index) => (
        <Box key={index} aria-hidden sx={skeletonSx} />
      ))}
    </Box>
  );
}

/** The kinds of usage that can exist for a provider: pipelines only for Git credentials. */
export function usageKindsOf(provider: string): UsageKind[] {
  return isGitProvider(provider) ? ['computeEnvs', 'dataLinks', 'pipelines'] : ['computeEnvs', 'dataLinks'];
}

function KindBlock({ kind, usage, unknown }: { kind: UsageKind; usage: CredentialUsage | undefined; unknown: boolean }) {
  const headingId = useId();
  const items = usage?.[kind] ?? [];
  return (
    <Stack component="section" spacing={1} aria-labelledby={headingId}>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
        <Typography variant="h4" id={headingId} sx={{ fontSize: '0.9375rem', fontWeight: 600 }}>
          {unknown ? usageStrings.kinds[kind] : `${usageStrings.kinds[kind]} (${formatCount(items.length)})`}
        </Typography>
        {kind === 'pipelines' && <Tag>{s.inferred}</Tag>}
      </Box>
      {kind === 'pipelines' && (
        <Typography variant="body2" color="text.secondary">
          {s.pipelinesExplanation}
        </Typography>
      )}
      {unknown ? (
        <Typography variant="body2">{usageStrings.unknownKind(kind)}</Typography>
      ) : items.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {s.none[kind]}
        </Typography>
      ) : kind === 'computeEnvs' ? (
        <ExpandableList items={usage?.computeEnvs ?? []} label={usageStrings.kinds.computeEnvs} keyOf={computeEnvKey} render={(item) => <ComputeEnvItem computeEnv={item} />} />
      ) : kind === 'dataLinks' ? (
        <ExpandableList items={usage?.dataLinks ?? []} label={usageStrings.kinds.dataLinks} keyOf={dataLinkKey} render={(item) => <DataLinkItem dataLink={item} />} />
      ) : (
        <ExpandableList items={usage?.pipelines ?? []} label={usageStrings.kinds.pipelines} keyOf={pipelineKey} render={(item) => <PipelineItem pipeline={item} />} />
      )}
    </Stack>
  );
}

function registryOf(credentials: Credentials): string {
  const registry = credentials.keys?.registry;
  return typeof registry === 'string' && registry.trim() !== '' ? registry.trim() : DEFAULT_REGISTRY;
}

interface UsedBySectionProps {
  credentials: Credentials;
  /** Undefined: the personal context. */
  workspaceId: number | undefined;
}

/** What uses one credential: compute environments, data links and (for Git) the pipelines it would serve. */
export function UsedBySection({ credentials, workspaceId }: UsedBySectionProps) {
  const isRegistry = credentials.provider === 'container-reg';
  const kinds = usageKindsOf(credentials.provider);
  const usage = useWorkspaceUsage(workspaceId, { enabled: !isRegistry, kinds });

  let body;
  if (isRegistry) {
    body = <Typography variant="body2">{s.registry(registryOf(credentials))}</Typography>;
  } else if (usage.status === 'loading') {
    body = <UsageSkeleton label={s.loading} />;
  } else if (usage.status === 'unknown') {
    body = <Alert severity="info">{s.unknownAll}</Alert>;
  } else {
    const own = usage.usageOf(credentials);
    body = kinds.map((kind) => <KindBlock key={kind} kind={kind} usage={own} unknown={usage.unknownKinds.has(kind)} />);
  }

  return (
    <Stack component="section" spacing={2} aria-labelledby="used-by-title" data-testid="used-by">
      <Typography variant="h3" id="used-by-title" sx={{ fontSize: '1rem', fontWeight: 600 }}>
        {s.title}
      </Typography>
      {body}
    </Stack>
  );
}
