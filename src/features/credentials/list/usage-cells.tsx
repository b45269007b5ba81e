import { memo } from 'react';
import { HintTooltip } from '../../../components/hint-tooltip';
import { listUsageStrings as s } from '../strings';
import type { AttentionThresholds } from '../usage/usage-model';
import { gridClasses as c } from './grid-styles';
import type { RowInsight, UsedBy } from './row-insights';
import { reasonsText, usedByText } from './usage-text';

// A warning triangle drawn here rather than an MUI icon: one per row, so no style resolution per render.
const warningIcon = (
  <svg viewBox="0 0 24 24" aria-hidden focusable="false">
    <path d="M12 2 1 21h22L12 2Zm1 16h-2v-2h2v2Zm0-4h-2v-5h2v5Z" />
  </svg>
);

/**
 * The "Used by" cell: a count with the kinds in a tooltip and in its accessible text. While usage
 * loads the cell stays empty and grid.css draws the placeholder bar and its accessible text, so the
 * answer only adds an element to each row: replacing a placeholder element took a removal and an
 * insertion per row, in one commit, on the page.
 */
export function UsedByCell({ usedBy, tabIndex }: { usedBy: UsedBy; tabIndex: number }) {
  if (usedBy.state === 'loading') return null;
  if (usedBy.state === 'unknown') {
    return (
      <span title={s.usageUnknown}>
        <span aria-hidden>—</span>
        <span className={c.visuallyHidden}>{s.usageUnknown}</span>
      </span>
    );
  }
  const { shown, words, kinds } = usedByText(usedBy);
  return (
    <HintTooltip title={kinds}>
      <span className={c.usedBy} tabIndex={tabIndex} data-usage-count={usedBy.partial ? undefined : usedBy.total}>
        <span aria-hidden>{shown}</span>
        <span className={c.visuallyHidden}>{s.usedByLabel(words, kinds)}</span>
      </span>
    </HintTooltip>
  );
}

/** A warning icon when the credential needs attention, named by its reasons; nothing otherwise. */
export const AttentionIndicator = memo(function AttentionIndicator({
  insight,
  thresholds,
  tabIndex,
}: {
  insight: RowInsight;
  thresholds: AttentionThresholds;
  tabIndex: number;
}) {
  if (insight.reasons.length === 0) return null;
  const reasons = reasonsText(insight.reasons, thresholds);
  return (
    <HintTooltip title={reasons}>
      <span role="img" aria-label={s.needsAttention(reasons)} className={c.attention} tabIndex={tabIndex}>
        {warningIcon}
      </span>
    </HintTooltip>
  );
});
