import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import InputLabel from '@mui/material/InputLabel';
import OutlinedInput from '@mui/material/OutlinedInput';
import { createSession } from './session-api';
import { signInErrorMessage } from './sign-in-error';
import { sessionStrings } from './strings';
import { useCompleteSignIn } from './use-complete-sign-in';

export function TokenSignInForm() {
  const [token, setToken] = useState('');
  const [missing, setMissing] = useState(false);
  const fieldId = useId();
  const helpId = useId();
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
      {/* TextField's parts without its Select (and Select's Menu, Popover and Modal): sign-in's first load. */}
      <FormControl required error={missing}>
        <InputLabel htmlFor={fieldId}>{sessionStrings.tokenLabel}</InputLabel>
        <OutlinedInput
          id={fieldId}
          // The outline's notch is sized by this text, as TextField does for a required field.
          label={<>{sessionStrings.tokenLabel}&thinsp;*</>}
          type="password"
          value={token}
          onChange={(event) => setToken(event.target.value)}
          autoComplete="off"
          slotProps={{ input: { spellCheck: false, 'aria-describedby': helpId } }}
        />
        <FormHelperText id={helpId}>{missing ? sessionStrings.tokenRequired : sessionStrings.tokenHelp}</FormHelperText>
      </FormControl>
      <Button type="submit" variant="contained" loading={signIn.isPending} loadingPosition="start">
        {signIn.isPending ? sessionStrings.submitting : sessionStrings.submit}
      </Button>
    </Stack>
  );
}
