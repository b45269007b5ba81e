import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { DEFAULT_LIST_PARAMS, parseListParams, toSearchParams, type ListParams } from './list-params';

/** The list's view state, read from and written to the URL's query string. */
export function useListParams(): [ListParams, (change: Partial<ListParams>) => void, () => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => parseListParams(searchParams), [searchParams]);
  const update = useCallback(
    (change: Partial<ListParams>) =>
      // Replace rather than push: one history entry per keystroke would make Back useless.
      setSearchParams((current) => toSearchParams({ ...parseListParams(current), ...change }), { replace: true }),
    [setSearchParams],
  );
  const clearFilters = useCallback(
    () =>
      setSearchParams(
        (current) => {
          const { sort, direction } = parseListParams(current);
          return toSearchParams({ ...DEFAULT_LIST_PARAMS, sort, direction });
        },
        { replace: true },
      ),
    [setSearchParams],
  );
  return [params, update, clearFilters];
}
