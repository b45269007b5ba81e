import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { visuallyHidden } from '../../../lib/visually-hidden';
import type { Credentials } from '../api/credentials-schemas';
import { runPool } from '../../../lib/run-pool';
import { useStepFocus } from '../../../lib/use-step-focus';
import { validateStrings as s } from './strings';
import { useValidateCredentials } from './use-validate-credentials';
import { outcomeOf, type ValidationOutcome } from '../api/validate-api';
import { commonStrings } from '../../../components/strings';

/** Four probes at a time: quick for a page of credentials without flooding the providers. */
export const VALIDATE_ALL_CONCURRENCY = 4;

type ItemOutcome = { kind: ValidationOutcome; message: string | undefined } | { kind: 'failed'; message: string };

interface Settled {
  credentials: Credentials;
  outcome: ItemOutcome;
}

export function ValidateAllDialog({ shown, workspaceId, onClose }: { shown: readonly Credentials[]; workspaceId: number | undefined; onClose: () => void }) {
  const mutation = useValidateCredentials();
  const [settled, setSettled] = useState<Settled[] | undefined>(undefined);
  const [running, setRunning] = useState(false);
  const phase = settled === undefined ? 'confirm' : running ? 'running' : 'done';
  const heading = useStepFocus<HTMLHeadingElement>(phase, phase === 'done');
  const total = shown.length;
  const done = settled?.length ?? 0;

  const start = async () => {
    setRunning(true);
    setSettled([]);
    await runPool(shown, VALIDATE_ALL_CONCURRENCY, async (credentials): Promise<ItemOutcome> => {
      let outcome: ItemOutcome;
      try {
        const response = await mutation.mutateAsync({ credentialsId: credentials.id, workspaceId, force: false });
        outcome = { kind: outcomeOf(response), message: response.message };
      } catch (error) {
        outcome = { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
      }
      setSettled((current) => [...(current ?? []), { credentials, outcome }]);
      return outcome;
    });
    setRunning(false);
  };

  const count = (kind: ItemOutcome['kind']) => settled?.filter((item) => item.outcome.kind === kind).length ?? 0;
  const summary = s.allSummary(count('available'), count('invalid'), count('transient'), count('failed'), count('unreported'));
  const listed = (kinds: readonly ItemOutcome['kind'][]) => settled?.filter((item) => kinds.includes(item.outcome.kind)) ?? [];

  return (
    <Dialog open onClose={running ? undefined : onClose} aria-labelledby="validate-all-title" fullWidth maxWidth="sm">
      <DialogTitle id="validate-all-title">{s.allTitle(total)}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          {phase === 'confirm' && <Typography>{s.allBody(total)}</Typography>}
          {phase !== 'confirm' && (
            <Stack spacing={1}>
              <Typography>{s.allProgress(done, total)}</Typography>
              <LinearProgress variant="determinate" value={total === 0 ? 100 : (done / total) * 100} aria-label={s.allProgressLabel} />
            </Stack>
          )}
          {phase === 'done' && (
            <>
              <Typography variant="h3" ref={heading} tabIndex={-1} sx={{ fontSize: '1rem', fontWeight: 600, outline: 'none' }}>
                {s.allDoneHeading}: {summary}
              </Typography>
              <OutcomeList title={s.allInvalidList} items={listed(['invalid'])} />
              <OutcomeList title={s.allFailedList} items={listed(['transient', 'failed'])} />
            </>
          )}
          <Box role="status" sx={visuallyHidden}>
            {phase === 'running' ? s.allProgress(done, total) : ''}
            {phase === 'done' ? `${s.allDoneHeading}: ${summary}` : ''}
          </Box>
        </Stack>
      </DialogContent>
      <DialogActions>
        {phase === 'confirm' ? (
          <>
            <Button onClick={onClose}>{s.cancel}</Button>
            <Button variant="contained" onClick={() => void start()}>
              {s.allStart}
            </Button>
          </>
        ) : (
          <Button variant="contained" onClick={onClose} disabled={running}>
            {commonStrings.close}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}

function OutcomeList({ title, items }: { title: string; items: readonly Settled[] }) {
  if (items.length === 0) return null;
  return (
    <List dense aria-label={title} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, py: 0 }}>
      {items.map(({ credentials, outcome }) => (
        <ListItem key={credentials.id} divider>
          <ListItemText
            primary={credentials.name}
            secondary={outcome.kind === 'transient' ? s.transientBody : (outcome.message ?? s.noMessage)}
          />
        </ListItem>
      ))}
    </List>
  );
}
