import type { CSSProperties } from 'react';
import { GRID_MIN_WIDTH, GRID_TEMPLATE, HEADER_HEIGHT, ROW_HEIGHT } from './grid-columns';
import { listUsageStrings } from '../strings';
import './grid.css';

/** Class names the grid's plain elements carry; their styles are one static sheet, grid.css. */
export const gridClasses = {
  root: 'cg-root',
  table: 'cg-table',
  head: 'cg-head',
  headRow: 'cg-head-row',
  columnHeader: 'cg-colhead',
  sortButton: 'cg-sort',
  sortIcon: 'cg-sort-icon',
  body: 'cg-body',
  row: 'cg-row',
  cell: 'cg-cell',
  selectCell: 'cg-cell-select',
  nameCell: 'cg-cell-name',
  detailCell: 'cg-cell-detail',
  actionsCell: 'cg-cell-actions',
  name: 'cg-name',
  description: 'cg-description',
  ellipsis: 'cg-ellipsis',
  checkbox: 'cg-checkbox',
  menuButton: 'cg-menu-button',
  usedBy: 'cg-used-by',
  usageCell: 'cg-cell-usage',
  attention: 'cg-attention',
  visuallyHidden: 'cg-visually-hidden',
} as const;

/** The grid's sizes, from grid-columns.ts, as the custom properties grid.css reads; set on the root. */
export const gridSizes = {
  '--cg-columns': GRID_TEMPLATE,
  '--cg-min-width': `${String(GRID_MIN_WIDTH)}px`,
  '--cg-row-height': `${String(ROW_HEIGHT)}px`,
  '--cg-header-height': `${String(HEADER_HEIGHT)}px`,
  // The accessible text of a usage cell while usage loads (grid.css draws the cell).
  '--cg-loading-usage': JSON.stringify(listUsageStrings.loadingUsage),
} as CSSProperties;
