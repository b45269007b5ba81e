import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { deleteStrings } from './strings';

interface ForceDeleteFormProps {
  name: string;
  busy: boolean;
  onSubmit: () => void;
  onBack: () => void;
}

/** Asks for the credential's name before a delete that stops running jobs; submits only on an exact match. */
export function ForceDeleteForm({ name, busy, onSubmit, onBack }: ForceDeleteFormProps) {
  const [typed, setTyped] = useState('');
  const [tried, setTried] = useState(false);
  const headingId = useId();
  const matches = typed === name;
  const input = useRef<HTMLInputElement>(null);
  // This step replaces the buttons that had focus; the field is where the user acts next.
  useEffect(() => input.current?.focus(), []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (matches && !busy) onSubmit();
  };
  return (
    <Stack component="form" noValidate spacing={2} aria-labelledby={headingId} onSubmit={submit}>
      <Typography variant="h3" id={headingId} sx={{ fontSize: '1rem', fontWeight: 600 }}>
        {deleteStrings.forceHeading}
      </Typography>
      <Typography variant="body2">{deleteStrings.forceBody(name)}</Typography>
      <TextField
        label={deleteStrings.forceLabel}
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        inputRef={input}
        autoComplete="off"
        spellCheck={false}
        error={tried && !matches}
        helperText={tried && !matches ? deleteStrings.forceMismatch : ' '}
        slotProps={{ htmlInput: { 'aria-required': true } }}
      />
      <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
        <Button onClick={onBack} disabled={busy}>
          {deleteStrings.back}
        </Button>
        <Button type="submit" variant="contained" color="error" loading={busy}>
          {deleteStrings.forceSubmit}
        </Button>
      </Stack>
    </Stack>
  );
}
