import { useId } from 'react';
import { styled } from '@mui/material/styles';
import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import { OutlinedField } from '../../components/outlined-field';
import { workspaceStrings } from './strings';

/** What the user did before the real switcher arrived: nothing, moved focus to it, or asked for its list. */
export type SwitcherIntent = 'none' | 'focus' | 'open';

export const SWITCHER_WIDTH = { xs: 220, sm: 320 } as const;

const OPENING_KEYS = new Set(['ArrowDown', 'ArrowUp', 'Enter', ' ']);

// A native input in the outlined frame: MUI's InputBase would put ~8.5 kB gzip on the first load
// for a field that is replaced as soon as the Autocomplete arrives.
const Field = styled(OutlinedField)(({ theme }) => ({
  width: SWITCHER_WIDTH.xs,
  [theme.breakpoints.up('sm')]: { width: SWITCHER_WIDTH.sm },
  '& > input': { cursor: 'default', textOverflow: 'ellipsis' },
  '& > svg': { marginRight: 9 },
}));

interface SwitcherPlaceholderProps {
  /** The current context as the URL names it. */
  value: string;
  onIntent: (intent: SwitcherIntent) => void;
  /** The pointer came over the field: a hint to fetch the real switcher. */
  onHover?: () => void;
}

/**
 * Stands in for the context switcher while its Autocomplete chunk loads: same frame, label, value
 * and role, so the header does not shift and a click or key press is handed on rather than lost.
 */
export function SwitcherPlaceholder({ value, onIntent, onHover }: SwitcherPlaceholderProps) {
  const id = useId();
  return (
    <Field label={workspaceStrings.switcherLabel} controlId={id}>
      <input
        id={id}
        value={value}
        readOnly
        // Collapsed, a combobox controls no popup yet: ARIA 1.2 (and axe) ask for aria-controls once expanded.
        // eslint-disable-next-line jsx-a11y/role-has-required-aria-props
        role="combobox"
        aria-expanded={false}
        aria-autocomplete="list"
        onPointerEnter={onHover}
        onFocus={() => onIntent('focus')}
        onMouseDown={() => onIntent('open')}
        onKeyDown={(event) => {
          if (OPENING_KEYS.has(event.key)) onIntent('open');
        }}
      />
      <ArrowDropDownIcon aria-hidden />
    </Field>
  );
}
