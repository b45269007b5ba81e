import { useQuery } from '@tanstack/react-query';
import Box from '@mui/material/Box';
import { PlainButton } from '../../../components/plain-button';
import { platformsQueries } from '../api/credentials-queries';
import { KNOWN_PROVIDERS } from '../providers/provider-catalog';
import { providerGroupStrings, statusStrings, listStrings } from '../strings';
import { hasActiveFilters, type ListParams } from './list-params';
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
}

const GROUPS = Object.keys(providerGroupStrings) as (keyof typeof providerGroupStrings)[];

export function CredentialsToolbar({ params, workspaceId, unknownProviders, shown, total, onChange, onClear }: CredentialsToolbarProps) {
  const platforms = useQuery(platformsQueries.list(workspaceId));
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
      <FilterSelect
        label={listStrings.platformFilter}
        allLabel={listStrings.anyPlatform}
        value={platforms.data ? params.platformId : undefined}
        disabled={!platforms.data}
        onChange={(platformId) => onChange({ platformId })}
      >
        {(platforms.data ?? []).map((platform) => (
          <option key={platform.id} value={platform.id}>
            {platform.name}
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
    </Box>
  );
}
