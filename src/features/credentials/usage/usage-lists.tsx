import { useId, useState, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { Tag } from '../../../components/tag';
import { isBrokenComputeEnv } from './attention';
import { usageStrings } from './strings';
import type { ComputeEnvUse, DataLinkUse, PipelineUse } from './usage-model';

const s = usageStrings.usedBy;

/** How many entries show before "Show all N". */
export const FIRST_SHOWN = 5;

interface ExpandableListProps<Item> {
  items: readonly Item[];
  label: string;
  keyOf: (item: Item) => string;
  render: (item: Item) => ReactNode;
  /** Entries shown before "Show all"; Infinity shows all (a dialog that must list everything). */
  first?: number;
}

/** A list showing its first few entries, and all of them on demand. */
export function ExpandableList<Item>({ items, label, keyOf, render, first = FIRST_SHOWN }: ExpandableListProps<Item>) {
  const [expanded, setExpanded] = useState(false);
  const listId = useId();
  const shown = expanded ? items : items.slice(0, first);
  return (
    <>
      <Box component="ul" id={listId} aria-label={label} sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', rowGap: 1 }}>
        {shown.map((item) => (
          <Box component="li" key={keyOf(item)} sx={{ fontSize: '0.875rem', minWidth: 0 }}>
            {render(item)}
          </Box>
        ))}
      </Box>
      {items.length > first && (
        <Button
          size="small"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => setExpanded((value) => !value)}
          sx={{ alignSelf: 'flex-start' }}
        >
          {expanded ? s.showFewer : s.showAll(items.length)}
        </Button>
      )}
    </>
  );
}

export function ComputeEnvStatusTag({ status }: { status: string | undefined }) {
  if (status === undefined) return null;
  const label = s.computeEnvStatus[status.toUpperCase()] ?? status;
  const tone = status.toUpperCase() === 'AVAILABLE' ? 'success' : isBrokenComputeEnv(status) ? 'error' : 'default';
  return <Tag tone={tone}>{label}</Tag>;
}

const secondarySx = { color: 'text.secondary', fontSize: '0.8125rem', overflowWrap: 'anywhere' } as const;

export function ComputeEnvItem({ computeEnv }: { computeEnv: ComputeEnvUse }) {
  const details = [computeEnv.platform, computeEnv.region].filter(Boolean).join(' · ');
  return (
    <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1, justifyContent: 'space-between' }}>
      <Box sx={{ minWidth: 0 }}>
        <Box component="span" sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
          {computeEnv.name}
        </Box>
        {details && <Box sx={secondarySx}>{details}</Box>}
      </Box>
      <ComputeEnvStatusTag status={computeEnv.status} />
    </Box>
  );
}

export function DataLinkItem({ dataLink }: { dataLink: DataLinkUse }) {
  return (
    <Box sx={{ minWidth: 0 }}>
      <Box component="span" sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
        {dataLink.name}
      </Box>
      {dataLink.resourceRef && (
        <Box sx={{ ...secondarySx, fontFamily: 'monospace' }}>{dataLink.resourceRef}</Box>
      )}
    </Box>
  );
}

export function PipelineItem({ pipeline }: { pipeline: PipelineUse }) {
  return (
    <Box sx={{ minWidth: 0 }}>
      <Box component="span" sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
        {pipeline.name}
      </Box>
      {pipeline.name !== pipeline.repository && <Box sx={{ ...secondarySx, fontFamily: 'monospace' }}>{pipeline.repository}</Box>}
    </Box>
  );
}

export const computeEnvKey = (computeEnv: ComputeEnvUse) => computeEnv.id;
export const dataLinkKey = (dataLink: DataLinkUse) => dataLink.id;
export const pipelineKey = (pipeline: PipelineUse) => pipeline.pipelineId;
