import type { SortKey } from './list-params';
import { listStrings } from '../strings';

export interface GridColumn {
  id: keyof typeof listStrings.columns;
  sort: SortKey | undefined;
  width: string;
  /** Direction applied when this column is first chosen: newest first for dates. */
  firstDirection: 'asc' | 'desc';
  /** The header's label is for screen readers only (checkbox, icon and menu columns). */
  hideLabel?: boolean;
}

export const GRID_COLUMNS: readonly GridColumn[] = [
  { id: 'select', sort: undefined, width: '52px', firstDirection: 'asc', hideLabel: true },
  { id: 'name', sort: 'name', width: 'minmax(180px, 2fr)', firstDirection: 'asc' },
  { id: 'provider', sort: 'provider', width: 'minmax(170px, 1.4fr)', firstDirection: 'asc' },
  { id: 'detail', sort: 'detail', width: 'minmax(200px, 2.2fr)', firstDirection: 'asc' },
  { id: 'status', sort: 'status', width: '112px', firstDirection: 'asc' },
  { id: 'attention', sort: undefined, width: '48px', firstDirection: 'asc', hideLabel: true },
  { id: 'usedBy', sort: undefined, width: '96px', firstDirection: 'asc' },
  { id: 'lastUsed', sort: 'lastUsed', width: '148px', firstDirection: 'desc' },
  { id: 'lastUpdated', sort: 'lastUpdated', width: '148px', firstDirection: 'desc' },
  { id: 'dateCreated', sort: 'dateCreated', width: '148px', firstDirection: 'desc' },
  { id: 'actions', sort: undefined, width: '64px', firstDirection: 'asc', hideLabel: true },
];

export const GRID_TEMPLATE = GRID_COLUMNS.map((column) => column.width).join(' ');
export const ROW_HEIGHT = 56;
export const HEADER_HEIGHT = 48;
export const GRID_MIN_WIDTH = 1344;
