import type { CredentialsStatus } from '../api/credentials-schemas';
import type { AttentionReason } from '../usage/usage-model';

export const SORT_KEYS = ['name', 'provider', 'detail', 'status', 'lastUsed', 'lastUpdated', 'dateCreated'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

/** The Usage facet: used by at least one compute environment, data link or pipeline, or by none. */
export const USAGE_FILTERS = ['in-use', 'unused'] as const;
export type UsageFilter = (typeof USAGE_FILTERS)[number];

/** The Needs-attention facet: any reason, or one reason in particular. */
export const ATTENTION_REASONS = [
  'invalid',
  'invalid-compute-env',
  'never-used',
  'unused',
  'not-rotated',
  'bitbucket-app-password',
] as const satisfies readonly AttentionReason[];
export type AttentionFilter = 'any' | AttentionReason;
// Every reason has its entry in the facet: adding one to AttentionReason without listing it here fails to compile.
const everyReasonListed: Exclude<AttentionReason, (typeof ATTENTION_REASONS)[number]> extends never ? true : never = true;
void everyReasonListed;

/** Everything the list view shows is described by the URL's query string, so links and reloads land in the same view. */
export interface ListParams {
  search: string;
  provider: string | undefined;
  status: CredentialsStatus | undefined;
  platformId: string | undefined;
  usage: UsageFilter | undefined;
  attention: AttentionFilter | undefined;
  sort: SortKey;
  direction: SortDirection;
}

export const DEFAULT_LIST_PARAMS: ListParams = {
  search: '',
  provider: undefined,
  status: undefined,
  platformId: undefined,
  usage: undefined,
  attention: undefined,
  sort: 'name',
  direction: 'asc',
};

function isSortKey(value: string | null): value is SortKey {
  return (SORT_KEYS as readonly (string | null)[]).includes(value);
}

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return (values as readonly (string | null)[]).includes(value) ? (value as T) : undefined;
}

function nonEmpty(value: string | null): string | undefined {
  return value === null || value === '' ? undefined : value;
}

/**
 * The provider filter's key. It is not `provider`: the create page behind the list owns that one
 * (`…/credentials/new?provider=aws` picks the form), and the list must not filter by it.
 */
export const PROVIDER_FILTER_KEY = 'providers';

export function parseListParams(search: URLSearchParams): ListParams {
  const status = search.get('status');
  const sort = search.get('sort');
  return {
    search: search.get('q') ?? '',
    provider: nonEmpty(search.get(PROVIDER_FILTER_KEY)),
    status: status === 'AVAILABLE' || status === 'INVALID' ? status : undefined,
    platformId: nonEmpty(search.get('platform')),
    usage: oneOf(USAGE_FILTERS, search.get('usage')),
    attention: oneOf<AttentionFilter>(['any', ...ATTENTION_REASONS], search.get('attention')),
    sort: isSortKey(sort) ? sort : DEFAULT_LIST_PARAMS.sort,
    direction: search.get('dir') === 'desc' ? 'desc' : 'asc',
  };
}

/** Writes only what differs from the defaults, keeping shared links short. */
export function toSearchParams(params: ListParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.search !== '') search.set('q', params.search);
  if (params.provider !== undefined) search.set(PROVIDER_FILTER_KEY, params.provider);
  if (params.status !== undefined) search.set('status', params.status);
  if (params.platformId !== undefined) search.set('platform', params.platformId);
  if (params.usage !== undefined) search.set('usage', params.usage);
  if (params.attention !== undefined) search.set('attention', params.attention);
  if (params.sort !== DEFAULT_LIST_PARAMS.sort) search.set('sort', params.sort);
  if (params.direction !== DEFAULT_LIST_PARAMS.direction) search.set('dir', params.direction);
  return search;
}

export function hasActiveFilters(params: ListParams): boolean {
  return (
    params.search.trim() !== '' ||
    params.provider !== undefined ||
    params.status !== undefined ||
    params.platformId !== undefined ||
    params.usage !== undefined ||
    params.attention !== undefined
  );
}
