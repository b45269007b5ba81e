import Box from '@mui/material/Box';
import { visuallyHidden } from '../../../lib/visually-hidden';
import { FormTextField } from './fields/form-text-field';
import { formStrings } from './strings';
import { useNameCheckStatus, type NameCheck, type NameCheckStatus } from './use-name-check';

const statusText: Record<Exclude<NameCheckStatus, 'idle'>, { text: string; error: boolean }> = {
  checking: { text: formStrings.nameCheck.checking, error: false },
  available: { text: formStrings.nameCheck.available, error: false },
  taken: { text: formStrings.nameCheck.taken, error: true },
  invalid: { text: formStrings.nameCheck.invalid, error: true },
  failed: { text: formStrings.nameCheck.failed, error: false },
};

interface NameFieldProps {
  check: Pick<NameCheck, 'getStatus' | 'subscribe' | 'schedule'>;
}

/** The name, checked on blur; the outcome is visible under the field and announced. */
export function NameField({ check }: NameFieldProps) {
  const status = useNameCheckStatus(check);
  const shown = status === 'idle' ? undefined : statusText[status];
  return (
    <>
      <FormTextField name="name" label={formStrings.shell.name} help={formStrings.shell.nameHelp} required onBlur={check.schedule} status={shown} />
      <Box role="status" aria-live="polite" sx={visuallyHidden}>
        {shown?.text}
      </Box>
    </>
  );
}
