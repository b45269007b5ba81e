import { formatExact, formatRelative } from '../../../lib/format-date';
import { listStrings } from '../strings';

/** A relative date ("3 days ago") with the exact time on hover; "Never" when there is none. */
export function DateText({ value }: { value: string | undefined }) {
  if (value === undefined) return <span>{listStrings.never}</span>;
  return (
    <time dateTime={value} title={formatExact(value)}>
      {formatRelative(value)}
    </time>
  );
}
