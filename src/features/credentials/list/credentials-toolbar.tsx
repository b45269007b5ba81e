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
  workspaceId: number | undefined;
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
function PlatformFilter({ workspaceId, value, onChange }: { workspaceId: number | undefined; value: string | undefined; onChange: (platformId: string | undefined) => void }) {
  const platforms = useQuery(platformsQueries.list(workspaceId));
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
}

export function CredentialsToolbar({ params, workspaceId, unknownProviders, shown, total, onChange, onClear, usage }: CredentialsToolbarProps) {
  const note = usageNote(usage, params);
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, alignItems: 'center', px: { xs: 2, sm: 3 }, py: 1.5 }}>
      <SearchField value={params.search} onChange={(search) => onChange({ search })} />
      <FilterSelect
        label={listStrings.providerFilter}
        allLabel={listStrings.anyProvider}
        value={params.provider}
        onChange={(provider) => onChange({ provider })}
      >
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
      <FilterSelect
        label={listStrings.statusFilter}
        allLabel={listStrings.anyStatus}
        value={params.status}
        onChange={(status) => onChange({ status: status === 'AVAILABLE' || status === 'INVALID' ? status : undefined })}
      >
        <option value="AVAILABLE">{statusStrings.AVAILABLE}</option>
        <option value="INVALID">{statusStrings.INVALID}</option>
      </FilterSelect>
      <PlatformFilter workspaceId={workspaceId} value={params.platformId} onChange={(platformId) => onChange({ platformId })} />
      <FilterSelect
        label={listUsageStrings.usageFilter}
        allLabel={listUsageStrings.anyUsage}
        value={params.usage}
        onChange={(value) => onChange({ usage: isUsageFilter(value) ? value : undefined })}
      >
        {USAGE_FILTERS.map((value) => (
          <option key={value} value={value}>
            {USAGE_LABELS[value]}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect
        label={listUsageStrings.attentionFilter}
        allLabel={listUsageStrings.anyAttentionState}
        value={params.attention}
        onChange={(value) => onChange({ attention: isAttentionFilter(value) ? value : undefined })}
      >
        <option value="any">{listUsageStrings.anyReason}</option>
        {ATTENTION_REASONS.map((reason) => (
          <option key={reason} value={reason}>
            {listUsageStrings.reasonOptions[reason]}
          </option>
        ))}
      </FilterSelect>
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
