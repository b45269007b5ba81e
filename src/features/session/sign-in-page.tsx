import { memo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Navigate, useSearchParams } from 'react-router';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { FullPageStatus } from '../../components/full-page-status';
import { useDeferredQuery, type QuerySnapshot } from '../../lib/deferred-query';
import { ThemeToggle } from '../../components/theme-toggle';
import { commonStrings } from '../../components/strings';
import { DemoSignIn } from './demo-sign-in';
import { safeNextPath } from './next-path';
import type { getAuthConfig, Session } from './session-api';
import { sessionQueries } from './session-queries';
import { sessionStrings } from './strings';
import { TokenSignInForm } from './token-sign-in-form';

/**
 * Holds the page's queries and nothing else: their answers reach the page below as deferred snapshots
 * (see useDeferredQuery), so an answer draws the form in a render that yields to the browser, not in
 * the one long, synchronous render a query's update otherwise gets.
 */
export function SignInPage() {
  const [searchParams] = useSearchParams();
  const session = useDeferredQuery(useQuery(sessionQueries.current()));
  const configQuery = useQuery(sessionQueries.config());
  const config = useDeferredQuery(configQuery);
  return (
    <SignInScreen
      session={session}
      config={config}
      configRetrying={configQuery.isFetching}
      expired={searchParams.get('expired') === '1'}
      next={searchParams.get('next')}
    />
  );
}

interface SignInScreenProps {
  session: QuerySnapshot<Session | null>;
  config: QuerySnapshot<Awaited<ReturnType<typeof getAuthConfig>>>;
  configRetrying: boolean;
  expired: boolean;
  next: string | null;
}

const SignInScreen = memo(function SignInScreen({ session, config, configRetrying, expired, next }: SignInScreenProps) {
  // An already signed-in visitor goes straight on, unless the API has just rejected that session.
  if (session.isPending && !expired) return <FullPageStatus label={sessionStrings.loading} />;
  if (session.data && !expired) return <Navigate to={safeNextPath(next)} replace />;

  return (
    <Box sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 2, bgcolor: 'background.default' }}>
      <Box sx={{ position: 'fixed', top: 8, right: 8 }}>
        <ThemeToggle />
      </Box>
      <Paper component="main" variant="outlined" sx={{ width: '100%', maxWidth: 480, p: { xs: 3, sm: 4 } }}>
        <Stack spacing={3}>
          <Stack spacing={1}>
            <Typography variant="overline" component="p" color="text.secondary">
              {sessionStrings.productName}
            </Typography>
            <Typography variant="h1" sx={{ fontSize: '1.75rem', fontWeight: 600 }}>
              {sessionStrings.signInTitle}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {sessionStrings.signInIntro}
            </Typography>
          </Stack>
          {expired && <Alert severity="info">{sessionStrings.sessionExpired}</Alert>}
          {config.isError && (
            <Alert
              severity="warning"
              action={
                <Button color="inherit" size="small" disabled={configRetrying} onClick={() => void config.refetch()}>
                  {commonStrings.retry}
                </Button>
              }
            >
              {sessionStrings.configError}
            </Alert>
          )}
          <TokenSignInForm />
          {config.data?.demo === true && (
            <>
              {/* A plain rule: MUI's Divider would be one more module to evaluate before a token can be typed. */}
              <Box component="hr" sx={{ m: 0, border: 0, borderTop: 1, borderColor: 'divider' }} />
              <DemoSignIn />
            </>
          )}
        </Stack>
      </Paper>
    </Box>
  );
});
