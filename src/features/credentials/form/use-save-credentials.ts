import { useMutation, useQueryClient } from '@tanstack/react-query';
import { credentialsQueries } from '../api/credentials-queries';
import { createCredentials, updateCredentials } from './credentials-write-api';
import type { CredentialFormValues } from './form-schema';
import { toCredentialsRequest } from './mappers';

interface SaveInput {
  values: CredentialFormValues;
  /** Absent on create. */
  credentialsId?: string | undefined;
  workspaceId: number | undefined;
}

/** Creates or updates, then refreshes every credentials list and detail. Resolves to the id. */
export function useSaveCredentials() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ values, credentialsId, workspaceId }: SaveInput) => {
      const { body, useExternalId } = toCredentialsRequest(values, credentialsId);
      return credentialsId === undefined
        ? createCredentials(body, { workspaceId, useExternalId })
        : updateCredentials(credentialsId, body, { workspaceId, useExternalId });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: credentialsQueries.all() }),
  });
}
