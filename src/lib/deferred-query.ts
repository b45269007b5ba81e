import { useDeferredValue, useMemo } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';

type PickEach<T, K extends keyof T> = T extends unknown ? Pick<T, K> : never;

/** What a screen reads of a query; narrowing on isPending, isError or isSuccess still types `data`. */
export type QuerySnapshot<T> = PickEach<
  UseQueryResult<T>,
  'status' | 'data' | 'error' | 'isPending' | 'isError' | 'isSuccess' | 'dataUpdatedAt' | 'refetch'
>;

/**
 * A query's result as one object, replaced only when what it holds changes, and deferred.
 *
 * A query's update reaches React from an external store, so React renders it at once and in one
 * piece, however large the tree below. Handed down as this deferred snapshot to a memoised child,
 * the update first re-renders only the component that holds the query (the child still gets the
 * old snapshot and is skipped), then the child renders with the new one as a transition, in slices
 * that leave the main thread free between them.
 *
 * With `firstPending`, the component's first render shows the pending state even when the answer is
 * already here, and the answer follows in the deferred render: the screen's frame is committed (and
 * painted) first, on its own, instead of waiting for the rows of an answer that arrived meanwhile.
 */
export function useDeferredQuery<T>(result: UseQueryResult<T>, { firstPending = false }: { firstPending?: boolean } = {}): QuerySnapshot<T> {
  const { status, data, error, dataUpdatedAt, refetch } = result;
  const snapshot = useMemo(() => snapshotOf<T>(status, data, error, dataUpdatedAt, refetch), [status, data, error, dataUpdatedAt, refetch]);
  const pending = useMemo(() => snapshotOf<T>('pending', undefined, null, 0, refetch), [refetch]);
  return useDeferredValue(snapshot, firstPending ? pending : undefined);
}

// The three flags follow from status, as in TanStack Query's own result.
const snapshotOf = <T>(
  status: QuerySnapshot<T>['status'],
  data: T | undefined,
  error: unknown,
  dataUpdatedAt: number,
  refetch: QuerySnapshot<T>['refetch'],
) => ({ status, data, error, isPending: status === 'pending', isError: status === 'error', isSuccess: status === 'success', dataUpdatedAt, refetch }) as QuerySnapshot<T>;
