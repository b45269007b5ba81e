import { useCallback, useEffect, useMemo } from 'react';
import { useLocation, useResolvedPath, useSearchParams } from 'react-router';
import { DEFAULT_LIST_PARAMS, migrateLegacyFilter, parseListParams, toSearchParams, type ListParams } from './list-params';

// The app runs on a browser router, so the address bar is the router's location, updated as soon as a navigation commits.
const currentSearch = () => new URLSearchParams(window.location.search);

const withoutTrailingSlash = (path: string) => path.replace(/\/+$/, '');

/**
 * The list's view state, read from and written to the URL's query string.
 * Must be called from the list route's own component, whose path `.` resolves to.
 */
export function useListParams(): [ListParams, (change: Partial<ListParams>) => void, () => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const { pathname } = useLocation();
  const ownPath = useResolvedPath('.').pathname;
  // Old links put the provider filter under `provider`; on the list's own URL they still mean it.
  // Rewriting the URL (rather than only reading it) keeps the key from travelling on to overlays.
  const legacy = useMemo(
    () => (withoutTrailingSlash(pathname) === withoutTrailingSlash(ownPath) ? migrateLegacyFilter(searchParams) : undefined),
    [pathname, ownPath, searchParams],
  );
  useEffect(() => {
    if (legacy) setSearchParams(legacy, { replace: true });
  }, [legacy, setSearchParams]);
  const params = useMemo(() => parseListParams(legacy ?? searchParams), [legacy, searchParams]);
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
