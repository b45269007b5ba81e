import type { ReactNode } from 'react';
import { useController } from 'react-hook-form';
import TextField from '@mui/material/TextField';

interface FormTextFieldProps {
  name: string;
  label: string;
  help?: ReactNode;
  placeholder?: string;
  required?: boolean;
  multiline?: boolean;
  onBlur?: (value: string) => void;
  /** Shown instead of the help while the field has no error (e.g. the name check). */
  status?: { text: string; error: boolean } | undefined;
}

/** A MUI text field bound to the surrounding form by name. */
export function FormTextField({ name, label, help, placeholder, required, multiline, onBlur, status }: FormTextFieldProps) {
  const { field, fieldState } = useController({ name });
  const error = fieldState.error?.message ?? (status?.error ? status.text : undefined);
  return (
    <TextField
      name={field.name}
      value={typeof field.value === 'string' ? field.value : ''}
      onChange={field.onChange}
      onBlur={() => {
        field.onBlur();
        onBlur?.(typeof field.value === 'string' ? field.value : '');
      }}
      inputRef={field.ref}
      label={label}
      placeholder={placeholder}
      required={required}
      error={error !== undefined}
      helperText={error ?? status?.text ?? help}
      multiline={multiline}
      minRows={multiline ? 4 : undefined}
      fullWidth
      slotProps={{ htmlInput: { spellCheck: false, ...(multiline ? { style: { fontFamily: 'monospace' } } : {}) } }}
    />
  );
}
