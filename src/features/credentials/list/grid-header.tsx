import { memo } from 'react';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import { visuallyHidden } from '../../../lib/visually-hidden';
import { listStrings } from '../strings';
import { GRID_COLUMNS, type GridColumn } from './grid-columns';
import { gridClasses } from './grid-styles';
import type { SortDirection, SortKey } from './list-params';

/** How many of the shown rows are selected, for the select-all checkbox. */
export type SelectionState = 'none' | 'some' | 'all';

interface GridHeaderProps {
  sort: SortKey;
  direction: SortDirection;
  onSort: (key: SortKey, direction: SortDirection) => void;
  /** Select-all for the shown rows; absent for roles that cannot delete. */
  selection?: { state: SelectionState; label: string; onToggleAll: () => void } | undefined;
}

function ariaSort(column: GridColumn, sort: SortKey, direction: SortDirection) {
  if (column.sort !== sort) return undefined;
  return direction === 'asc' ? 'ascending' : 'descending';
}

/**
 * The select-all box, rendered again only when its own props change: React writes an input's name
 * and type back into the page each time it renders it, and the header renders again with the rows.
 */
const SelectAllBox = memo(function SelectAllBox({ state, label, onToggleAll }: { state: SelectionState; label: string; onToggleAll: () => void }) {
  return (
    <input
      type="checkbox"
      className={gridClasses.checkbox}
      aria-label={label}
      checked={state === 'all'}
      // `indeterminate` is a DOM property only, with no attribute React could render.
      ref={(input) => {
        if (input) input.indeterminate = state === 'some';
      }}
      onChange={onToggleAll}
    />
  );
});

/** Memoised: the grid re-renders on every scroll step, the header only when sort or selection change. */
export const GridHeader = memo(function GridHeader({ sort, direction, onSort, selection }: GridHeaderProps) {
  return (
    <div role="rowgroup" className={gridClasses.head}>
      <div role="row" aria-rowindex={1} className={gridClasses.headRow}>
        {GRID_COLUMNS.map((column) => {
          const label = listStrings.columns[column.id];
          const active = column.sort !== undefined && column.sort === sort;
          const shownDirection = active ? direction : column.firstDirection;
          return (
            <div
              key={column.id}
              role="columnheader"
              aria-sort={ariaSort(column, sort, direction)}
              className={column.id === 'select' ? `${gridClasses.columnHeader} ${gridClasses.selectCell}` : gridClasses.columnHeader}
            >
              {column.id === 'select' && selection ? (
                <SelectAllBox state={selection.state} label={selection.label} onToggleAll={selection.onToggleAll} />
              ) : column.sort === undefined ? (
                <span style={column.hideLabel ? visuallyHidden : undefined}>{label}</span>
              ) : (
                <button
                  type="button"
                  className={gridClasses.sortButton}
                  data-active={active || undefined}
                  onClick={() => {
                    if (column.sort === undefined) return;
                    const flipped = direction === 'asc' ? 'desc' : 'asc';
                    onSort(column.sort, active ? flipped : column.firstDirection);
                  }}
                >
                  {label}
                  <ArrowDownwardIcon aria-hidden className={gridClasses.sortIcon} data-direction={shownDirection} />
                </button>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
});
