import type { Range } from '@tanstack/react-virtual';

/**
 * While the grid shows its top, it keeps the rows its first render drew. That render only estimates
 * the scroller's size (initialRect), so it may draw a few rows more than the scroller turns out to
 * show; dropping them when the real size arrives removed rows from the page one by one, each a style
 * and layout invalidation of the whole body, during the list's first second. Once the grid scrolls
 * away from its top it virtualises as usual.
 */
export function keepFirstRows(indexes: number[], range: Pick<Range, 'count'>, firstLastRow: { current: number | undefined }): number[] {
  const last = indexes.at(-1);
  if (firstLastRow.current === undefined) firstLastRow.current = last;
  const keepThrough = Math.min(firstLastRow.current ?? -1, range.count - 1);
  if (indexes[0] !== 0 || last === undefined || last >= keepThrough) return indexes;
  return Array.from({ length: keepThrough + 1 }, (_, index) => index);
}
