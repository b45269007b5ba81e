import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { isApiError } from '../../../lib/api-client';
import { credentialsQueries } from '../api/credentials-queries';
import type { Credentials, DescribeCredentialsResponse } from '../api/credentials-schemas';
import { patchInLists } from '../api/list-cache';
import { validateMutationKey, validateMutationOptions, type ValidateInput, type ValidateResponse } from '../api/validate-api';

/** Shows a validation answer in the detail and every list at once, before the refetch confirms it. */
export function applyValidation(queryClient: QueryClient, { credentialsId, workspaceId, force }: ValidateInput, response: ValidateResponse) {
  // A transient answer carries the old status: nothing changed on the server. Without a known status there
  // is nothing to show before the refetch.
  if (response.transientError || (response.status !== 'AVAILABLE' && response.status !== 'INVALID')) return;
  const patch: Partial<Credentials> = {
    status: response.status,
    message: response.message,
    // A forced change skips the probe, so the server keeps the last validation time.
    ...(force ? {} : { lastValidated: new Date().toISOString() }),
  };
  queryClient.setQueryData<DescribeCredentialsResponse>(credentialsQueries.detail(credentialsId, workspaceId).queryKey, (old) =>
    old ? { ...old, credentials: { ...old.credentials, ...patch } } : old,
  );
  patchInLists(queryClient, credentialsId, workspaceId, patch);
}

/** POST /credentials/{id}/validate (or ?force=true) with the caches updated from the answer. */
export function useValidateCredentials() {
  const queryClient = useQueryClient();
  return useMutation({
    ...validateMutationOptions(),
    onSuccess: (response, input) => applyValidation(queryClient, input, response),
    onError: (error, { credentialsId, workspaceId }) => {
      // 409 on force: the status changed elsewhere; show the server's current one.
      if (isApiError(error, 409)) {
        void queryClient.invalidateQueries({ queryKey: credentialsQueries.detail(credentialsId, workspaceId).queryKey });
      }
    },
    onSettled: () => {
      // Validate all runs many at once; one list refetch at the end is enough.
      if (queryClient.isMutating({ mutationKey: validateMutationKey }) <= 1) {
        void queryClient.invalidateQueries({ queryKey: credentialsQueries.lists() });
      }
    },
  });
}
