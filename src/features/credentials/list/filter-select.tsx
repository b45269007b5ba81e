import { useId, type ReactNode } from 'react';
import { styled } from '@mui/material/styles';
import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import { OutlinedField } from '../../../components/outlined-field';

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

// A width of its own, not its longest option's: the platform filter's options arrive after the
// toolbar shows, and a select that grew with them moved the filters after it to a new line. On a
// phone the filters go two to a line.
const Field = styled(OutlinedField)(({ theme }) => ({
  width: 220,
  '& > svg': { position: 'absolute', right: 7, fontSize: 24 },
  [theme.breakpoints.down('sm')]: { width: 'auto', flex: '1 1 150px' },
}));

/**
 * A native `<select>` in the outlined frame: the platform's own listbox is keyboard- and
 * screen-reader-friendly everywhere and spares the list's first load MUI's Select, Menu and Popover.
 * A select always shows a value ("All …" included), so its label always sits on the frame.
 */
export function FilterSelect({ label, value, allLabel, onChange, disabled, children }: FilterSelectProps) {
  const id = useId();
  return (
    <Field label={label} controlId={id}>
      <select
        id={id}
        value={value ?? ALL}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value === ALL ? undefined : event.target.value)}
      >
        <option value={ALL}>{allLabel}</option>
        {children}
      </select>
      <ArrowDropDownIcon aria-hidden />
    </Field>
  );
}
