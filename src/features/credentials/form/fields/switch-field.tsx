import { useController } from 'react-hook-form';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';

interface SwitchFieldProps {
  name: string;
  label: string;
  help?: string | undefined;
}

export function SwitchField({ name, label, help }: SwitchFieldProps) {
  const { field, fieldState } = useController({ name });
  const helpId = `${name}-help`;
  const message = fieldState.error?.message ?? help;
  return (
    <Stack>
      <FormControlLabel
        label={label}
        control={
          <Switch
            name={field.name}
            checked={field.value === true}
            onChange={(event) => field.onChange(event.target.checked)}
            onBlur={field.onBlur}
            slotProps={{ input: { ref: field.ref, 'aria-describedby': message ? helpId : undefined } }}
          />
        }
      />
      {message && (
        <FormHelperText id={helpId} error={fieldState.error !== undefined}>
          {message}
        </FormHelperText>
      )}
    </Stack>
  );
}
