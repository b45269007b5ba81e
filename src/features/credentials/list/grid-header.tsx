import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import TableSortLabel from '@mui/material/TableSortLabel';
import { listStrings } from '../strings';
import { GRID_COLUMNS, GRID_TEMPLATE, HEADER_HEIGHT, type GridColumn } from './grid-columns';
import type { SortDirection, SortKey } from './list-params';

interface GridHeaderProps {
  sort: SortKey;
  direction: SortDirection;
  onSort: (key: SortKey, direction: SortDirection) => void;
  /** Select-all for the shown rows; absent for roles that cannot delete. */
  selection?: { all: boolean; some: boolean; label: string; onToggleAll: () => void } | undefined;
}

function ariaSort(column: GridColumn, sort: SortKey, direction: SortDirection) {
  if (column.sort !== sort) return undefined;
  return direction === 'asc' ? 'ascending' : 'descending';
}

export function GridHeader({ sort, direction, onSort, selection }: GridHeaderProps) {
  return (
    <Box
      role="rowgroup"
      sx={{ position: 'sticky', top: 0, zIndex: 1, bgcolor: 'background.paper', borderBottom: 1, borderColor: 'divider' }}
    >
      <Box role="row" aria-rowindex={1} sx={{ display: 'grid', gridTemplateColumns: GRID_TEMPLATE, height: HEADER_HEIGHT }}>
        {GRID_COLUMNS.map((column) => {
          const label = listStrings.columns[column.id];
          const active = column.sort !== undefined && column.sort === sort;
          return (
            <Box
              key={column.id}
              role="columnheader"
              aria-sort={ariaSort(column, sort, direction)}
              sx={{ display: 'flex', alignItems: 'center', px: 1.5, fontSize: '0.8125rem', fontWeight: 600 }}
            >
              {column.id === 'select' && selection ? (
                <Checkbox
                  size="small"
                  checked={selection.all}
                  indeterminate={selection.some && !selection.all}
                  onChange={selection.onToggleAll}
                  slotProps={{ input: { 'aria-label': selection.label } }}
                />
              ) : column.sort === undefined ? (
                <Box component="span" sx={visuallyHiddenSx}>
                  {label}
                </Box>
              ) : (
                <TableSortLabel
                  active={active}
                  direction={active ? direction : column.firstDirection}
                  onClick={() => {
                    if (column.sort === undefined) return;
                    const flipped = direction === 'asc' ? 'desc' : 'asc';
                    onSort(column.sort, active ? flipped : column.firstDirection);
                  }}
                >
                  {label}
                </TableSortLabel>
              )}
            </Box>
          );
        })}
      </Box>
    </Box>
  );
}

const visuallyHiddenSx = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' } as const;
