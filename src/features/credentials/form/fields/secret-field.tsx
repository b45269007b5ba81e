import { useState } from 'react';
import { useController } from 'react-hook-form';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import { VisibilityToggle } from './visibility-toggle';

interface SecretFieldProps {
  name: string;
  label: string;
  help?: string | undefined;
  required?: boolean;
}

/** A single-line secret: masked by default, never autofilled or remembered by the browser. */
export function SecretField({ name, label, help, required }: SecretFieldProps) {
  const { field, fieldState } = useController({ name });
  const [visible, setVisible] = useState(false);
  return (
    <TextField
      name={field.name}
      value={typeof field.value === 'string' ? field.value : ''}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      label={label}
      type={visible ? 'text' : 'password'}
      // Browsers ignore "off" on password inputs; "new-password" stops them filling a saved one.
      autoComplete="new-password"
      required={required}
      error={fieldState.error !== undefined}
      helperText={fieldState.error?.message ?? help}
      fullWidth
      slotProps={{
        htmlInput: { spellCheck: false, autoCapitalize: 'off', 'data-1p-ignore': true, 'data-lpignore': 'true' },
        input: {
          endAdornment: (
            <InputAdornment position="end">
              <VisibilityToggle label={label} visible={visible} onToggle={() => setVisible((shown) => !shown)} />
            </InputAdornment>
          ),
        },
      }}
    />
  );
}
