import { formatCount } from './format-count';

type Unit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second';

/** The units a relative date picks from, largest first, with their length in seconds. */
export const UNITS: readonly [Unit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

// The words of Intl.RelativeTimeFormat('en', { numeric: 'auto' }), in the console's language, written
// out rather than asked of Intl: the first Intl object a page creates loads ICU's data, tens of
// milliseconds on a slow CPU, before the list's first rows can show their dates.
const NEAR: Record<Unit, Partial<Record<-1 | 0 | 1, string>>> = {
  year: { [-1]: 'last year', 0: 'this year', 1: 'next year' },
  month: { [-1]: 'last month', 0: 'this month', 1: 'next month' },
  week: { [-1]: 'last week', 0: 'this week', 1: 'next week' },
  day: { [-1]: 'yesterday', 0: 'today', 1: 'tomorrow' },
  hour: { 0: 'this hour' },
  minute: { 0: 'this minute' },
  second: { 0: 'now' },
};

/** `value` is a whole number; every unit has a word for 0, so the amounts below are never zero. */
function relative(value: number, unit: Unit): string {
  const near = Math.abs(value) <= 1 ? NEAR[unit][value as -1 | 0 | 1] : undefined;
  if (near !== undefined) return near;
  const size = Math.abs(value);
  const amount = `${formatCount(size)} ${unit}${size === 1 ? '' : 's'}`;
  return value < 0 ? `${amount} ago` : `in ${amount}`;
}

export function formatRelative(iso: string, now: number = Date.now()): string {
  const seconds = (new Date(iso).getTime() - now) / 1000;
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size || unit === 'second') {
      return relative(Math.round(seconds / size), unit);
    }
  }
  return relative(0, 'second');
}

let exact: Intl.DateTimeFormat | undefined;

/** The date and time in the reader's locale; its formatter is made on first use, not at startup. */
export function formatExact(iso: string): string {
  exact ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return exact.format(new Date(iso));
}
