import { compareText } from '../../../lib/compare-text';
import type { Credentials, CredentialsStatus } from '../api/credentials-schemas';
import { identifyingDetail } from '../providers/identifying-detail';
import { providerMeta } from '../providers/provider-catalog';
import type { ListParams, SortDirection, SortKey } from './list-params';

/** A credential with the values the list derives once per fetch rather than once per keystroke. */
export interface CredentialsRow {
  credentials: Credentials;
  providerName: string;
  detail: string | undefined;
  /** Lower-cased name, description and identifying detail: what the search box matches. */
  haystack: string;
}

export function toRows(credentials: readonly Credentials[]): CredentialsRow[] {
  return credentials.map((item) => {
    const detail = identifyingDetail(item);
    return {
      credentials: item,
      providerName: providerMeta(item.provider).displayName,
      detail,
      haystack: [item.name, item.description ?? '', detail ?? ''].join('\n').toLowerCase(),
    };
  });
}

const STATUS_ORDER: Record<CredentialsStatus, number> = { INVALID: 0, UNKNOWN: 1, AVAILABLE: 2 };

function time(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? undefined : parsed;
}

function compareOptional<T>(a: T | undefined, b: T | undefined, compare: (x: T, y: T) => number, direction: SortDirection) {
  // Missing values (never used, no detail) go last whichever way the column is sorted.
  if (a === undefined && b === undefined) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  const result = compare(a, b);
  return direction === 'asc' ? result : -result;
}

const byNumber = (a: number, b: number) => a - b;

function compareBy(key: SortKey, a: CredentialsRow, b: CredentialsRow, direction: SortDirection): number {
  switch (key) {
    case 'name':
      return compareOptional(a.credentials.name, b.credentials.name, compareText, direction);
    case 'provider':
      return compareOptional(a.providerName, b.providerName, compareText, direction);
    case 'detail':
      return compareOptional(a.detail, b.detail, compareText, direction);
    case 'status':
      return compareOptional(STATUS_ORDER[a.credentials.status], STATUS_ORDER[b.credentials.status], byNumber, direction);
    case 'lastUsed':
    case 'lastUpdated':
    case 'dateCreated':
      return compareOptional(time(a.credentials[key]), time(b.credentials[key]), byNumber, direction);
  }
}

export function sortRows(rows: readonly CredentialsRow[], key: SortKey, direction: SortDirection): CredentialsRow[] {
  return rows.toSorted(
    (a, b) =>
      compareBy(key, a, b, direction) ||
      compareText(a.credentials.name, b.credentials.name) ||
      compareText(a.credentials.id, b.credentials.id),
  );
}

/** Filters rows in place order; the platform filter is applied by the server, not here. */
export function filterRows(
  rows: readonly CredentialsRow[],
  { search, provider, status }: Pick<ListParams, 'search' | 'provider' | 'status'>,
): readonly CredentialsRow[] {
  const terms = search.toLowerCase().split(/\s+/).filter((term) => term !== '');
  if (terms.length === 0 && provider === undefined && status === undefined) return rows;
  return rows.filter(
    (row) =>
      (provider === undefined || row.credentials.provider === provider) &&
      (status === undefined || row.credentials.status === status) &&
      terms.every((term) => row.haystack.includes(term)),
  );
}
