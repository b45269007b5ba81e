import { useState } from 'react';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import SearchIcon from '@mui/icons-material/Search';
import { listStrings } from '../strings';

interface SearchFieldProps {
  value: string;
  onChange: (value: string) => void;
}

/**
 * Keeps its own text so typing never waits for the URL round trip; follows the URL
 * when it changes from elsewhere (Clear filters, Back).
 */
export function SearchField({ value, onChange }: SearchFieldProps) {
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (value !== text) setText(value);
  }
  return (
    <TextField
      type="search"
      size="small"
      label={listStrings.searchLabel}
      placeholder={listStrings.searchPlaceholder}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        onChange(event.target.value);
      }}
      sx={{ minWidth: { xs: '100%', sm: 280 }, flex: { sm: 1 }, maxWidth: { sm: 420 } }}
      slotProps={{
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <SearchIcon fontSize="small" aria-hidden />
            </InputAdornment>
          ),
        },
      }}
    />
  );
}
