import { mutationOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { apiSend, isApiError, searchQuery } from '../../../lib/api-client';
import type { CredentialsScope } from './credentials-api';
import { credentialsQueries } from './credentials-queries';

const optionalText = z.catch(
  z.pipe(
    z.nullish(z.string()),
    z.transform((value: string | null | undefined) => (value === null || value === '' ? undefined : value)),
  ),
  undefined,
);

// Every field is optional in the document (`url` is also null on a real Seqera when the job has no page).
// An entry of the wrong shape still counts as a blocking job; it is shown with what it has.
const conflictSchema = z.catch(
  z.object({ type: optionalText, id: optionalText, name: optionalText, url: optionalText }),
  { type: undefined, id: undefined, name: undefined, url: undefined },
);

export const deleteConflictSchema = z.object({
  credentialsId: optionalText,
  // A 409 without the list is still a blocked delete: the jobs are not known, but "delete anyway" is offered.
  conflicts: z.catch(
    z.pipe(
      z.nullish(z.array(conflictSchema)),
      z.transform((value: DeleteConflict[] | null | undefined) => value ?? []),
    ),
    [],
  ),
});

export interface DeleteConflict {
  type: string | undefined;
  id: string | undefined;
  name: string | undefined;
  url: string | undefined;
}

export type DeleteOutcome = { kind: 'deleted' } | { kind: 'blocked'; conflicts: DeleteConflict[] };

interface DeleteOptions extends CredentialsScope {
  /** true: refuse while running jobs use the credential; false: delete anyway and stop them. */
  checked: boolean;
}

/**
 * DELETE /credentials/{id}. A checked delete that running jobs block is an answer, not a failure:
 * it resolves to `blocked` with the jobs. Every other refusal throws the client's ApiError.
 */
export async function deleteCredentials(
  credentialsId: string,
  { workspaceId, checked }: DeleteOptions,
): Promise<DeleteOutcome> {
  try {
    // `checked` is always sent, false too: the answer must not depend on a default.
    await apiSend(`/api/credentials/${encodeURIComponent(credentialsId)}${searchQuery({ checked, workspaceId })}`, {
      method: 'DELETE',
    });
    return { kind: 'deleted' };
  } catch (error) {
    if (isApiError(error, 409)) {
      const parsed = z.safeParse(deleteConflictSchema, error.payload ?? {});
      if (parsed.success) return { kind: 'blocked', conflicts: parsed.data.conflicts };
    }
    throw error;
  }
}

export interface DeleteInput extends DeleteOptions {
  credentialsId: string;
}

/** Every delete runs under this key: a bulk run counts the deletes still in flight with `isMutating`. */
export const deleteMutationKey = [...credentialsQueries.all(), 'delete'] as const;

/** The request as mutation options; the caller adds what happens to the caches around it. */
export const deleteMutationOptions = () =>
  mutationOptions({
    mutationKey: deleteMutationKey,
    mutationFn: ({ credentialsId, workspaceId, checked }: DeleteInput) => deleteCredentials(credentialsId, { workspaceId, checked }),
  });
