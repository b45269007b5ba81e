import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { createSession } from './session-api';
import { signInErrorMessage } from './sign-in-error';
import { sessionStrings } from './strings';
import { useCompleteSignIn } from './use-complete-sign-in';

export function TokenSignInForm() {
  const [token, setToken] = useState('');
  const [missing, setMissing] = useState(false);
  const completeSignIn = useCompleteSignIn();
  const signIn = useMutation({
    mutationFn: createSession,
    // A rejected token is answered here, not by the app-wide "session ended" redirect.
    meta: { handlesUnauthorized: true },
    onSuccess: completeSignIn,
    // The token is dropped from memory whatever the outcome; it is never kept in the page.
    onSettled: () => setToken(''),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = token.trim();
    setMissing(value === '');
    if (value !== '') signIn.mutate(value);
  };

  return (
    <Stack component="form" spacing={2} onSubmit={submit} noValidate aria-label={sessionStrings.signInTitle}>
      {signIn.isError && (
        <Alert severity="error" role="alert">
          {signInErrorMessage(signIn.error)}
        </Alert>
      )}
      <TextField
        label={sessionStrings.tokenLabel}
        type="password"
        value={token}
        onChange={(event) => setToken(event.target.value)}
        autoComplete="off"
        required
        error={missing}
        helperText={missing ? sessionStrings.tokenRequired : sessionStrings.tokenHelp}
        slotProps={{ htmlInput: { spellCheck: false } }}
      />
      <Button type="submit" variant="contained" loading={signIn.isPending} loadingPosition="start">
        {signIn.isPending ? sessionStrings.submitting : sessionStrings.submit}
      </Button>
    </Stack>
  );
}
