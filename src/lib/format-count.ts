/**
 * A whole number with English digit grouping ("1,234"), the console's language, written out rather
 * than asked of Intl (toLocaleString): no Intl object is created before the list's first rows show.
 */
export function formatCount(value: number): string {
  if (!Number.isSafeInteger(value)) return String(value);
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
