import { useWatch } from 'react-hook-form';
import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import type { BaseUrlSpec } from '../definition';
import { baseUrlKind } from '../formats';
import { formStrings } from '../strings';
import { FormTextField } from './form-text-field';

/** Base URL, with a visible warning when it is plain http. */
export function BaseUrlField({ spec }: { spec: BaseUrlSpec }) {
  const value = useWatch({ name: 'baseUrl' }) as string | undefined;
  return (
    <Stack sx={{ gap: 1 }}>
      <FormTextField
        name="baseUrl"
        label={spec.label ?? formStrings.shell.baseUrl}
        help={spec.help}
        placeholder={spec.placeholder}
        required={spec.required}
      />
      {value !== undefined && baseUrlKind(value) === 'http' && (
        <Alert severity="warning" variant="outlined" role="status">
          {formStrings.shell.httpWarning}
        </Alert>
      )}
    </Stack>
  );
}
