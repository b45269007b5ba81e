import { styled } from '@mui/material/styles';
import { GRID_MIN_WIDTH, GRID_TEMPLATE, HEADER_HEIGHT, ROW_HEIGHT } from './grid-columns';
import { visuallyHidden } from '../../../lib/visually-hidden';

/** Class names the grid's plain elements carry; their styles live once, on the grid's root. */
export const gridClasses = {
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
  usagePlaceholder: 'cg-usage-placeholder',
  attention: 'cg-attention',
  visuallyHidden: 'cg-visually-hidden',
} as const;

const c = gridClasses;
const ellipsis = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;

/**
 * The grid's scroll container, carrying every style its header, rows and cells need. Rows are plain
 * elements with class names, so rendering one resolves no styles at all: with MUI components and
 * `sx` per cell, style resolution was most of the list's render time.
 */
export const GridRoot = styled('div')(({ theme }) => {
  const palette = (theme.vars ?? theme).palette;
  const focusRing = { outline: `2px solid ${palette.primary.main}`, outlineOffset: 2 };
  return {
    flex: 1,
    minHeight: 0,
    overflow: 'auto',
    position: 'relative',
    contain: 'strict',
    backgroundColor: palette.background.paper,
    color: palette.text.primary,
    [`& .${c.table}`]: { minWidth: GRID_MIN_WIDTH },
    [`& .${c.head}`]: {
      position: 'sticky',
      top: 0,
      zIndex: 1,
      backgroundColor: palette.background.paper,
      borderBottom: `1px solid ${palette.divider}`,
    },
    [`& .${c.headRow}`]: { display: 'grid', gridTemplateColumns: GRID_TEMPLATE, height: HEADER_HEIGHT },
    [`& .${c.columnHeader}`]: {
      display: 'flex',
      alignItems: 'center',
      padding: '0 12px',
      fontSize: theme.typography.pxToRem(13),
      fontWeight: 600,
    },
    [`& .${c.sortButton}`]: {
      display: 'inline-flex',
      alignItems: 'center',
      margin: 0,
      padding: 0,
      border: 0,
      borderRadius: 4,
      background: 'none',
      color: 'inherit',
      font: 'inherit',
      cursor: 'pointer',
      '&:hover, &:focus-visible': { color: palette.text.secondary },
      '&:hover > svg': { opacity: 0.5 },
      '&:focus-visible': focusRing,
      '&[data-active] > svg': { opacity: 1, color: palette.text.secondary },
    },
    [`& .${c.sortIcon}`]: {
      fontSize: 18,
      margin: '0 4px',
      opacity: 0,
      transition: theme.transitions.create(['opacity', 'transform'], { duration: theme.transitions.duration.shorter }),
      '&[data-direction="asc"]': { transform: 'rotate(180deg)' },
    },
    [`& .${c.body}`]: { position: 'relative' },
    [`& .${c.row}`]: {
      position: 'absolute',
      top: 0,
      left: 0,
      right: 0,
      height: ROW_HEIGHT,
      display: 'grid',
      gridTemplateColumns: GRID_TEMPLATE,
      borderBottom: `1px solid ${palette.divider}`,
      cursor: 'pointer',
      fontSize: theme.typography.pxToRem(14),
      '&:hover': { backgroundColor: palette.action.hover },
      '&:focus-visible': { outline: `2px solid ${palette.primary.main}`, outlineOffset: -2 },
    },
    [`& .${c.cell}`]: { display: 'flex', alignItems: 'center', padding: '0 12px', minWidth: 0, ...ellipsis },
    [`& .${c.selectCell}`]: { justifyContent: 'center', padding: 0 },
    [`& .${c.nameCell}`]: { flexDirection: 'column', alignItems: 'flex-start', justifyContent: 'center' },
    [`& .${c.detailCell}`]: { fontFamily: 'monospace', fontSize: theme.typography.pxToRem(13) },
    [`& .${c.actionsCell}`]: { justifyContent: 'center' },
    [`& .${c.name}`]: { fontWeight: 600, maxWidth: '100%', ...ellipsis },
    [`& .${c.description}`]: { color: palette.text.secondary, fontSize: theme.typography.pxToRem(12), maxWidth: '100%', ...ellipsis },
    [`& .${c.ellipsis}`]: ellipsis,
    // The platform's own checkbox in the theme's colour: keyboard, indeterminate and forced-colours
    // behaviour come with it.
    [`& .${c.checkbox}`]: {
      width: 18,
      height: 18,
      margin: 0,
      accentColor: palette.primary.main,
      cursor: 'pointer',
      '&:focus-visible': focusRing,
    },
    [`& .${c.usedBy}`]: {
      display: 'inline-block',
      minWidth: 24,
      borderRadius: 4,
      fontVariantNumeric: 'tabular-nums',
      '&:focus-visible': focusRing,
    },
    // A short bar in the skeleton's colour while usage loads, without its pulse (one per row).
    [`& .${c.usagePlaceholder}`]: {
      display: 'inline-block',
      width: 28,
      height: 12,
      borderRadius: 4,
      backgroundColor: 'var(--mui-palette-Skeleton-bg)',
    },
    [`& .${c.attention}`]: {
      display: 'inline-flex',
      borderRadius: 4,
      color: palette.warning.main,
      '&:focus-visible': focusRing,
      '& > svg': { width: 22, height: 22, fill: 'currentColor' },
    },
    [`& .${c.visuallyHidden}`]: visuallyHidden,
    [`& .${c.menuButton}`]: {
      display: 'inline-flex',
      alignItems: 'center',
      justifyContent: 'center',
      width: 30,
      height: 30,
      margin: 0,
      padding: 0,
      border: 0,
      borderRadius: '50%',
      background: 'none',
      color: palette.action.active,
      cursor: 'pointer',
      transition: theme.transitions.create('background-color', { duration: theme.transitions.duration.shortest }),
      '&:hover, &[aria-expanded="true"]': { backgroundColor: palette.action.hover },
      '&:focus-visible': focusRing,
      '& > svg': { width: 20, height: 20, fill: 'currentColor' },
    },
  };
});
