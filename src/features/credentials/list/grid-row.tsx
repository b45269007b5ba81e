import { memo } from 'react';
import { ProviderLabel } from '../providers/provider-label';
import { listStrings } from '../strings';
import type { AttentionThresholds } from '../usage/usage-model';
import type { CredentialsRow } from './credentials-rows';
import { DateText } from './date-text';
import { gridClasses as c } from './grid-styles';
import { RowActionsMenu, type RowAction } from './row-actions-menu';
import type { RowInsight } from './row-insights';
import { StatusChip } from './status-chip';
import { AttentionIndicator, UsedByCell } from './usage-cells';

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
  /** Usage and attention reasons; the same object until usage, thresholds or the list change. */
  insight: RowInsight;
  thresholds: AttentionThresholds;
}

interface RowCheckboxProps {
  id: string;
  label: string;
  checked: boolean;
  tabIndex: number;
  onToggle: (id: string) => void;
}

/**
 * The row's selection box, rendered again only when its own props change. React writes an input's
 * name and type back into the page on every render of it, so a row that renders again for its usage
 * or its date would otherwise touch its checkbox three times, each a restyle on a slow device.
 */
const RowCheckbox = memo(function RowCheckbox({ id, label, checked, tabIndex, onToggle }: RowCheckboxProps) {
  return (
    <input
      type="checkbox"
      className={c.checkbox}
      aria-label={label}
      checked={checked}
      tabIndex={tabIndex}
      onClick={(event) => event.stopPropagation()}
      onKeyDown={(event) => event.stopPropagation()}
      onChange={() => onToggle(id)}
    />
  );
});

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
  insight,
  thresholds,
}: GridRowProps) {
  const { credentials } = row;
  const innerTab = active ? 0 : -1;
  return (
    // Keys (arrows, Enter, Space) are handled once for every row by the grid's onKeyDown.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events
    <div
      role="row"
      aria-rowindex={index + 2}
      data-index={index}
      data-id={credentials.id}
      tabIndex={innerTab}
      aria-selected={onToggleSelect ? selected : undefined}
      onClick={() => onOpen(credentials.id)}
      onFocus={() => onActivate(credentials.id)}
      className={c.row}
      style={{ transform: `translateY(${String(top)}px)` }}
    >
      <div role="gridcell" className={`${c.cell} ${c.selectCell}`}>
        {onToggleSelect && <RowCheckbox id={credentials.id} label={selectLabel} checked={selected} tabIndex={innerTab} onToggle={onToggleSelect} />}
      </div>
      <div role="gridcell" className={`${c.cell} ${c.nameCell}`}>
        <span className={c.name}>{credentials.name}</span>
        {credentials.description && <span className={c.description}>{credentials.description}</span>}
      </div>
      <div role="gridcell" className={c.cell}>
        <ProviderLabel provider={credentials.provider} />
      </div>
      <div role="gridcell" className={`${c.cell} ${c.detailCell}`}>
        <span className={c.ellipsis} title={row.detail}>
          {row.detail ?? listStrings.noDetail}
        </span>
      </div>
      <div role="gridcell" className={c.cell}>
        <StatusChip status={credentials.status} message={credentials.message} tabIndex={innerTab} />
      </div>
      <div role="gridcell" className={c.cell}>
        <AttentionIndicator insight={insight} thresholds={thresholds} tabIndex={innerTab} />
      </div>
      <div role="gridcell" className={`${c.cell} ${c.usageCell}`}>
        <UsedByCell usedBy={insight.usedBy} tabIndex={innerTab} />
      </div>
      <div role="gridcell" className={c.cell}>
        <DateText value={credentials.lastUsed} />
      </div>
      <div role="gridcell" className={c.cell}>
        <DateText value={credentials.lastUpdated} />
      </div>
      <div role="gridcell" className={c.cell}>
        <DateText value={credentials.dateCreated} />
      </div>
      <div role="gridcell" className={`${c.cell} ${c.actionsCell}`}>
        <RowActionsMenu
          name={credentials.name}
          canWrite={canWrite}
          tabIndex={innerTab}
          onAction={(action) => onAction(action, credentials.id)}
        />
      </div>
    </div>
  );
});
