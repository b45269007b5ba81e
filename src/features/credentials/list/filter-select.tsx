import { useId, type ReactNode } from 'react';
import FormControl from '@mui/material/FormControl';
import InputLabel from '@mui/material/InputLabel';
import NativeSelect from '@mui/material/NativeSelect';
import OutlinedInput from '@mui/material/OutlinedInput';

interface FilterSelectProps {
  label: string;
  value: string | undefined;
  allLabel: string;
  onChange: (value: string | undefined) => void;
  disabled?: boolean;
  /** `<option>`s (and `<optgroup>`s for groups) for the concrete choices. */
  children: ReactNode;
}

const ALL = '';

/**
 * A native `<select>` in MUI's outlined frame: the platform's own listbox is keyboard- and
 * screen-reader-friendly everywhere and spares the list's first load MUI's Select, Menu and Popover.
 */
export function FilterSelect({ label, value, allLabel, onChange, disabled, children }: FilterSelectProps) {
  const id = useId();
  return (
    <FormControl size="small" disabled={disabled} sx={{ minWidth: 170 }}>
      {/* A select always shows a value ("All …" included), so its label always sits on the frame. */}
      <InputLabel htmlFor={id} shrink>
        {label}
      </InputLabel>
      <NativeSelect
        id={id}
        value={value ?? ALL}
        onChange={(event) => onChange(event.target.value === ALL ? undefined : event.target.value)}
        input={<OutlinedInput label={label} notched />}
      >
        <option value={ALL}>{allLabel}</option>
        {children}
      </NativeSelect>
    </FormControl>
  );
}
