import { memo, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Outlet, useLocation, useNavigate, type NavigateFunction } from 'react-router';
import Box from '@mui/material/Box';
import { ErrorState } from '../../../components/error-state';
import { commonStrings } from '../../../components/strings';
import { useDeferredQuery, type QuerySnapshot } from '../../../lib/deferred-query';
import { lazyChunk, useLazyChunk } from '../../../lib/lazy-chunk';
import { canWrite, type CredentialsContext } from '../../workspaces/credentials-context';
import type { CredentialsList } from '../api/credentials-schemas';
import { rememberContext } from '../../workspaces/last-context';
import { credentialsQueries } from '../api/credentials-queries';
import { isProviderId } from '../providers/provider-catalog';
import { listStrings } from '../strings';
import { filterRows, sortRows, toRows, type CredentialsRow } from './credentials-rows';
import { CredentialsGrid, type FocusRequest } from './credentials-grid';
import { CredentialsToolbar } from './credentials-toolbar';
import { hasActiveFilters, type ListParams, type SortDirection, type SortKey } from './list-params';
import { ListHeader, type NamedContext } from './list-header';
import { EmptyState, ListSkeleton, NoMatchesState, SkippedRowsNote } from './list-states';
import type { ListOutletContext } from './list-outlet-context';
import type { RowAction } from './row-actions-menu';
import { filterByInsights } from './row-insights';
import { UsageActions } from './usage-actions';
import { useListParams } from './use-list-params';
import { useListUsage, type ListUsage } from './use-list-usage';

// The bulk bar brings the bulk delete and validate-all dialogs (forms, zod, progress); none of it is
// needed to show the first row, so it arrives just after, into a space of its own height.
// Asked for when the list mounts, so it is here when the rows come: the bar then takes its space's
// place once, rather than after a suspended render of its own.
const bulkBarChunk = lazyChunk(() => import('../delete/bulk-actions-bar'));
const bulkBarSpace = <Box sx={{ minHeight: 40, pb: 1 }} />;
const NO_ROWS: readonly CredentialsRow[] = [];

/**
 * Holds the list's queries and nothing else: their answers reach the screen below as deferred
 * snapshots (see useDeferredQuery), so a new answer renders in slices rather than as one long task.
 * `context` is undefined while the user's workspaces are still being looked up: the screen then
 * shows its frame (title, toolbar, loading rows) for the context the address names, and carries on,
 * the same components, once it is known.
 */
export function CredentialsListView({ context, named }: { context: CredentialsContext | undefined; named: NamedContext }) {
  const [params, updateParams, clearFilters] = useListParams();
  const navigate = useNavigate();
  // The header and toolbar are committed before the rows, even when the rows' answer is already here.
  const list = useDeferredQuery(
    useQuery(credentialsQueries.listOrUnresolved(context && { workspaceId: context.workspaceId, platformId: params.platformId })),
    { firstPending: true },
  );
  // Usage is asked for after the list, never before it: rows render as soon as the list is here,
  // and the "Used by" column and the facets fill in when usage arrives.
  const listUsage = useListUsage(context?.workspaceId, list.dataUpdatedAt, list.isSuccess);
  return <ListScreen context={context} named={named} list={list} listUsage={listUsage} params={params} updateParams={updateParams} clearFilters={clearFilters} navigate={navigate} />;
}

interface ListScreenProps {
  context: CredentialsContext | undefined;
  named: NamedContext;
  list: QuerySnapshot<CredentialsList>;
  listUsage: ListUsage;
  /** From useListParams, read once above: each is the same value until the address changes. */
  params: ListParams;
  updateParams: (change: Partial<ListParams>) => void;
  clearFilters: () => void;
  /**
   * From useNavigate, read above too: the hook follows the route's outlet, so calling it here would
   * render the whole screen again each time an overlay opens or closes.
   */
  navigate: NavigateFunction;
}

/**
 * The list's screen. It does not follow the address: opening or closing a details drawer or a
 * dialog changes the path, and only ListOutlet below renders again for it, not the toolbar and rows.
 */
const ListScreen = memo(function ListScreen({ context, named, list, listUsage, params, updateParams, clearFilters, navigate }: ListScreenProps) {
  const [focusRequest, setFocusRequest] = useState<FocusRequest>();
  const writable = context !== undefined && canWrite(context);
  const { path } = named;
  const { usage, insights, thresholds, setThresholds } = listUsage;

  const known = context !== undefined;
  useEffect(() => {
    if (known) rememberContext(path);
  }, [known, path]);

  // Derived once per fetch or sort change; only the cheap filter runs per keystroke, and
  // it reads a deferred copy of the filters so typing stays responsive on large lists.
  const rows = useMemo(() => toRows(list.data?.credentials ?? []), [list.data]);
  const sorted = useMemo(() => sortRows(rows, params.sort, params.direction), [rows, params.sort, params.direction]);
  const filters = useDeferredValue(params);
  const visible = useMemo(() => filterByInsights(filterRows(sorted, filters), insights, filters), [sorted, filters, insights]);
  const visibleRef = useRef(visible);
  useEffect(() => {
    visibleRef.current = visible;
  }, [visible]);

  const unknownProviders = useMemo(
    () => [...new Set(rows.map((row) => row.credentials.provider).filter((id) => !isProviderId(id)))],
    [rows],
  );

  // Row callbacks must stay stable while the query string changes on every keystroke,
  // or every rendered row would re-render with it; the current search is read when used.
  const openPath = useCallback(
    (id: string, suffix = '') => void navigate(`${path}/${encodeURIComponent(id)}${suffix}${window.location.search}`),
    [navigate, path],
  );
  const onAction = useCallback(
    (action: RowAction, id: string) => openPath(id, action === 'details' ? '' : `/${action}`),
    [openPath],
  );
  // Bulk selection: only rows that are shown count, so a bulk delete never reaches hidden rows.
  const [selectedIds, setSelectedIds] = useState<ReadonlySet<string>>(() => new Set());
  const selectedRows = useMemo(
    () => (selectedIds.size === 0 ? [] : visible.filter((row) => selectedIds.has(row.credentials.id)).map((row) => row.credentials)),
    [visible, selectedIds],
  );
  const onToggleSelect = useCallback(
    (id: string) =>
      setSelectedIds((current) => {
        const next = new Set(current);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );
  // Reads the rows as shown when clicked, so it stays the same function while they change.
  const onToggleAll = useCallback(
    () =>
      setSelectedIds((current) => {
        const shown = visibleRef.current;
        return shown.every((row) => current.has(row.credentials.id)) ? new Set() : new Set(shown.map((row) => row.credentials.id));
      }),
    [],
  );
  const selection = useMemo(
    () =>
      writable
        ? {
            ids: selectedIds,
            onToggle: onToggleSelect,
            onToggleAll,
          }
        : undefined,
    [writable, selectedIds, onToggleSelect, onToggleAll],
  );
  const shownCredentials = useMemo(() => visible.map((row) => row.credentials), [visible]);
  const onSort = useCallback((sort: SortKey, direction: SortDirection) => updateParams({ sort, direction }), [updateParams]);

  const hasRows = list.data !== undefined && list.data.credentials.length > 0;
  // The actions over the rows show while the rows load (holding their place) and once there are rows.
  const showsActions = list.isPending || hasRows;
  // Write controls, or, until the context and so the role is known, their place as for an owner.
  const writeControls = context === undefined || writable;
  const bulkBar = useLazyChunk(bulkBarChunk, writeControls, 0);

  const body = () => {
    if (list.isPending) return <ListSkeleton />;
    if (list.isError) {
      return (
        <ErrorState
          title={listStrings.errorTitle}
          message={list.error.message}
          retryLabel={commonStrings.retry}
          onRetry={() => void list.refetch()}
        />
      );
    }
    if (list.data.credentials.length === 0 && list.data.skipped === 0 && !hasActiveFilters(params)) {
      return <EmptyState addPath={writable ? `${path}/new` : undefined} />;
    }
    if (visible.length === 0) return <NoMatchesState onClear={clearFilters} />;
    return (
      <CredentialsGrid
        rows={visible}
        sort={params.sort}
        direction={params.direction}
        onSort={onSort}
        canWrite={writable}
        onOpen={openPath}
        onAction={onAction}
        focusRequest={focusRequest}
        selection={selection}
        insights={insights}
        thresholds={thresholds}
      />
    );
  };

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}>
      <ListHeader context={context} named={named} />
      <CredentialsToolbar
        params={params}
        scope={context}
        unknownProviders={unknownProviders}
        shown={visible.length}
        total={list.data?.credentials.length}
        onChange={updateParams}
        onClear={clearFilters}
        usage={usage}
      />
      {/* While the rows load, the actions over them hold their place, disabled (and, until the
          context and so the role is known, hidden, as for an owner), so the rows do not move when they come. */}
      {showsActions && (
        <UsageActions
          rows={hasRows ? visible : NO_ROWS}
          insights={insights}
          thresholds={thresholds}
          onThresholds={setThresholds}
          canValidate={writeControls}
          placeholder={context === undefined}
          workspaceId={context?.workspaceId}
          contextName={named.orgName === undefined || named.workspaceName === undefined ? 'personal' : `${named.orgName}-${named.workspaceName}`}
        />
      )}
      {writeControls &&
        showsActions &&
        (context && hasRows && bulkBar.status === 'ready' ? (
          <bulkBar.module.BulkActionsBar
            shown={shownCredentials}
            selected={selectedRows}
            workspaceId={context.workspaceId}
            onClearSelection={() => setSelectedIds(new Set())}
          />
        ) : (
          // Its space, while the rows or its code load (and if its code cannot be fetched).
          bulkBarSpace
        ))}
      <Box sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0, mx: { xs: 0, sm: 3 }, mb: { xs: 0, sm: 2 } }}>
        {list.data !== undefined && list.data.skipped > 0 && <SkippedRowsNote count={list.data.skipped} />}
        {body()}
      </Box>
      {/* The screens over the list need the context; the address keeps naming them until it is known. */}
      {context && <ListOutlet context={context} visibleRef={visibleRef} onFocusRow={setFocusRequest} />}
    </Box>
  );
});

interface ListOutletProps {
  context: CredentialsContext;
  /** The rows as shown, read when an overlay asks for a neighbour or focus returns. */
  visibleRef: RefObject<readonly CredentialsRow[]>;
  onFocusRow: (request: FocusRequest) => void;
}

/**
 * The outlet of the overlays drawn over the list (details, form, dialogs), and focus's way back to
 * a row when one closes: the only part of the list that follows the address.
 */
function ListOutlet({ context, visibleRef, onFocusRow }: ListOutletProps) {
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  // The row that focus returns to once the open overlay has closed.
  const returnFocusTo = useRef<string | undefined>(undefined);

  // Focus goes back to the row only once the overlay has unmounted; earlier, the overlay's
  // own focus trap and focus restoration would take it away again.
  useEffect(() => {
    const id = returnFocusTo.current;
    if (pathname !== context.path || id === undefined) return;
    returnFocusTo.current = undefined;
    // A deleted row with no neighbour left: the list itself takes focus rather than the page body.
    if (!visibleRef.current.some((row) => row.credentials.id === id)) {
      document.getElementById('main')?.focus();
      return;
    }
    onFocusRow({ id, nonce: Date.now() });
  }, [pathname, context.path, visibleRef, onFocusRow]);

  const outletContext: ListOutletContext = {
    context,
    close: (credentialsId, notice) => {
      returnFocusTo.current = credentialsId;
      void navigate(`${context.path}${search}`, notice === undefined ? undefined : { state: { notice } });
    },
    neighbourOf: (credentialsId) => {
      const visible = visibleRef.current;
      const index = visible.findIndex((row) => row.credentials.id === credentialsId);
      if (index === -1) return undefined;
      return (visible[index + 1] ?? visible[index - 1])?.credentials.id;
    },
  };
  return <Outlet context={outletContext} />;
}
