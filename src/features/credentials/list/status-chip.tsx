import { HintTooltip } from '../../../components/hint-tooltip';
import { Tag } from '../../../components/tag';
import type { CredentialsStatus } from '../api/credentials-schemas';
import { statusStrings } from '../strings';

interface StatusChipProps {
  status: CredentialsStatus;
  /** The provider's reason for rejecting the credentials, if any. */
  message?: string | undefined;
  /** Lets a grid keep one tab stop per row; the chip is focusable by default so the message is reachable by keyboard. */
  tabIndex?: number;
}

export function StatusChip({ status, message, tabIndex = 0 }: StatusChipProps) {
  const label = statusStrings[status];
  // A status this console does not know (a newer Seqera) is shown, neutrally, rather than failing the list.
  if (status === 'UNKNOWN') return <Tag tone="default">{label}</Tag>;
  if (status === 'AVAILABLE' || !message) {
    return <Tag tone={status === 'AVAILABLE' ? 'success' : 'error'}>{label}</Tag>;
  }
  return (
    // describeChild keeps the chip's name "Invalid" and offers the message as its description.
    <HintTooltip title={message} describeChild>
      <Tag tone="error" filled tabIndex={tabIndex}>
        {label}
      </Tag>
    </HintTooltip>
  );
}
