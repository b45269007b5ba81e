import { useId } from 'react';
import FormControl from '@mui/material/FormControl';
import InputAdornment from '@mui/material/InputAdornment';
import InputLabel from '@mui/material/InputLabel';
import OutlinedInput from '@mui/material/OutlinedInput';
import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import { workspaceStrings } from './strings';

/** What the user did before the real switcher arrived: nothing, moved focus to it, or asked for its list. */
export type SwitcherIntent = 'none' | 'focus' | 'open';

export const SWITCHER_WIDTH = { xs: 220, sm: 320 } as const;

const OPENING_KEYS = new Set(['ArrowDown', 'ArrowUp', 'Enter', ' ']);

interface SwitcherPlaceholderProps {
  /** The current context as the URL names it. */
  value: string;
  onIntent: (intent: SwitcherIntent) => void;
}

/**
 * Stands in for the context switcher while its Autocomplete chunk loads: same frame, label, value
 * and role, so the header does not shift and a click or key press is handed on rather than lost.
 */
export function SwitcherPlaceholder({ value, onIntent }: SwitcherPlaceholderProps) {
  const id = useId();
  return (
    <FormControl size="small" sx={{ width: SWITCHER_WIDTH }}>
      <InputLabel htmlFor={id} shrink>
        {workspaceStrings.switcherLabel}
      </InputLabel>
      <OutlinedInput
        id={id}
        label={workspaceStrings.switcherLabel}
        notched
        value={value}
        readOnly
        onFocus={() => onIntent('focus')}
        onMouseDown={() => onIntent('open')}
        onKeyDown={(event) => {
          if (OPENING_KEYS.has(event.key)) onIntent('open');
        }}
        inputProps={{ role: 'combobox', 'aria-expanded': false, 'aria-autocomplete': 'list' }}
        endAdornment={
          <InputAdornment position="end">
            <ArrowDropDownIcon aria-hidden sx={{ color: 'action.active' }} />
          </InputAdornment>
        }
      />
    </FormControl>
  );
}
