import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import Alert from '@mui/material/Alert';
import { ErrorState } from '../../../components/error-state';
import { FullPageStatus } from '../../../components/full-page-status';
import { commonStrings } from '../../../components/strings';
import { canWrite } from '../../workspaces/credentials-context';
import { credentialsQueries } from '../api/credentials-queries';
import { AFTER_EDIT_STATE } from '../usage/after-edit';
import { LazyEditUsageNotice } from '../usage/lazy-edit-usage-notice';
import { CredentialsForm } from './credentials-form';
import { FormOverlay } from './form-overlay';
import { toFormValues } from './mappers';
import { formStrings } from './strings';
import { useFormNavigation } from './use-form-navigation';

/** `…/credentials/:credentialsId/edit`: the form mounts only once the credential has loaded. */
export function CredentialsEditPage() {
  const { credentialsId = '' } = useParams();
  const { context, cancel, showDetails } = useFormNavigation();
  const details = useQuery(credentialsQueries.detail(credentialsId, context.workspaceId));
  const credentials = details.data?.credentials;
  const values = credentials ? toFormValues(credentials) : null;

  const body = () => {
    if (details.isPending) return <FullPageStatus label={formStrings.shell.loading} />;
    if (details.isError) {
      return (
        <ErrorState
          title={formStrings.shell.loadFailed}
          message={details.error.message}
          retryLabel={commonStrings.retry}
          onRetry={() => void details.refetch()}
        />
      );
    }
    if (!canWrite(context)) return <Alert severity="info">{formStrings.shell.notWritable}</Alert>;
    if (!values) return <Alert severity="info">{formStrings.shell.unknownProvider}</Alert>;
    return (
      <>
        {credentials && <LazyEditUsageNotice credentials={credentials} workspaceId={context.workspaceId} />}
        <CredentialsForm
          key={credentialsId}
          intent="edit"
          initialValues={values}
          credentialsId={credentialsId}
          lastUpdated={credentials?.lastUpdated ?? undefined}
          workspaceId={context.workspaceId}
          onSaved={(_id, name) => showDetails(credentialsId, formStrings.submit.updated(name), { [AFTER_EDIT_STATE]: true })}
          onCancel={() => cancel(credentialsId)}
        />
      </>
    );
  };

  return (
    <FormOverlay title={credentials ? formStrings.shell.editTitle(credentials.name) : formStrings.shell.loading} onClose={() => cancel(credentialsId)}>
      {body()}
    </FormOverlay>
  );
}

export default CredentialsEditPage;
