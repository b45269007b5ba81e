import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { DEFAULT_LIST_PARAMS, parseListParams, toSearchParams, type ListParams } from './list-params';

// The app runs on a browser router, so the address bar is the router's location, updated as soon as a navigation commits.
const currentSearch = () => new URLSearchParams(window.location.search);

/** The list's view state, read from and written to the URL's query string. */
export function useListParams(): [ListParams, (change: Partial<ListParams>) => void, () => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => parseListParams(searchParams), [searchParams]);
  // Changes build on the URL as it is now, not on the last render's copy: navigations render in a
  // transition, so a second change (a filter, then a sort) can arrive before the first has rendered
  // and react-router's functional setSearchParams would hand it the stale query and drop the first.
  const update = useCallback(
    (change: Partial<ListParams>) =>
      // Replace rather than push: one history entry per keystroke would make Back useless.
      setSearchParams(toSearchParams({ ...parseListParams(currentSearch()), ...change }), { replace: true }),
    [setSearchParams],
  );
  const clearFilters = useCallback(() => {
    const { sort, direction } = parseListParams(currentSearch());
    setSearchParams(toSearchParams({ ...DEFAULT_LIST_PARAMS, sort, direction }), { replace: true });
  }, [setSearchParams]);
  return [params, update, clearFilters];
}
