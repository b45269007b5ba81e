import { useMutation } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { createDemoSession, type DemoRole } from './session-api';
import { signInErrorMessage } from './sign-in-error';
import { sessionStrings } from './strings';
import { useCompleteSignIn } from './use-complete-sign-in';

export function DemoSignIn() {
  const completeSignIn = useCompleteSignIn();
  const signIn = useMutation({
    mutationFn: (role: DemoRole) => createDemoSession(role),
    meta: { handlesUnauthorized: true },
    onSuccess: completeSignIn,
  });
  return (
    <Stack spacing={1.5} component="section" aria-labelledby="demo-sign-in-title">
      <Typography variant="h2" id="demo-sign-in-title" sx={{ fontSize: '1.125rem', fontWeight: 600 }}>
        {sessionStrings.demoTitle}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {sessionStrings.demoIntro}
      </Typography>
      {signIn.isError && (
        <Alert severity="error" role="alert">
          {signInErrorMessage(signIn.error)}
        </Alert>
      )}
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5}>
        <Button variant="outlined" disabled={signIn.isPending} onClick={() => signIn.mutate('owner')}>
          {sessionStrings.demoOwner}
        </Button>
        <Button variant="outlined" disabled={signIn.isPending} onClick={() => signIn.mutate('viewer')}>
          {sessionStrings.demoViewer}
        </Button>
      </Stack>
    </Stack>
  );
}
