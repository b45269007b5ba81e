import { useId, useState } from 'react';
import FormControl from '@mui/material/FormControl';
import InputAdornment from '@mui/material/InputAdornment';
import InputLabel from '@mui/material/InputLabel';
import OutlinedInput from '@mui/material/OutlinedInput';
import SearchIcon from '@mui/icons-material/Search';
import { listStrings } from '../strings';

interface SearchFieldProps {
  value: string;
  onChange: (value: string) => void;
}

/**
 * Keeps its own text so typing never waits for the URL round trip; follows the URL
 * when it changes from elsewhere (Clear filters, Back).
 *
 * Built from TextField's parts rather than TextField, which would bring MUI's Select (and its
 * Menu and Popover) into the list's first load.
 */
export function SearchField({ value, onChange }: SearchFieldProps) {
  const id = useId();
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (value !== text) setText(value);
  }
  return (
    <FormControl size="small" sx={{ minWidth: { xs: '100%', sm: 280 }, flex: { sm: 1 }, maxWidth: { sm: 420 } }}>
      <InputLabel htmlFor={id}>{listStrings.searchLabel}</InputLabel>
      <OutlinedInput
        id={id}
        type="search"
        label={listStrings.searchLabel}
        placeholder={listStrings.searchPlaceholder}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          onChange(event.target.value);
        }}
        startAdornment={
          <InputAdornment position="start">
            <SearchIcon fontSize="small" aria-hidden />
          </InputAdornment>
        }
      />
    </FormControl>
  );
}
