import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink, useLocation, useParams } from 'react-router';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import CloseIcon from '@mui/icons-material/Close';
import { ErrorState } from '../../../components/error-state';
import { FullPageStatus } from '../../../components/full-page-status';
import { canWrite } from '../../workspaces/credentials-context';
import { credentialsQueries } from '../api/credentials-queries';
import { useListOutletContext } from '../list/list-outlet-context';
import { detailStrings, listStrings } from '../strings';
import { CredentialsDetails } from './credentials-details';

const WRITE_ACTIONS = ['edit', 'validate', 'delete'] as const;

/** The details route: a drawer over the list, so a deep link shows both. */
export function CredentialsDrawer() {
  const { credentialsId = '' } = useParams();
  const { search } = useLocation();
  const { context, close } = useListOutletContext();
  const details = useQuery(credentialsQueries.detail(credentialsId, context.workspaceId));
  const title = details.data?.credentials.name ?? detailStrings.loading;

  return (
    <Drawer
      anchor="right"
      open
      onClose={() => close(credentialsId)}
      slotProps={{
        paper: {
          role: 'dialog',
          'aria-modal': true,
          'aria-labelledby': 'credentials-details-title',
          sx: { width: { xs: '100%', sm: 560 } },
        },
      }}
    >
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1, px: 3, py: 2, borderBottom: 1, borderColor: 'divider' }}>
        <Typography variant="h2" id="credentials-details-title" sx={{ fontSize: '1.25rem', fontWeight: 600, flex: 1, overflowWrap: 'anywhere' }}>
          {title}
        </Typography>
        <IconButton aria-label={detailStrings.close} onClick={() => close(credentialsId)}>
          <CloseIcon />
        </IconButton>
      </Stack>
      <Box sx={{ p: 3, overflowY: 'auto', flex: 1 }}>
        {details.isPending && <FullPageStatus label={detailStrings.loading} />}
        {details.isError && (
          <ErrorState
            title={detailStrings.errorTitle}
            message={details.error.message}
            retryLabel={detailStrings.retry}
            onRetry={() => void details.refetch()}
          />
        )}
        {details.data && <CredentialsDetails data={details.data} />}
      </Box>
      {details.data && canWrite(context) && (
        <Stack direction="row" sx={{ gap: 1, px: 3, py: 2, borderTop: 1, borderColor: 'divider' }}>
          {WRITE_ACTIONS.map((action) => (
            <Button
              key={action}
              component={RouterLink}
              to={`${context.path}/${encodeURIComponent(credentialsId)}/${action}${search}`}
              variant={action === 'edit' ? 'contained' : 'outlined'}
              color={action === 'delete' ? 'error' : 'primary'}
            >
              {listStrings[action]}
            </Button>
          ))}
        </Stack>
      )}
    </Drawer>
  );
}
