import { useCallback, useMemo, useRef, useState } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { ApiError } from '../../../lib/api-client';
import { BaseUrlField } from './fields/base-url-field';
import { FormTextField } from './fields/form-text-field';
import { ModeToggle } from './fields/mode-toggle';
import { ProviderFields } from './fields/provider-fields';
import { credentialFormSchema, type CredentialFormValues } from './form-schema';
import { FormModeContext } from './form-mode-context';
import { modeOf } from './mappers';
import { ConcurrentEditError } from './merge-concurrent-edit';
import { ConcurrentEditAlert } from './concurrent-edit-alert';
import { NameField } from './name-field';
import { choiceFor } from './provider-choices';
import { defaultValuesFor, providerUi } from './provider-registry';
import { fieldForServerError } from './server-errors';
import { formStrings } from './strings';
import { UnsavedChangesDialog } from './unsaved-changes-dialog';
import { useNameCheck } from './use-name-check';
import { useSaveCredentials, type LoadedVersion } from './use-save-credentials';
import { useUnsavedChangesGuard } from './use-unsaved-changes-guard';
import { VariantTabs } from './variant-tabs';

interface CredentialsFormProps {
  intent: 'create' | 'edit';
  initialValues: CredentialFormValues;
  credentialsId?: string | undefined;
  /** On edit: the credential's lastUpdated as loaded, to notice a change saved elsewhere meanwhile. */
  lastUpdated?: string | undefined;
  workspaceId: number | undefined;
  /** `credentialsId` is undefined when a create succeeded but the answer named no id. */
  onSaved: (credentialsId: string | undefined, name: string) => void;
  onCancel: () => void;
}

/** The one form shell for every provider, for create and for edit. */
export function CredentialsForm({ intent, initialValues, credentialsId, lastUpdated, workspaceId, onSaved, onCancel }: CredentialsFormProps) {
  const initialMode = intent === 'edit' ? modeOf(initialValues) : undefined;
  const formMode = useMemo(() => ({ intent, initialMode }), [intent, initialMode]);
  const resolver = useMemo(() => zodResolver(credentialFormSchema(formMode)), [formMode]);
  const form = useForm<CredentialFormValues>({ resolver, defaultValues: initialValues, mode: 'onTouched' });
  const provider = useWatch({ control: form.control, name: 'provider' });
  const ui = providerUi(provider);
  const nameCheck = useNameCheck({ workspaceId, ownName: intent === 'edit' ? initialValues.name : undefined });
  const save = useSaveCredentials();
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ConcurrentEditError | null>(null);
  // What the form was (re)loaded with, the base of the merge with a change saved elsewhere; with
  // no lastUpdated to compare, a change elsewhere cannot be told apart, so the form saves as is.
  const loaded = useRef<LoadedVersion | undefined>(
    intent === 'edit' && lastUpdated !== undefined ? { values: initialValues, lastUpdated } : undefined,
  );
  const overwrite = useRef(false);
  const submitting = useRef(false);
  const saved = useRef(false);
  const { isDirty } = form.formState;
  const blocker = useUnsavedChangesGuard(useCallback(() => isDirty && !saved.current, [isDirty]));

  const changeVariant = (next: CredentialFormValues['provider']) => {
    const { name, description } = form.getValues();
    form.reset({ ...defaultValuesFor(next), name, description }, { keepDefaultValues: true });
  };

  const submit = async (values: CredentialFormValues) => {
    // One request however often Save is clicked: later clicks wait for this one to settle.
    if (submitting.current) return;
    submitting.current = true;
    setSubmitError(null);
    setConflict(null);
    try {
      const nameStatus = await nameCheck.checkNow(values.name);
      if (nameStatus === 'taken') {
        form.setError('name', { message: formStrings.errors.nameTaken }, { shouldFocus: true });
        return;
      }
      const id = await save.mutateAsync({ values, credentialsId, workspaceId, loaded: loaded.current, overwrite: overwrite.current });
      saved.current = true;
      onSaved(id, values.name);
    } catch (error) {
      if (error instanceof ConcurrentEditError) {
        setConflict(error);
        return;
      }
      const field = error instanceof ApiError ? fieldForServerError(error, ui) : null;
      if (error instanceof ApiError && field) {
        const message = error.status === 409 ? formStrings.errors.nameTaken : error.message;
        form.setError(field as 'name', { message }, { shouldFocus: true });
      } else {
        setSubmitError(error instanceof ApiError ? error.message : formStrings.errors.submitFailed);
      }
    } finally {
      submitting.current = false;
      overwrite.current = false;
    }
  };

  const reloadFromServer = (current: ConcurrentEditError['current']) => {
    loaded.current = current;
    form.reset(current.values);
    setConflict(null);
  };

  const saveOverwriting = () => {
    overwrite.current = true;
    void form.handleSubmit(submit)();
  };

  const busy = save.isPending || form.formState.isSubmitting;
  const choice = choiceFor(provider);
  return (
    <FormModeContext value={formMode}>
      <FormProvider {...form}>
        <Stack component="form" noValidate onSubmit={(event) => void form.handleSubmit(submit)(event)} sx={{ gap: 3 }}>
          <Typography variant="body2" color="text.secondary">
            {ui.intro}{' '}
            <Link href={ui.docsUrl} target="_blank" rel="noopener noreferrer">
              {formStrings.shell.docsLink(choice.title)}
            </Link>
          </Typography>
          {intent === 'create' && <VariantTabs choice={choice} provider={provider} onChange={changeVariant} />}
          <NameField check={nameCheck} />
          <FormTextField name="description" label={formStrings.shell.description} help={formStrings.shell.descriptionHelp} />
          <ModeToggle ui={ui} />
          {ui.baseUrl && <BaseUrlField spec={ui.baseUrl} />}
          <ProviderFields key={provider} ui={ui} />
          {conflict && (
            <ConcurrentEditAlert
              conflicts={conflict.conflicts}
              ui={ui}
              onReload={() => reloadFromServer(conflict.current)}
              onOverwrite={saveOverwriting}
            />
          )}
          {submitError && (
            <Alert severity="error" role="alert">
              {formStrings.errors.submitFailed} {submitError}
            </Alert>
          )}
          <Stack direction="row" sx={{ gap: 1, justifyContent: 'flex-end' }}>
            <Button onClick={onCancel}>{formStrings.shell.cancel}</Button>
            <Button type="submit" variant="contained" disabled={busy} aria-busy={busy}>
              {busy ? formStrings.shell.saving : intent === 'create' ? formStrings.shell.create : formStrings.shell.save}
            </Button>
          </Stack>
        </Stack>
      </FormProvider>
      <UnsavedChangesDialog blocker={blocker} />
    </FormModeContext>
  );
}
