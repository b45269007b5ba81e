import type { PointerEvent } from 'react';
import { formatExact, formatRelative } from '../../../lib/format-date';
import { listStrings } from '../strings';

/** Gives the element its exact-time tooltip when the pointer first reaches it. */
function showExact(event: PointerEvent<HTMLElement>) {
  const element = event.currentTarget;
  const value = element.getAttribute('datetime');
  if (value !== null && !element.title) element.title = formatExact(value);
}

/**
 * A relative date ("3 days ago") with the exact time on hover; "Never" when there is none. The exact
 * time is worked out on hover: its locale formatter would otherwise be one more Intl object for the
 * list's first rows to wait on.
 */
export function DateText({ value }: { value: string | undefined }) {
  if (value === undefined) return <span>{listStrings.never}</span>;
  return (
    <time dateTime={value} onPointerEnter={showExact}>
      {formatRelative(value)}
    </time>
  );
}
