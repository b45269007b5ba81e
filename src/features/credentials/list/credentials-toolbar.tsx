import { memo, useMemo, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import Box from '@mui/material/Box';
import { PlainButton } from '../../../components/plain-button';
import { platformsQueries } from '../api/credentials-queries';
import { KNOWN_PROVIDERS } from '../providers/provider-catalog';
import { providerGroupStrings, statusStrings, listStrings, listUsageStrings } from '../strings';
import type { WorkspaceUsage } from '../usage/usage-model';
import { ATTENTION_REASONS, USAGE_FILTERS, hasActiveFilters, type AttentionFilter, type ListParams, type UsageFilter } from './list-params';
import { FilterSelect } from './filter-select';
import { SearchField } from './search-field';

interface CredentialsToolbarProps {
  params: ListParams;
  /** Undefined while the context is being resolved: the platform filter then waits, disabled. */
  scope: { workspaceId: number | undefined } | undefined;
  /** Provider ids present in the data that the catalog does not know, so they can be filtered too. */
  unknownProviders: readonly string[];
  shown: number;
  total: number | undefined;
  onChange: (change: Partial<ListParams>) => void;
  onClear: () => void;
  /** What the Usage facet can rely on: it says so when usage is loading or unknown. */
  usage: WorkspaceUsage;
}

const USAGE_LABELS: Record<UsageFilter, string> = { 'in-use': listUsageStrings.inUse, unused: listUsageStrings.unused };

const isUsageFilter = (value: string | undefined): value is UsageFilter => (USAGE_FILTERS as readonly (string | undefined)[]).includes(value);
const isAttentionFilter = (value: string | undefined): value is AttentionFilter =>
  value === 'any' || (ATTENTION_REASONS as readonly (string | undefined)[]).includes(value);

/** A line under the facets when usage cannot narrow the rows (yet), so an unfiltered list is not mistaken for a filtered one. */
function usageNote(usage: WorkspaceUsage, params: ListParams): string | undefined {
  const usesComputeEnvs = params.usage !== undefined || params.attention === 'invalid-compute-env';
  if (!usesComputeEnvs) return undefined;
  if (usage.status === 'loading') return listUsageStrings.usageLoadingNote;
  if (usage.status === 'unknown') {
    return params.usage === undefined ? listUsageStrings.computeEnvReasonUnknown : listUsageStrings.usageUnknownNote;
  }
  if (usage.unknownKinds.size === 0) return undefined;
  if (params.usage === undefined && !usage.unknownKinds.has('computeEnvs')) return undefined;
  return listUsageStrings.usagePartialNote([...usage.unknownKinds].map((kind) => listUsageStrings.kindNames[kind]).join(', '));
}

const GROUPS = Object.keys(providerGroupStrings) as (keyof typeof providerGroupStrings)[];

/**
 * The compute-platform filter holds the platforms query itself: its answer then re-renders this one
 * select, not the whole toolbar (a query's update renders at once, in one piece).
 */
const PlatformFilter = memo(function PlatformFilter({ workspaceId, value, onChange }: { workspaceId: number | undefined | null; value: string | undefined; onChange: (platformId: string | undefined) => void }) {
  // null: the context is not resolved yet.
  const platforms = useQuery(platformsQueries.listOrUnresolved(workspaceId));
  return (
    // A new select once the platforms are known, built whole before it enters the page: enabling the
    // shown one and adding its options one by one restyled the page for each change, one long task.
    <FilterSelect
      key={platforms.data ? 'loaded' : 'loading'}
      label={listStrings.platformFilter}
      allLabel={listStrings.anyPlatform}
      value={platforms.data ? value : undefined}
      disabled={!platforms.data}
      onChange={onChange}
    >
      {(platforms.data ?? []).map((platform) => (
        <option key={platform.id} value={platform.id}>
          {platform.name}
        </option>
      ))}
    </FilterSelect>
  );
});

/** The provider filter; the catalog's groups, then any provider the data holds that the catalog does not know. */
const ProviderFilter = memo(function ProviderFilter({ value, unknownProviders, onChange }: { value: string | undefined; unknownProviders: readonly string[]; onChange: (provider: string | undefined) => void }) {
  return (
    <FilterSelect label={listStrings.providerFilter} allLabel={listStrings.anyProvider} value={value} onChange={onChange}>
      {GROUPS.map((group) => (
        <optgroup key={group} label={providerGroupStrings[group]}>
          {KNOWN_PROVIDERS.filter((meta) => meta.group === group).map((meta) => (
            <option key={meta.id} value={meta.id}>
              {meta.displayName}
            </option>
          ))}
        </optgroup>
      ))}
      {unknownProviders.map((id) => (
        <option key={id} value={id}>
          {id}
        </option>
      ))}
    </FilterSelect>
  );
});

interface OptionsFilterProps<T extends string> {
  label: string;
  allLabel: string;
  value: T | undefined;
  options: readonly { value: T; label: string }[];
  onChange: (value: string | undefined) => void;
}

/** A filter over a fixed set of values. */
const OptionsFilter = memo(function OptionsFilter<T extends string>({ label, allLabel, value, options, onChange }: OptionsFilterProps<T>) {
  return (
    <FilterSelect label={label} allLabel={allLabel} value={value} onChange={onChange}>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </FilterSelect>
  );
}) as <T extends string>(props: OptionsFilterProps<T>) => ReactNode;

const STATUS_OPTIONS = (['AVAILABLE', 'INVALID'] as const).map((value) => ({ value, label: statusStrings[value] }));
const USAGE_OPTIONS = USAGE_FILTERS.map((value) => ({ value, label: USAGE_LABELS[value] }));
const ATTENTION_OPTIONS: readonly { value: AttentionFilter; label: string }[] = [
  { value: 'any', label: listUsageStrings.anyReason },
  ...ATTENTION_REASONS.map((reason) => ({ value: reason, label: listUsageStrings.reasonOptions[reason] })),
];

/**
 * Each control renders again only when its own value changes: the toolbar renders again when the
 * rows, their count or usage arrive, and React writes a form control's attributes back into the page
 * on every render of it.
 */
export function CredentialsToolbar({ params, scope, unknownProviders, shown, total, onChange, onClear, usage }: CredentialsToolbarProps) {
  const note = usageNote(usage, params);
  const handlers = useMemo(
    () => ({
      search: (search: string) => onChange({ search }),
      provider: (provider: string | undefined) => onChange({ provider }),
      status: (status: string | undefined) => onChange({ status: status === 'AVAILABLE' || status === 'INVALID' ? status : undefined }),
      platform: (platformId: string | undefined) => onChange({ platformId }),
      usage: (value: string | undefined) => onChange({ usage: isUsageFilter(value) ? value : undefined }),
      attention: (value: string | undefined) => onChange({ attention: isAttentionFilter(value) ? value : undefined }),
    }),
    [onChange],
  );
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, alignItems: 'center', px: { xs: 2, sm: 3 }, py: 1.5 }}>
      <SearchField value={params.search} onChange={handlers.search} />
      <ProviderFilter value={params.provider} unknownProviders={unknownProviders} onChange={handlers.provider} />
      <OptionsFilter label={listStrings.statusFilter} allLabel={listStrings.anyStatus} value={params.status} options={STATUS_OPTIONS} onChange={handlers.status} />
      <PlatformFilter workspaceId={scope ? scope.workspaceId : null} value={params.platformId} onChange={handlers.platform} />
      <OptionsFilter label={listUsageStrings.usageFilter} allLabel={listUsageStrings.anyUsage} value={params.usage} options={USAGE_OPTIONS} onChange={handlers.usage} />
      <OptionsFilter
        label={listUsageStrings.attentionFilter}
        allLabel={listUsageStrings.anyAttentionState}
        value={params.attention}
        options={ATTENTION_OPTIONS}
        onChange={handlers.attention}
      />
      {hasActiveFilters(params) && (
        <PlainButton type="button" onClick={onClear} size="small">
          {listStrings.clearFilters}
        </PlainButton>
      )}
      <Box component="p" role="status" sx={{ typography: 'body2', m: 0, ml: 'auto', color: 'text.secondary' }}>
        {total === undefined ? '' : listStrings.resultCount(shown, total)}
      </Box>
      {/* Always in the page, so its text is announced when it appears. */}
      <Box component="p" role="status" sx={{ typography: 'body2', m: 0, flexBasis: '100%', color: 'text.secondary', '&:empty': { display: 'none' } }}>
        {note ?? ''}
      </Box>
    </Box>
  );
}
