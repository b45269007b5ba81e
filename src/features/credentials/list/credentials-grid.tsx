import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { defaultRangeExtractor, elementScroll, observeElementRect, useVirtualizer, type Range, type Virtualizer } from '@tanstack/react-virtual';
import { whenIdle } from '../../../lib/preload-module';
import { deleteStrings } from '../delete/strings';
import { listStrings } from '../strings';
import type { AttentionThresholds } from '../usage/usage-model';
import type { CredentialsRow } from './credentials-rows';
import { GRID_COLUMNS, HEADER_HEIGHT, ROW_HEIGHT } from './grid-columns';
import { GridHeader, type SelectionState } from './grid-header';
import { keepFirstRows } from './grid-range';
import { GridRow } from './grid-row';
import { gridClasses, gridSizes } from './grid-styles';
import type { SortDirection, SortKey } from './list-params';
import type { RowAction } from './row-actions-menu';
import type { RowInsights } from './row-insights';

export interface FocusRequest {
  id: string;
  /** Changes on every request, so asking twice for the same row still moves focus. */
  nonce: number;
}

interface CredentialsGridProps {
  rows: readonly CredentialsRow[];
  sort: SortKey;
  direction: SortDirection;
  onSort: (key: SortKey, direction: SortDirection) => void;
  canWrite: boolean;
  onOpen: (id: string) => void;
  onAction: (action: RowAction, id: string) => void;
  focusRequest: FocusRequest | undefined;
  /** Row selection for bulk actions; absent for roles that cannot delete. */
  selection?: { ids: ReadonlySet<string>; onToggle: (id: string) => void; onToggleAll: () => void } | undefined;
  /** Usage and attention per row, asked for only for the rows rendered. */
  insights: RowInsights;
  thresholds: AttentionThresholds;
}

const PAGE = 10;

/**
 * The scroller's size, from a ResizeObserver only. The virtualiser's default also reads it once as
 * the grid mounts, inside React's commit, which makes the browser style and lay out the whole new
 * page right there: the commit that shows the first rows became one long task. The observer's first
 * report comes after the browser's own layout instead; until then `initialRect` stands in.
 */
const observeScrollerRect = (instance: Virtualizer<HTMLDivElement, Element>, report: (rect: { width: number; height: number }) => void) => {
  const element = instance.scrollElement;
  const targetWindow = instance.targetWindow;
  if (!element || !targetWindow?.ResizeObserver) return observeElementRect(instance, report);
  // Read when the observer reports, with layout already done: no extra layout pass.
  const observer = new targetWindow.ResizeObserver(() => report({ width: element.clientWidth, height: element.clientHeight }));
  observer.observe(element);
  return () => observer.disconnect();
};

const scrolled = new WeakSet<Element>();

/**
 * Scrolls as the virtualiser's default does, except for its first request on a new scroller: as the
 * grid mounts it asks to scroll to where a new element already is (the top), and scrolling, like
 * reading a size, makes the browser lay out the whole page inside React's commit.
 */
const scrollScroller: typeof elementScroll<HTMLDivElement> = (offset, options, instance) => {
  const element = instance.scrollElement;
  if (element && !scrolled.has(element)) {
    scrolled.add(element);
    if (offset + (options.adjustments ?? 0) === 0) return;
  }
  elementScroll(offset, options, instance);
};

/** Rows drawn beyond each edge of the scroller, so scrolling and paging meet rows already there. */
const OVERSCAN = 8;
/** The first render draws fewer, and the rest follow a few at a time when the page is idle. */
const FIRST_OVERSCAN = 2;
const OVERSCAN_STEP = 2;

/**
 * The overscan, growing from FIRST_OVERSCAN to OVERSCAN in idle periods: the commit that shows the
 * first rows, and the layout after it, are the list's longest tasks on a slow CPU, and rows nobody
 * sees yet need not be part of them.
 */
function useGrowingOverscan(): number {
  const [overscan, setOverscan] = useState(FIRST_OVERSCAN);
  useEffect(() => {
    if (overscan >= OVERSCAN) return;
    let current = true;
    whenIdle(() => {
      if (current) setOverscan((value) => Math.min(OVERSCAN, value + OVERSCAN_STEP));
    });
    return () => {
      current = false;
    };
  }, [overscan]);
  return overscan;
}

/** A virtualised ARIA grid: one tab stop (the active row), arrows move between rows, Enter opens details. */
export function CredentialsGrid({ rows, sort, direction, onSort, canWrite, onOpen, onAction, focusRequest, selection, insights, thresholds }: CredentialsGridProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The id of the row that focus goes to once it is drawn.
  const pendingFocus = useRef<string | null>(null);
  const handledRequest = useRef<number | undefined>(undefined);
  const [activeId, setActiveId] = useState<string | undefined>(undefined);
  const found = activeId === undefined ? -1 : rows.findIndex((row) => row.credentials.id === activeId);
  const activeIndex = found === -1 ? 0 : found;
  const overscan = useGrowingOverscan();

  // The last row of the first render: see keepFirstRows.
  const firstLastRow = useRef<number | undefined>(undefined);

  // The active row stays rendered even when scrolled away, so Tab always finds the grid's one tab stop.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = keepFirstRows(defaultRangeExtractor(range), range, firstLastRow);
      if (activeIndex >= range.count || indexes.includes(activeIndex)) return indexes;
      return [...indexes, activeIndex].sort((a, b) => a - b);
    },
    [activeIndex],
  );

  // The virtualiser's methods are only called during render and in handlers, never memoised by us.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    rangeExtractor,
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    paddingStart: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    overscan,
    // The first render already draws rows, instead of none and then all of them in a second,
    // synchronous render once the scroller has been measured. The header, the toolbar and the filters
    // sit above the grid, so the scroller is taken to be a third of the window (about half on a
    // desktop, a quarter on a phone): measured larger, it gets more rows; smaller, it keeps these
    // (keepFirstRows).
    initialRect: { width: 0, height: typeof window === 'undefined' ? 0 : window.innerHeight / 3 },
    observeElementRect: observeScrollerRect,
    scrollToFn: scrollScroller,
    getItemKey: (index) => rows[index]?.credentials.id ?? index,
  });

  const focusIndex = useCallback(
    (index: number) => {
      const target = rows[index];
      if (!target) return;
      setActiveId(target.credentials.id);
      pendingFocus.current = target.credentials.id;
      virtualizer.scrollToIndex(index, { align: 'auto' });
    },
    [rows, virtualizer],
  );

  useEffect(() => {
    // Each request moves focus once; later changes of rows must not pull focus back.
    if (!focusRequest || handledRequest.current === focusRequest.nonce) return;
    handledRequest.current = focusRequest.nonce;
    const index = rows.findIndex((row) => row.credentials.id === focusRequest.id);
    if (index !== -1) focusIndex(index);
  }, [focusRequest, rows, focusIndex]);

  // The row to focus may only exist after the virtualiser has scrolled and re-rendered. It is found by
  // its id: when the rows change meanwhile (a delete's refetch), its index is no longer the one asked for.
  useEffect(() => {
    const id = pendingFocus.current;
    if (id === null) return;
    const drawn = scrollRef.current?.querySelectorAll<HTMLElement>('[role="row"][data-id]') ?? [];
    const element = [...drawn].find((row) => row.dataset.id === id);
    if (element) {
      element.focus({ preventScroll: true });
      pendingFocus.current = null;
      return;
    }
    const index = rows.findIndex((row) => row.credentials.id === id);
    if (index === -1) pendingFocus.current = null;
    else if (!virtualizer.getVirtualItems().some((item) => item.index === index)) virtualizer.scrollToIndex(index, { align: 'auto' });
  });

  // Counted once per change of rows or selection, not on every scroll step; a stable object lets the header skip renders.
  const selectedIds = selection?.ids;
  const onToggleAll = selection?.onToggleAll;
  const headerSelection = useMemo(() => {
    if (!selectedIds || !onToggleAll) return undefined;
    const count = rows.reduce((sum, row) => (selectedIds.has(row.credentials.id) ? sum + 1 : sum), 0);
    const state: SelectionState = count === 0 ? 'none' : count === rows.length ? 'all' : 'some';
    return { state, label: deleteStrings.selectAll, onToggleAll };
  }, [rows, selectedIds, onToggleAll]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    if (target.getAttribute('role') !== 'row') return;
    const index = Number(target.dataset.index);
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + PAGE,
      PageUp: index - PAGE,
      Home: 0,
      End: rows.length - 1,
    };
    const next = moves[event.key];
    if (next !== undefined) {
      event.preventDefault();
      focusIndex(Math.max(0, Math.min(rows.length - 1, next)));
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const id = target.dataset.id;
      if (id !== undefined) onOpen(id);
    }
  };

  return (
    // One tab stop inside: the active row (roving tabindex), so the grid itself takes no focus.
    // eslint-disable-next-line jsx-a11y/interactive-supports-focus
    <div
      ref={scrollRef}
      className={gridClasses.root}
      style={gridSizes}
      role="grid"
      aria-label={listStrings.gridLabel}
      aria-rowcount={rows.length + 1}
      aria-colcount={GRID_COLUMNS.length}
      aria-multiselectable={selection ? true : undefined}
      onKeyDown={onKeyDown}
    >
      <div className={gridClasses.table}>
        <GridHeader sort={sort} direction={direction} onSort={onSort} selection={headerSelection} />
        <div role="rowgroup" className={gridClasses.body} style={{ height: virtualizer.getTotalSize() - HEADER_HEIGHT }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <GridRow
                key={item.key}
                row={row}
                index={item.index}
                top={item.start - HEADER_HEIGHT}
                active={item.index === activeIndex}
                canWrite={canWrite}
                onOpen={onOpen}
                onAction={onAction}
                onActivate={setActiveId}
                selected={selectedIds?.has(row.credentials.id) ?? false}
                onToggleSelect={selection?.onToggle}
                selectLabel={deleteStrings.selectRow(row.credentials.name)}
                insight={insights.of(row.credentials)}
                thresholds={thresholds}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
