import { memo, useId, useState } from 'react';
import { styled } from '@mui/material/styles';
import SearchIcon from '@mui/icons-material/Search';
import { listStrings } from '../strings';
import { OutlinedField } from '../../../components/outlined-field';

interface SearchFieldProps {
  value: string;
  onChange: (value: string) => void;
}

const Field = styled(OutlinedField)(({ theme }) => ({
  paddingLeft: 14,
  flex: 1,
  minWidth: 280,
  maxWidth: 420,
  [theme.breakpoints.down('sm')]: { minWidth: '100%', flex: 'initial', maxWidth: 'none' },
  '& > svg': { fontSize: 20, marginRight: 8 },
  '& > input': { paddingLeft: 0 },
}));

/**
 * Keeps its own text so typing never waits for the URL round trip; follows the URL when it changes
 * from elsewhere (Clear filters, Back). The URL follows the text a little late, so each value it
 * brings back that this field sent itself is not a change from elsewhere: following it would undo the
 * keys typed since (on a slow device, typing faster than the URL updated lost characters).
 * Rendered again only when its props change.
 */
export const SearchField = memo(function SearchField({ value, onChange }: SearchFieldProps) {
  const id = useId();
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  // What this field sent that the URL has not brought back yet, oldest first.
  const [sent, setSent] = useState<readonly string[]>([]);
  if (value !== seen) {
    setSeen(value);
    const echo = sent.indexOf(value);
    if (echo >= 0) {
      setSent(sent.slice(echo + 1));
    } else {
      setSent([]);
      if (value !== text) setText(value);
    }
  }
  return (
    <Field label={listStrings.searchLabel} controlId={id}>
      <SearchIcon aria-hidden />
      <input
        id={id}
        type="search"
        placeholder={listStrings.searchPlaceholder}
        value={text}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          setSent((list) => [...list, next]);
          onChange(next);
        }}
      />
    </Field>
  );
});
