import { useSearchParams } from 'react-router';
import Alert from '@mui/material/Alert';
import { canWrite } from '../../workspaces/credentials-context';
import { CredentialsForm } from './credentials-form';
import { FormOverlay } from './form-overlay';
import { choiceFor } from './provider-choices';
import { isCreatableProviderId } from './provider-ids';
import { ProviderPicker } from './provider-picker';
import { defaultValuesFor } from './provider-registry';
import { formStrings } from './strings';
import { useFormNavigation } from './use-form-navigation';

/** `…/credentials/new`: the provider picker, or the form when `?provider=` names a provider. */
export function CredentialsCreatePage() {
  const [params] = useSearchParams();
  const { context, cancel, showDetails, backToList } = useFormNavigation();
  const provider = params.get('provider');
  const chosen = isCreatableProviderId(provider) ? provider : null;
  const title = chosen ? formStrings.shell.createTitle(choiceFor(chosen).title) : formStrings.picker.title;
  return (
    <FormOverlay title={title} onClose={() => cancel()}>
      {!canWrite(context) ? (
        <Alert severity="info">{formStrings.shell.notWritable}</Alert>
      ) : chosen ? (
        <CredentialsForm
          key={chosen}
          intent="create"
          initialValues={defaultValuesFor(chosen)}
          workspaceId={context.workspaceId}
          // Saved without an id in the answer: the list (refreshed by the save) is where it can be found.
          onSaved={(id, name) => (id === undefined ? backToList(formStrings.submit.createdNoId(name)) : showDetails(id, formStrings.submit.created(name)))}
          onCancel={() => cancel()}
        />
      ) : (
        <ProviderPicker />
      )}
    </FormOverlay>
  );
}

export default CredentialsCreatePage;

// The import dialog's "Edit" shows this same form. It loads it through this module, the create route's
// chunk: imported directly, the form would be split out into a chunk of its own, which made the create
// route's cold download grow past its ceiling (scripts/budgets.test.ts).
export { CredentialsForm } from './credentials-form';
// What the copy-to-workspace dialog needs from the form, reached through this module so that the copy
// dialog shares no statically imported module with the create route (which would split its chunks).
export { toFormValues } from './mappers';
export { providerRegistry } from './provider-registry';
export { validateCredentialsName } from '../api/credentials-write-api';
