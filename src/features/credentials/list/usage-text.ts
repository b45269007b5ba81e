import { listUsageStrings as s } from '../strings';
import type { AttentionReason, AttentionThresholds, UsageKind } from '../usage/usage-model';
import type { UsedBy } from './row-insights';

const KIND_COUNT: Record<UsageKind, (count: number) => string> = {
  computeEnvs: s.computeEnvs,
  dataLinks: s.dataLinks,
  pipelines: s.pipelines,
};
const KIND_ORDER: readonly UsageKind[] = ['computeEnvs', 'dataLinks', 'pipelines'];

/** The cell's short text ("3", "≥2", "—") and the kinds in words ("2 compute environments, 1 data link"). */
export function usedByText(usedBy: Extract<UsedBy, { state: 'known' }>): { shown: string; words: string; kinds: string } {
  const parts: string[] = [];
  for (const kind of KIND_ORDER) {
    const count = usedBy.counts[kind];
    if (usedBy.unknownKinds.includes(kind)) parts.push(s.kindUnknown(s.kindNames[kind]));
    else if (count !== undefined && count > 0) parts.push(KIND_COUNT[kind](count));
  }
  const kinds = parts.length === 0 ? s.usedByNothing : parts.join(', ');
  if (usedBy.partial) return { shown: s.atLeast(usedBy.total), words: s.atLeastWords(usedBy.total), kinds };
  return { shown: String(usedBy.total), words: String(usedBy.total), kinds };
}

export function reasonText(reason: AttentionReason, thresholds: AttentionThresholds): string {
  switch (reason) {
    case 'never-used':
      return s.reasons['never-used'](thresholds.neverUsedDays);
    case 'unused':
      return s.reasons.unused(thresholds.unusedDays);
    case 'not-rotated':
      return s.reasons['not-rotated'](thresholds.notRotatedDays);
    default:
      return s.reasons[reason];
  }
}

export function reasonsText(reasons: readonly AttentionReason[], thresholds: AttentionThresholds): string {
  return reasons.map((reason) => reasonText(reason, thresholds)).join('; ');
}
