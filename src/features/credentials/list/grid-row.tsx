import { memo } from 'react';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import { ProviderLabel } from '../providers/provider-label';
import { listStrings } from '../strings';
import type { CredentialsRow } from './credentials-rows';
import { DateText } from './date-text';
import { GRID_TEMPLATE, ROW_HEIGHT } from './grid-columns';
import { RowActionsMenu, type RowAction } from './row-actions-menu';
import { StatusChip } from './status-chip';

interface GridRowProps {
  row: CredentialsRow;
  index: number;
  top: number;
  active: boolean;
  canWrite: boolean;
  onOpen: (id: string) => void;
  onAction: (action: RowAction, id: string) => void;
  onActivate: (id: string) => void;
  selected: boolean;
  /** Absent for roles that cannot delete: no checkbox then. */
  onToggleSelect: ((id: string) => void) | undefined;
  selectLabel: string;
}

const cellSx = {
  display: 'flex',
  alignItems: 'center',
  px: 1.5,
  minWidth: 0,
  overflow: 'hidden',
  whiteSpace: 'nowrap',
  textOverflow: 'ellipsis',
} as const;

const ellipsis = { overflow: 'hidden', textOverflow: 'ellipsis' } as const;

export const GridRow = memo(function GridRow({
  row,
  index,
  top,
  active,
  canWrite,
  onOpen,
  onAction,
  onActivate,
  selected,
  onToggleSelect,
  selectLabel,
}: GridRowProps) {
  const { credentials } = row;
  const innerTab = active ? 0 : -1;
  return (
    <Box
      role="row"
      aria-rowindex={index + 2}
      data-index={index}
      data-id={credentials.id}
      tabIndex={innerTab}
      aria-selected={onToggleSelect ? selected : undefined}
      onClick={() => onOpen(credentials.id)}
      onFocus={() => onActivate(credentials.id)}
      sx={{
        position: 'absolute',
        top: 0,
        left: 0,
        right: 0,
        height: ROW_HEIGHT,
        transform: `translateY(${String(top)}px)`,
        display: 'grid',
        gridTemplateColumns: GRID_TEMPLATE,
        borderBottom: 1,
        borderColor: 'divider',
        cursor: 'pointer',
        fontSize: '0.875rem',
        '&:hover': { bgcolor: 'action.hover' },
        '&:focus-visible': { outline: '2px solid', outlineColor: 'primary.main', outlineOffset: -2 },
      }}
    >
      <Box role="gridcell" sx={{ ...cellSx, justifyContent: 'center', px: 0 }}>
        {onToggleSelect && (
          <Checkbox
            size="small"
            checked={selected}
            tabIndex={innerTab}
            onClick={(event) => event.stopPropagation()}
            onKeyDown={(event) => event.stopPropagation()}
            onChange={() => onToggleSelect(credentials.id)}
            slotProps={{ input: { 'aria-label': selectLabel, tabIndex: innerTab } }}
          />
        )}
      </Box>
      <Box role="gridcell" sx={{ ...cellSx, flexDirection: 'column', alignItems: 'flex-start', justifyContent: 'center' }}>
        <Box component="span" sx={{ fontWeight: 600, maxWidth: '100%', ...ellipsis }}>
          {credentials.name}
        </Box>
        {credentials.description && (
          <Box component="span" sx={{ color: 'text.secondary', fontSize: '0.75rem', maxWidth: '100%', ...ellipsis }}>
            {credentials.description}
          </Box>
        )}
      </Box>
      <Box role="gridcell" sx={cellSx}>
        <ProviderLabel provider={credentials.provider} />
      </Box>
      <Box role="gridcell" sx={{ ...cellSx, fontFamily: 'monospace', fontSize: '0.8125rem' }}>
        <Box component="span" sx={ellipsis} title={row.detail}>
          {row.detail ?? listStrings.noDetail}
        </Box>
      </Box>
      <Box role="gridcell" sx={cellSx}>
        <StatusChip status={credentials.status} message={credentials.message} tabIndex={innerTab} />
      </Box>
      <Box role="gridcell" sx={cellSx}>
        <DateText value={credentials.lastUsed} />
      </Box>
      <Box role="gridcell" sx={cellSx}>
        <DateText value={credentials.lastUpdated} />
      </Box>
      <Box role="gridcell" sx={cellSx}>
        <DateText value={credentials.dateCreated} />
      </Box>
      <Box role="gridcell" sx={{ ...cellSx, justifyContent: 'center' }}>
        <RowActionsMenu
          name={credentials.name}
          canWrite={canWrite}
          tabIndex={innerTab}
          onAction={(action) => onAction(action, credentials.id)}
        />
      </Box>
    </Box>
  );
});
