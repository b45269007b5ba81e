import type { Credentials } from '../api/credentials-schemas';
import { providerMeta } from '../providers/provider-catalog';
import type { AttentionReason, CredentialUsage, UsageKind, WorkspaceUsage } from '../usage/usage-model';
import type { CredentialsRow } from './credentials-rows';
import type { ListParams } from './list-params';

/** What the "Used by" column knows of one credential. */
export type UsedBy =
  | { state: 'loading' }
  | { state: 'unknown' }
  | {
      state: 'known';
      /** Per kind; undefined when that kind's call failed (and the kind matters for this credential). */
      counts: Partial<Record<UsageKind, number>>;
      /** Sum of the known counts: a lower bound when `partial`. */
      total: number;
      /** Kinds that could use this credential but are unknown. */
      unknownKinds: readonly UsageKind[];
      /** Some kind that could use this credential is unknown. */
      partial: boolean;
    };

export interface RowInsight {
  usedBy: UsedBy;
  reasons: readonly AttentionReason[];
}

export type AttentionOf = (credentials: Credentials, usage: CredentialUsage | undefined) => readonly AttentionReason[];

const LOADING: UsedBy = { state: 'loading' };
const UNKNOWN: UsedBy = { state: 'unknown' };

/** Kinds that can use a credential of this provider: only Git credentials serve pipelines. */
function kindsFor(credentials: Credentials): readonly UsageKind[] {
  return providerMeta(credentials.provider).group === 'git' ? ['computeEnvs', 'dataLinks', 'pipelines'] : ['computeEnvs', 'dataLinks'];
}

function usedByOf(credentials: Credentials, usage: WorkspaceUsage): { usedBy: UsedBy; detail: CredentialUsage | undefined } {
  if (usage.status === 'loading') return { usedBy: LOADING, detail: undefined };
  if (usage.status === 'unknown') return { usedBy: UNKNOWN, detail: undefined };
  const detail = usage.usageOf(credentials);
  const counts: Partial<Record<UsageKind, number>> = {};
  let total = 0;
  const unknownKinds: UsageKind[] = [];
  for (const kind of kindsFor(credentials)) {
    if (usage.unknownKinds.has(kind)) {
      unknownKinds.push(kind);
      continue;
    }
    counts[kind] = detail[kind].length;
    total += detail[kind].length;
  }
  return { usedBy: { state: 'known', counts, total, unknownKinds, partial: unknownKinds.length > 0 }, detail };
}

export interface RowInsights {
  usage: WorkspaceUsage;
  of: (credentials: Credentials) => RowInsight;
}

/**
 * Usage and attention per credential, worked out when first asked for and kept: the grid asks only
 * for the rows it renders, so a 10,000-row list does not wait for 10,000 of them before its first row.
 * Made anew for each usage answer, thresholds or list.
 */
export function rowInsights(usage: WorkspaceUsage, attentionOf: AttentionOf): RowInsights {
  const cache = new Map<string, RowInsight>();
  return {
    usage,
    of: (credentials) => {
      let insight = cache.get(credentials.id);
      if (insight === undefined) {
        const { usedBy, detail } = usedByOf(credentials, usage);
        insight = { usedBy, reasons: attentionOf(credentials, detail) };
        cache.set(credentials.id, insight);
      }
      return insight;
    },
  };
}

function matchesUsage(usedBy: UsedBy, filter: NonNullable<ListParams['usage']>): boolean {
  // Rows whose usage is not known for certain are kept: the facet hides only what it knows does not match.
  if (usedBy.state !== 'known') return true;
  if (filter === 'in-use') return usedBy.total > 0 || usedBy.partial;
  return usedBy.total === 0;
}

/** The Usage and Needs-attention facets, applied after the other filters. */
export function filterByInsights(
  rows: readonly CredentialsRow[],
  insights: RowInsights,
  { usage, attention }: Pick<ListParams, 'usage' | 'attention'>,
): readonly CredentialsRow[] {
  if (usage === undefined && attention === undefined) return rows;
  return rows.filter((row) => {
    const insight = insights.of(row.credentials);
    if (usage !== undefined && !matchesUsage(insight.usedBy, usage)) return false;
    if (attention === undefined) return true;
    return attention === 'any' ? insight.reasons.length > 0 : insight.reasons.includes(attention);
  });
}
