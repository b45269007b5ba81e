import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink, useLocation, useParams } from 'react-router';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { ErrorState } from '../../../components/error-state';
import { FullPageStatus } from '../../../components/full-page-status';
import { SideSheet } from '../../../components/side-sheet';
import { commonStrings } from '../../../components/strings';
import { canWrite } from '../../workspaces/credentials-context';
import { credentialsQueries } from '../api/credentials-queries';
import { useListOutletContext } from '../list/list-outlet-context';
import { copyStrings } from '../copy/strings';
import { detailStrings, listStrings } from '../strings';
import { AfterEditNotice } from '../usage/edit-usage-notice';
import { CredentialsDetails } from './credentials-details';
import { savedConfirmation } from './saved-state';

const WRITE_ACTIONS = ['edit', 'validate', 'copy', 'delete'] as const;

/** The details route: a side sheet over the list, so a deep link shows both. */
export function CredentialsDrawer() {
  const { credentialsId = '' } = useParams();
  const { search, state, key } = useLocation();
  // The confirmation of the save that opened the drawer, inside it, where assistive tech reads it;
  // dismissed per navigation (history keeps the state across a reload).
  const saved = savedConfirmation(state);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const { context, close } = useListOutletContext();
  const details = useQuery(credentialsQueries.detail(credentialsId, context.workspaceId));
  const title = details.data?.credentials.name ?? detailStrings.loading;

  return (
    <SideSheet
      title={title}
      closeLabel={detailStrings.close}
      onClose={() => close(credentialsId)}
      width={560}
      footer={
        details.data &&
        canWrite(context) &&
        WRITE_ACTIONS.map((action) => (
          <Button
            key={action}
            component={RouterLink}
            to={`${context.path}/${encodeURIComponent(credentialsId)}/${action}${search}`}
            variant={action === 'edit' ? 'contained' : 'outlined'}
            color={action === 'delete' ? 'error' : 'primary'}
          >
            {action === 'copy' ? copyStrings.action : listStrings[action]}
          </Button>
        ))
      }
    >
      {saved !== null && dismissed !== key && (
        <Alert severity="success" closeText={detailStrings.dismissSaved} onClose={() => setDismissed(key)} sx={{ mb: 2 }}>
          {saved}
        </Alert>
      )}
      {details.isPending && <FullPageStatus label={detailStrings.loading} />}
      {details.isError && (
        <ErrorState
          title={detailStrings.errorTitle}
          message={details.error.message}
          retryLabel={commonStrings.retry}
          onRetry={() => void details.refetch()}
        />
      )}
      {details.data && (
        <AfterEditNotice
          credentials={details.data.credentials}
          workspaceId={context.workspaceId}
          validatePath={canWrite(context) ? `${context.path}/${encodeURIComponent(credentialsId)}/validate${search}` : undefined}
        />
      )}
      {details.data && <CredentialsDetails data={details.data} workspaceId={context.workspaceId} />}
    </SideSheet>
  );
}
