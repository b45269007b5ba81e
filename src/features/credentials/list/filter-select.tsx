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

const Field = styled(OutlinedField)({
  minWidth: 170,
  '& > svg': { position: 'absolute', right: 7, fontSize: 24 },
});

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
