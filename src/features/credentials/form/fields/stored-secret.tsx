import { useState, type ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { formStrings } from '../strings';

interface StoredSecretProps {
  name: string;
  label: string;
  /** True when the server holds a value for this secret that a blank field keeps. */
  stored: boolean;
  children: ReactNode;
}

/**
 * On edit a stored secret is not shown at all: the user either keeps it or replaces it.
 * Cancelling a replacement clears what was typed, so the update leaves the secret out.
 */
export function StoredSecret({ name, label, stored, children }: StoredSecretProps) {
  const { setValue, getValues, setFocus } = useFormContext();
  const [replacing, setReplacing] = useState(() => getValues(name) !== '');
  if (!stored) return children;
  if (!replacing) {
    return (
      <Paper variant="outlined" sx={{ px: 2, py: 1.5 }}>
        <Stack direction="row" sx={{ alignItems: 'center', gap: 2 }}>
          <Stack sx={{ flex: 1 }}>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {label}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {formStrings.secret.stored}
            </Typography>
          </Stack>
          <Button variant="outlined" size="small" aria-label={`${formStrings.secret.replace} ${label}`} onClick={() => {
              setReplacing(true);
              // The input mounts on this render; focus it once it exists.
              requestAnimationFrame(() => setFocus(name));
            }}>
            {formStrings.secret.replace}
          </Button>
        </Stack>
      </Paper>
    );
  }
  return (
    <Stack sx={{ gap: 0.5 }}>
      {children}
      <Button
        size="small"
        sx={{ alignSelf: 'flex-start' }}
        aria-label={`${formStrings.secret.cancelReplace}: ${label}`}
        onClick={() => {
          setValue(name, '', { shouldDirty: true, shouldValidate: true });
          setReplacing(false);
        }}
      >
        {formStrings.secret.cancelReplace}
      </Button>
    </Stack>
  );
}
