import type { ReactNode } from 'react';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';

interface FilterSelectProps {
  label: string;
  value: string | undefined;
  allLabel: string;
  onChange: (value: string | undefined) => void;
  disabled?: boolean;
  /** MenuItems (and ListSubheaders for groups) for the concrete choices. */
  children: ReactNode;
}

const ALL = '';

export function FilterSelect({ label, value, allLabel, onChange, disabled, children }: FilterSelectProps) {
  return (
    <TextField
      select
      size="small"
      label={label}
      value={value ?? ALL}
      disabled={disabled}
      onChange={(event) => onChange(event.target.value === ALL ? undefined : event.target.value)}
      sx={{ minWidth: 170 }}
    >
      <MenuItem value={ALL}>{allLabel}</MenuItem>
      {children}
    </TextField>
  );
}
