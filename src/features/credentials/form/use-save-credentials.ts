import { useMutation, useQueryClient } from '@tanstack/react-query';
import { describeCredentials } from '../api/credentials-api';
import { credentialsQueries } from '../api/credentials-queries';
import { createCredentials, updateCredentials } from '../api/credentials-write-api';
import type { CredentialFormValues } from './form-schema';
import { toCredentialsRequest, toFormValues } from './mappers';
import { ConcurrentEditError, mergeConcurrentEdit } from './merge-concurrent-edit';

/** What an edit form was loaded with: the base of the merge if the credential changed meanwhile. */
export interface LoadedVersion {
  values: CredentialFormValues;
  lastUpdated: string | undefined;
}

interface SaveInput {
  values: CredentialFormValues;
  /** Absent on create. */
  credentialsId?: string | undefined;
  workspaceId: number | undefined;
  /** On edit: what the form loaded. Absent, or with `overwrite`, the form's values are sent as they are. */
  loaded?: LoadedVersion | undefined;
  overwrite?: boolean;
}

/**
 * The PUT replaces every field, so an edit saved after someone else's would silently undo their
 * change to a field this form never touched. Before the PUT, if the credential's lastUpdated
 * moved, fields untouched here take the server's current value; fields changed on both sides
 * stop the save with a ConcurrentEditError.
 */
async function valuesToSend({ values, credentialsId, workspaceId, loaded, overwrite }: SaveInput & { credentialsId: string }) {
  if (loaded === undefined || overwrite === true) return values;
  const { credentials } = await describeCredentials(credentialsId, { workspaceId });
  const lastUpdated = credentials.lastUpdated ?? undefined;
  if (lastUpdated === loaded.lastUpdated) return values;
  const current = toFormValues(credentials);
  if (current === null) return values;
  const merge = mergeConcurrentEdit(loaded.values, values, current);
  if (merge.kind === 'conflict') throw new ConcurrentEditError(merge.conflicts, { values: current, lastUpdated });
  return merge.values;
}

/** Creates or updates, then refreshes every credentials list and detail. Resolves to the id. */
export function useSaveCredentials() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: SaveInput) => {
      const { credentialsId, workspaceId } = input;
      if (credentialsId === undefined) {
        const { body, useExternalId } = toCredentialsRequest(input.values);
        return createCredentials(body, { workspaceId, useExternalId });
      }
      const values = await valuesToSend({ ...input, credentialsId });
      const { body, useExternalId } = toCredentialsRequest(values, credentialsId);
      return updateCredentials(credentialsId, body, { workspaceId, useExternalId });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: credentialsQueries.all() }),
  });
}
